// The hot queries' plans at full scale: the app's own data-access functions run in this process against the
// bench database through a Prisma client that logs every statement, and each SELECT it sent is then run again
// under EXPLAIN (ANALYZE, BUFFERS) with the same parameters. So the plans are of exactly the SQL the app sends.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../../lib/db/generated/client";
import { INDEX_SIMILARITY } from "../../../lib/search/query";

export type Scenario = { id: string; label: string; run: () => Promise<unknown> };
export type PlannedStatement = { sql: string; params: unknown[]; executionMs: number; plan: string };
export type ScenarioPlans = { id: string; label: string; statements: PlannedStatement[] };

/** Installs a logging Prisma client as the app's singleton (lib/db/client.ts reuses globalThis.atlasDb). */
export function installLoggingClient(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: { query: string; params: string }[] = [];
  client.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  (globalThis as unknown as { atlasDb?: PrismaClient }).atlasDb = client;
  return { client, captured };
}

export async function explainScenarios(
  url: string,
  scenarios: Scenario[],
  log: (line: string) => void,
): Promise<ScenarioPlans[]> {
  const { client, captured } = installLoggingClient(url);
  const explain = new pg.Client({ connectionString: url });
  await explain.connect();
  // The threshold the search sets around its statement (lib/search/match.ts: rankMatches).
  await explain.query(`SET pg_trgm.word_similarity_threshold = ${INDEX_SIMILARITY}`);
  const out: ScenarioPlans[] = [];
  try {
    for (const scenario of scenarios) {
      await scenario.run(); // warm: the plans are of a warm cache, like the timed runs
      captured.length = 0;
      await scenario.run();
      const statements: PlannedStatement[] = [];
      for (const { query, params } of captured) {
        if (!/^\s*(SELECT|WITH)\b/i.test(query) || /set_config\(/.test(query)) continue;
        const values = JSON.parse(params) as unknown[];
        const { rows } = await explain.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        statements.push({ sql: query, params: values, executionMs, plan });
      }
      const total = statements.reduce((sum, s) => sum + s.executionMs, 0);
      log(
        `  ${scenario.label.padEnd(44)} ${statements.length} statements, ${total.toFixed(1)} ms in all, slowest ${Math.max(...statements.map((s) => s.executionMs)).toFixed(1)} ms`,
      );
      out.push({ id: scenario.id, label: scenario.label, statements });
    }
  } finally {
    await explain.end();
    await client.$disconnect();
  }
  return out;
}
