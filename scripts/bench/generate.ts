// npm run bench:generate — resets the database in DATABASE_URL (its name must contain "bench" or "test") and loads
// the real seed plus a deterministic synthetic atlas: 100 000 organizations and 1 000 000 events by default.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/atlas_bench npm run bench:generate -- --organizations=2000 --events=20000
// Sizes and seed also come from BENCH_ORGANIZATIONS, BENCH_EVENTS and BENCH_SEED; the same seed gives the same rows.
import { parseArgs } from "node:util";
import { runScript } from "../db/database";
import { generateDatabase } from "./generate/load";
import { SCALES, type ScaleName } from "./scales";

const { values } = parseArgs({
  options: {
    scale: { type: "string" },
    organizations: { type: "string" },
    events: { type: "string" },
    seed: { type: "string" },
  },
});

await runScript(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a database whose name contains "bench" or "test"');
  const scale = SCALES[(values.scale ?? "full") as ScaleName];
  if (!scale) throw new Error(`--scale takes ${Object.keys(SCALES).join(" or ")}`);
  const number = (flag: string | undefined, env: string | undefined, fallback: number) => {
    const n = Number(flag ?? env ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`Not a count: ${flag ?? env}`);
    return n;
  };
  const organizations = number(values.organizations, process.env.BENCH_ORGANIZATIONS, scale.organizations);
  const events = number(values.events, process.env.BENCH_EVENTS, scale.events);
  const seed = number(values.seed, process.env.BENCH_SEED, scale.seed);
  console.log(
    `Generating ${organizations.toLocaleString("en")} organizations and ${events.toLocaleString("en")} events (seed ${seed})`,
  );
  await generateDatabase(url, { seed, organizations, events });
});
