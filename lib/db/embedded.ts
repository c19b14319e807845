// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served on a local TCP port,
// so the app and its tools reach it through the same pg driver adapter as an external PostgreSQL.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

export type EmbeddedOptions = {
  /** A folder to keep the data in; omit for an in-memory database that vanishes on stop. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
};

export async function startEmbeddedDatabase({ dataDir, port = 0 }: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
