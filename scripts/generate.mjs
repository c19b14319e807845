// Generates the Prisma client (lib/db/generated). The CLI wants a native schema engine that it would download;
// generation does not use it, so any existing file satisfies the check (docs/decisions/0003-migrations.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= require
  .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
  .replace(/\.js$/, ".wasm");
const cli = require.resolve("prisma/build/index.js", { paths: [process.cwd()] });
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
