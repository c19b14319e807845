// Builds a Prisma client over the pg driver adapter. The app's singleton is in client.ts;
// scripts and tests call this directly with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

export function createDatabase(url: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}
