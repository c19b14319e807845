import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";

/**
 * Runs a write whose unique index (a slug, a citation key) may have been taken by a concurrent approval after the
 * "is it free?" read: PostgreSQL's unique violation becomes the same Conflict code the read would have given.
 */
export async function uniqueOr<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new Conflict(code);
    throw error;
  }
}
