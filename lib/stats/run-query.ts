import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Runs one aggregation with settings for a short analytic statement: no JIT (compiling costs PostgreSQL about a
 * second, more than these statements take) and room to hash and sort 100 000 rows in memory. Both settings last
 * for this transaction only.
 */
export async function aggregate<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`,
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}
