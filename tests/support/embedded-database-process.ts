// One embedded database (lib/db/embedded.ts) in a process of its own, for the integration tests' global set-up
// (tests/integration/global-setup.ts): PGlite runs on the thread of the process that holds it, so each worker's
// database in its own process lets files run in parallel on the embedded database too. Prints its URL as one
// JSON line, and stops when told to or when its parent goes (the IPC channel closes).
import { startEmbeddedDatabase } from "../../lib/db/embedded";

const database = await startEmbeddedDatabase();
process.stdout.write(`${JSON.stringify({ url: database.url })}\n`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void database.stop().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("disconnect", stop);
