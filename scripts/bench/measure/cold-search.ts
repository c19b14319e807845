// Issue #16 item 4: searches never seen before. Queries are drawn from the data set itself (a seeded random pick of
// stored names, so each run asks the same ones and each is asked once): a word, a pair of words, a word with a typo
// (a letter dropped, doubled or two swapped), a prefix of five letters, a word in Latin transliteration when it was
// Cyrillic, and an acronym. Each goes once through the search endpoint's function in process (no route cache, so
// none is a cache hit), after a warm-up on other queries. PostgreSQL's buffers are warm, as on a live server.
import pg from "pg";
import { searchEndpoint } from "../../../lib/api/search";
import { transliterate } from "../../../lib/search/normalize";
import { summarize, timed, type Summary } from "./stats";

export type ColdQuery = { q: string; shape: string; ms: number; hits: number };
export type ColdSearch = { queries: ColdQuery[]; all: Summary; byShape: Record<string, Summary> };

/** mulberry32: a small seeded generator, so a run's queries can be asked again. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[\p{L}\p{N}]{4,}/gu;

function typo(word: string, next: () => number): string {
  const letters = Array.from(word);
  const at = 1 + Math.floor(next() * (letters.length - 2));
  const kind = Math.floor(next() * 3);
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at]!);
  else [letters[at], letters[at - 1]] = [letters[at - 1]!, letters[at]!];
  return letters.join("");
}

/** `count` unique queries from names stored in the data set at `url`. */
export async function coldQueries(url: string, count: number, seed = 2026): Promise<{ q: string; shape: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; acronym: string | null }>(
      `(SELECT t.name, o.acronym FROM "OrganizationTranslation" t TABLESAMPLE SYSTEM (1) REPEATABLE (${seed})
         JOIN "Organization" o ON o.id = t."organizationId" WHERE t.name IS NOT NULL LIMIT 400)
       UNION ALL
       (SELECT t.title, NULL FROM "EventTranslation" t TABLESAMPLE SYSTEM (0.2) REPEATABLE (${seed}) LIMIT 400)`,
    );
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const words = rows.flatMap((r) => r.name.match(WORD) ?? []);
    const acronyms = rows.flatMap((r) => (r.acronym ? [r.acronym] : []));
    const shapes: [string, () => string | undefined][] = [
      ["word", () => pick(words)],
      ["pair", () => (pick(rows).name.match(WORD) ?? []).slice(0, 2).join(" ") || undefined],
      ["typo", () => typo(pick(words.filter((w) => w.length >= 6)), next)],
      [
        "prefix",
        () =>
          Array.from(pick(words.filter((w) => w.length >= 7)))
            .slice(0, 5)
            .join(""),
      ],
      [
        "transliterated",
        () => {
          const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w));
          return cyrillic.length ? transliterate(pick(cyrillic)) : undefined;
        },
      ],
      ["acronym", () => (acronyms.length ? pick(acronyms) : undefined)],
    ];
    const out = new Map<string, string>();
    for (let i = 0; out.size < count && i < count * 20; i++) {
      const [shape, make] = shapes[i % shapes.length]!;
      const q = make()?.trim();
      if (q && !out.has(q.toLowerCase())) out.set(q.toLowerCase(), `${shape}\u0000${q}`);
    }
    return [...out.values()].map((v) => {
      const [shape, q] = v.split("\u0000") as [string, string];
      return { q, shape };
    });
  } finally {
    await client.end();
  }
}

export async function measureColdSearch(url: string, count: number, log: (line: string) => void): Promise<ColdSearch> {
  const generated = await coldQueries(url, count + 5);
  const [warm, measured] = [generated.slice(0, 5), generated.slice(5)];
  for (const { q } of warm) await searchEndpoint(new URL(`http://bench/api/v1/search?q=${encodeURIComponent(q)}`));
  const queries: ColdQuery[] = [];
  for (const { q, shape } of measured) {
    let hits = 0;
    const ms = await timed(async () => {
      const result = await searchEndpoint(new URL(`http://bench/api/v1/search?q=${encodeURIComponent(q)}`));
      hits = (result.body as { total: number }).total;
    });
    queries.push({ q, shape, ms: Math.round(ms * 10) / 10, hits });
  }
  const byShape = Object.fromEntries(
    [...new Set(queries.map((x) => x.shape))].map((shape) => [
      shape,
      summarize(queries.filter((x) => x.shape === shape).map((x) => x.ms)),
    ]),
  );
  const all = summarize(queries.map((x) => x.ms));
  log(`cold search, ${queries.length} queries: median ${all.median} ms, p95 ${all.p95} ms, max ${all.max} ms`);
  for (const [shape, s] of Object.entries(byShape)) log(`  ${shape}: median ${s.median}, max ${s.max} (${s.n})`);
  for (const x of [...queries].sort((a, b) => b.ms - a.ms).slice(0, 5))
    log(`  slowest: ${x.ms} ms "${x.q}" (${x.shape}, ${x.hits} hits)`);
  return { queries, all, byShape };
}
