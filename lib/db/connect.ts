// Builds a Prisma client over the pg driver adapter. The app's singleton is in client.ts;
// scripts and tests call this directly with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

export type DatabaseOptions = {
  max?: number;
  /** Errors of idle pooled connections and of transactions' connections (e.g. the server shut down). */
  onConnectionError?: (error: Error) => void;
};

export function createDatabase(url: string, options: DatabaseOptions = {}): PrismaClient {
  const onError = options.onConnectionError;
  const adapter = new PrismaPg(
    // A stopped database refuses at once; the timeout bounds an unreachable host (and a wait for a free connection).
    { connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5_000 },
    onError ? { onPoolError: onError, onConnectionError: onError } : undefined,
  );
  // A transaction waits for a free connection up to maxWait (Prisma's default, 2 s, fails a burst of fifty saves
  // on the embedded database's single connection with "Unable to start a transaction"); queuing is the right
  // answer to a burst, so it waits longer. Each transaction still must finish within Prisma's 5 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000 } });
}
