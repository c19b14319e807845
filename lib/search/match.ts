import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import {
  INDEX_SIMILARITY,
  minimumSimilarity,
  parseSearchQuery,
  tsQueryOperands,
  TSQUERY_SYNTAX,
  trigramTerms,
  type SearchQuery,
  type SearchTerm,
} from "./query";

export type SearchKind = "organization" | "event" | "diaspora";
/** `total` counts the matches among the candidates examined; `capped` says there were more candidates. */
export type RankedIds = { ids: string[]; total: number; capped: boolean };

/** How many ids the list filters get at most: a relevance-sorted list is not read past its first pages. */
export const DEFAULT_MATCH_LIMIT = 1000;
/**
 * Translation rows examined per query at most (or `limit`, when more ids are asked for). A very common word
 * ("festival" among a million events) would otherwise rank every row; beyond this many candidates the best of
 * the first ones are shown. Reading and ranking each candidate is most of a common query's time, so the search
 * page and API examine 1 000 (docs/decisions/0015-performance-at-scale.md).
 */
export const CANDIDATE_LIMIT = 1000;
/** The most ids a caller may ask for (exports of a `q` filter). */
export const MAX_MATCH_LIMIT = 5000;
/** An exact acronym (AMOR, RASA) outranks any name match. */
const ACRONYM_BONUS = 1.5;

/** Each kind's translation table and its entity id column (fixed SQL, never user input). */
const TRANSLATIONS: Record<SearchKind, { from: Prisma.Sql; id: Prisma.Sql }> = {
  organization: { from: Prisma.sql`"OrganizationTranslation" t`, id: Prisma.sql`t."organizationId"` },
  event: { from: Prisma.sql`"EventTranslation" t`, id: Prisma.sql`t."eventId"` },
  diaspora: { from: Prisma.sql`"DiasporaTranslation" t`, id: Prisma.sql`t."diasporaId"` },
};

const all = (parts: Prisma.Sql[], glue: string, none: Prisma.Sql) => (parts.length ? Prisma.join(parts, glue) : none);

/** What a query needs looked up before it is ranked (preparedSearchSql), as constants the planner can weigh. */
export type PreparedSearch = {
  /** The full-text operands after unaccent(), joined with " & " (null: none left, the full-text branch is off). */
  tsText: string | null;
  /** For each of trigramTerms(query.terms): the stored words near it (the vocabulary's trigram matches). */
  nearWords: string[][];
};

const NUMBER = /^\p{N}+$/u;

/**
 * The first step of a search, in the transaction whose trigram threshold is set: the full-text operands (unaccent
 * may turn a letter into tsquery syntax, lib/search/query.ts: removed here) and, for each term trigram matching must
 * find, the words of the stored names near it, from the vocabulary of every stored word ("SearchWord", a few
 * thousand rows; pg_trgm's <% on its trigram index). A number is looked up as it is: "2002" has no typos worth
 * matching, and the numbers near it are in most of a million event titles. Read first and passed to
 * rankedMatchesSql() as constants, so that the planner weighs each word's frequency from the statistics: it reads a
 * rare word's rows from the indexes and stops a sequential scan early for a word most rows hold, where a bitmap of a
 * million rows took half a second (docs/decisions/0005-search.md).
 */
export function preparedSearchSql(query: SearchQuery): Prisma.Sql {
  const operands = tsQueryOperands(query.terms);
  const fuzzy = trigramTerms(query.terms);
  const nearWords = fuzzy.map((term) =>
    NUMBER.test(term.word)
      ? Prisma.sql`${term.skeletons}::text[]`
      : Prisma.sql`ARRAY(SELECT w.word FROM "SearchWord" w WHERE ${Prisma.join(
          term.skeletons.map((skeleton) => Prisma.sql`${skeleton} <% w.word`),
          " OR ",
        )})`,
  );
  return Prisma.sql`
    WITH words AS (
      SELECT regexp_replace(translate(unaccent(x.word), ${TSQUERY_SYNTAX}, ''), '[[:space:]]+', '', 'g') AS word, x.prefix
      FROM unnest(${operands.words}::text[], ${operands.prefixes}::boolean[]) AS x(word, prefix)
    )
    SELECT (SELECT string_agg(word || CASE WHEN prefix THEN ':*' ELSE '' END, ' & ') FROM words WHERE word <> '') AS "tsText",
      json_build_array(${nearWords.length ? Prisma.join(nearWords) : Prisma.empty}) AS "nearWords"`;
}

/** Index condition: the stored name holds one of the words near the term (GIN on search_words("searchSkeleton")). */
const near = (words: string[]) => Prisma.sql`search_words(t."searchSkeleton") && ${words}::text[]`;

/** The term's best word similarity to the stored name. */
const similarity = (term: SearchTerm) =>
  Prisma.sql`greatest(${Prisma.join(term.skeletons.map((s) => Prisma.sql`word_similarity(${s}, t."searchSkeleton")`))})`;

/**
 * The best `limit` entities of a kind for a query, best first, and how many match in all. A translation row
 * matches by full-text search (stemmed, prefix) on its name, city and description, or when every word of
 * the query is trigram-similar to its name's Latin skeleton (transliteration, typos). Score: ts_rank (name A
 * ≫ city C ≫ description D) plus the mean name similarity; an entity scores its best row.
 * See docs/decisions/0005-search.md for the indexes each branch uses.
 */
export async function rankMatches(kind: SearchKind, query: SearchQuery, limit: number): Promise<RankedIds> {
  if (query.terms.length === 0 || limit <= 0) return { ids: [], total: 0, capped: false };
  // The threshold is set for this transaction only. A cold search over a million titles can take seconds on a busy
  // machine; past Prisma's default 5 s transaction limit it would fail (HTTP 500) instead of answering late.
  const rows = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(INDEX_SIMILARITY)}, true)`;
      const [prepared] = await tx.$queryRaw<PreparedSearch[]>(preparedSearchSql(query));
      return tx.$queryRaw<{ id: string; score: number; total: number; candidates: number }[]>(
        rankedMatchesSql(kind, query, limit, prepared!),
      );
    },
    { timeout: SEARCH_TIMEOUT_MS },
  );
  const first = rows[0];
  return {
    ids: rows.map((r) => r.id),
    total: first?.total ?? 0,
    capped: (first?.candidates ?? 0) >= candidateLimit(limit),
  };
}

/** How long one kind's ranking may run before the search fails. */
const SEARCH_TIMEOUT_MS = 20_000;

const candidateLimit = (limit: number) => Math.min(Math.max(CANDIDATE_LIMIT, limit), MAX_MATCH_LIMIT);

/** The query behind rankMatches (for a query with terms); the trigram threshold must be set around it. */
export function rankedMatchesSql(
  kind: SearchKind,
  query: SearchQuery,
  limit: number,
  prepared: PreparedSearch,
): Prisma.Sql {
  const { from, id } = TRANSLATIONS[kind];
  const fuzzy = trigramTerms(query.terms);
  const nearAll = all(prepared.nearWords.map(near), " AND ", Prisma.sql`false`);
  // to_tsquery of constants is folded when the statement is planned: the planner sees the query's lexemes.
  const tsq = prepared.tsText
    ? Prisma.sql`(to_tsquery('russian', ${prepared.tsText}) || to_tsquery('english', ${prepared.tsText}) || to_tsquery('simple', ${prepared.tsText}))`
    : Prisma.sql`NULL::tsquery`;
  // Each term's similarity is computed once per candidate (s0, s1, …), then compared and averaged.
  const sims = fuzzy.map((f, i) => Prisma.sql`${similarity(f)} AS ${Prisma.raw(`s${i}`)}`);
  const similarAll = all(
    fuzzy.map((f, i) => Prisma.sql`${Prisma.raw(`s${i}`)} >= ${minimumSimilarity(f.skeletons[0]!)}`),
    " AND ",
    Prisma.sql`false`,
  );
  const similaritySum = all(
    fuzzy.map((_, i) => Prisma.raw(`s${i}`)),
    " + ",
    Prisma.sql`0`,
  );
  const acronyms =
    kind === "organization"
      ? Prisma.sql`UNION ALL SELECT o.id, ${ACRONYM_BONUS}::float8 FROM "Organization" o
          WHERE o.acronym IS NOT NULL AND search_skeleton(o.acronym) = ANY(${query.terms.flatMap((term) => term.skeletons)}::text[])`
      : Prisma.empty;
  return Prisma.sql`
    WITH hits AS (
      SELECT ${id} AS id, coalesce(t."searchVector" @@ ${tsq}, false) AS by_text,
        coalesce(ts_rank(t."searchVector", ${tsq}), 0) AS text_rank
        ${sims.length ? Prisma.sql`, ${Prisma.join(sims)}` : Prisma.empty}
      FROM ${from}
      WHERE t."searchVector" @@ ${tsq} OR (${nearAll})
      LIMIT ${candidateLimit(limit)}
    ), scored AS (
      SELECT id, by_text, text_rank, (${similarAll}) AS by_name, (${similaritySum})::float8 / ${Math.max(fuzzy.length, 1)} AS name_similarity
      FROM hits
    ), matches AS (
      SELECT id, max(CASE WHEN by_text THEN text_rank ELSE 0 END + CASE WHEN by_name THEN name_similarity ELSE 0 END)::float8 AS score
      FROM scored WHERE by_text OR by_name GROUP BY id
      ${acronyms}
    )
    SELECT id::text AS id, sum(score) AS score, (count(*) OVER ())::int AS total, (SELECT count(*) FROM hits)::int AS candidates
    FROM matches GROUP BY id ORDER BY score DESC, id LIMIT ${limit}`;
}

/** Organization ids matching `q`, best first: for the organization list's `q` filter. */
export async function matchOrganizationIds(q: string, limit = DEFAULT_MATCH_LIMIT): Promise<string[]> {
  return (await rankMatches("organization", parseSearchQuery(q), limit)).ids;
}

/** Event ids matching `q`, best first: for the event list's `q` filter. */
export async function matchEventIds(q: string, limit = DEFAULT_MATCH_LIMIT): Promise<string[]> {
  return (await rankMatches("event", parseSearchQuery(q), limit)).ids;
}

/** Diaspora ids matching `q`, best first. */
export async function matchDiasporaIds(q: string, limit = DEFAULT_MATCH_LIMIT): Promise<string[]> {
  return (await rankMatches("diaspora", parseSearchQuery(q), limit)).ids;
}
