// Item 1 and 2: /api/v1/search for a fixed list of queries, and the same ranking statements sent straight to
// PostgreSQL — the floor the app's overhead is measured against. The statements come from the app's own builder
// (preparedSearchSql and rankedMatchesSql in lib/search/match.ts), with the trigram threshold set the same way, in a
// transaction each, the three kinds in parallel as the endpoint runs them.
import pg from "pg";
import { DEFAULT_PER_PAGE, SEARCH_KINDS } from "../../../lib/api/parameters";
import { preparedSearchSql, rankedMatchesSql, type PreparedSearch, type SearchKind } from "../../../lib/search/match";
import { INDEX_SIMILARITY, parseSearchQuery } from "../../../lib/search/query";
import { summarize, timed, type Summary } from "./stats";

/** Realistic queries: Cyrillic, Latin, national scripts, transliterated, misspelt, an acronym. */
export const SEARCH_QUERIES: readonly { q: string; kind: string }[] = [
  { q: "армянская община", kind: "Cyrillic" },
  { q: "азербайджанский культурный центр", kind: "Cyrillic" },
  { q: "фестиваль татарской культуры", kind: "Cyrillic" },
  { q: "Берёзка", kind: "Cyrillic" },
  { q: "Armenian Community", kind: "Latin" },
  { q: "Georgian Society Iveria", kind: "Latin" },
  { q: "Sabantuy festival", kind: "Latin" },
  { q: "Արարատ", kind: "Armenian script" },
  { q: "ქართული სათვისტომო", kind: "Georgian script" },
  { q: "Azərbaycan İcması", kind: "Azerbaijani Latin" },
  { q: "Қазақ мәдени орталығы", kind: "Kazakh Cyrillic" },
  { q: "armyanskaya obshchina", kind: "transliterated" },
  { q: "odlar yurdu", kind: "transliterated" },
  { q: "Armenain Comunity", kind: "typo" },
  { q: "азербайджанскй центр", kind: "typo" },
  { q: "AMOR", kind: "acronym" },
];

export type SearchResult = {
  q: string;
  kind: string;
  app: Summary;
  sql: Summary;
  /** Median app time ÷ median SQL time. */
  ratio: number;
  hits: number;
  /** HTTP statuses of the timed requests that failed (e.g. 500 when the search outlived its transaction). */
  failures: number[];
  samples: { app: number[]; sql: number[] };
};

const KINDS = SEARCH_KINDS as readonly SearchKind[];

/** One request: the hit count, or the HTTP status of a failure (a failed request's time still counts). */
async function apiOnce(origin: string, q: string): Promise<{ total: number; failed: number | null }> {
  const response = await fetch(`${origin}/api/v1/search?q=${encodeURIComponent(q)}`);
  const body = (await response.json().catch(() => ({}))) as { total?: number };
  return response.ok ? { total: body.total ?? 0, failed: null } : { total: 0, failed: response.status };
}

async function sqlOnce(clients: pg.Client[], q: string): Promise<void> {
  const query = parseSearchQuery(q);
  await Promise.all(
    KINDS.map(async (kind, i) => {
      const client = clients[i]!;
      await client.query("BEGIN");
      await client.query("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)", [
        String(INDEX_SIMILARITY),
      ]);
      const prepare = preparedSearchSql(query);
      const prepared = (await client.query<PreparedSearch>(prepare.text, prepare.values)).rows[0]!;
      const statement = rankedMatchesSql(kind, query, DEFAULT_PER_PAGE, prepared);
      await client.query(statement.text, statement.values);
      await client.query("COMMIT");
    }),
  );
}

export async function measureSearch(
  origin: string,
  databaseUrl: string,
  repetitions: number,
  log: (line: string) => void,
): Promise<SearchResult[]> {
  const clients = KINDS.map(() => new pg.Client({ connectionString: databaseUrl }));
  await Promise.all(clients.map((c) => c.connect()));
  const results: SearchResult[] = [];
  try {
    for (const { q, kind } of SEARCH_QUERIES) {
      let hits = 0;
      for (let i = 0; i < 2; i++) {
        hits = Math.max(hits, (await apiOnce(origin, q)).total);
        await sqlOnce(clients, q);
      }
      const app: number[] = [];
      const sql: number[] = [];
      const failures: number[] = [];
      // Interleaved, so that a burst of load from elsewhere on the machine hits both alike.
      for (let i = 0; i < repetitions; i++) {
        app.push(
          await timed(async () => {
            const { total, failed } = await apiOnce(origin, q);
            if (failed !== null) failures.push(failed);
            hits = Math.max(hits, total);
          }),
        );
        sql.push(await timed(() => sqlOnce(clients, q)));
      }
      const a = summarize(app);
      const s = summarize(sql);
      const ratio = Math.round((a.median / s.median) * 100) / 100;
      const round = (x: number) => Math.round(x * 10) / 10;
      results.push({
        q,
        kind,
        app: a,
        sql: s,
        ratio,
        hits,
        failures,
        samples: { app: app.map(round), sql: sql.map(round) },
      });
      log(
        `  ${q.padEnd(36)} app ${a.median} / ${a.p95} ms, SQL ${s.median} / ${s.p95} ms, ×${ratio}, ${hits} hits${failures.length ? `, ${failures.length} FAILED (HTTP ${[...new Set(failures)].join(", ")})` : ""}`,
      );
    }
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return results;
}
