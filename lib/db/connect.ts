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
  return new PrismaClient({ adapter });
}
