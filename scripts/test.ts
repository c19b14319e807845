// npm test: unit and integration tests (Vitest), a production build, then end-to-end tests (Playwright) in
// Chromium, the two-instance test among them (tests/scale: PostgreSQL and Redis). Integration tests use
// DATABASE_URL when it is set (its database name must contain "test"), otherwise an in-memory embedded database; the
// end-to-end app likewise serves a database of its own on DATABASE_URL's server, otherwise an embedded one
// (tests/e2e/support/database.ts). Ends with each phase's time and one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const phases: string[] = [];
const run = (phase: string, command: string, args: string[]) => {
  const started = performance.now();
  const status = spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
  const seconds = Math.round((performance.now() - started) / 1000);
  phases.push(`${phase}: ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
  return status;
};

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Partial<Counts>) => {
  total.passed += c.passed ?? 0;
  total.failed += c.failed ?? 0;
  total.skipped += c.skipped ?? 0;
};
const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

rmSync("test-results", { recursive: true, force: true });
let failures = 0;

// ESLint and Prettier (npm run lint) first; a failure counts, and the tests still run.
if (run("Lint (ESLint, Prettier)", "npm", ["run", "lint"]) !== 0) {
  failures += 1;
  total.failed += 1;
}

failures += run("Vitest (unit, integration)", "npx", [
  "vitest",
  "run",
  "--project",
  "unit",
  "--project",
  "integration",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
const vitest = readJson("test-results/vitest.json");
if (vitest)
  add({
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  });

const built = run("next build", "npx", ["next", "build"]);
if (built !== 0) {
  failures += 1;
  total.failed += 1;
} else {
  failures += run("Playwright (end-to-end)", "npx", ["playwright", "test"]);
  const e2e = readJson("test-results/e2e.json");
  if (e2e)
    add({ passed: e2e.stats.expected, failed: e2e.stats.unexpected + e2e.stats.flaky, skipped: e2e.stats.skipped });
}

console.log(`\n${phases.join("\n")}`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failures === 0 && total.failed === 0 ? 0 : 1);
