import "server-only";
import { db } from "@/lib/db/client";

/** Refusals of anonymous callers one client address may run up per hour before being told to wait. */
export const ANONYMOUS_REFUSALS_PER_HOUR = 60;

const HOUR = 60 * 60 * 1000;

/**
 * Records a refusal of someone not signed in. Anonymous probing must not grow the audit log without bound: there is
 * one permission.denied row per client address, permission and hour (`details.window`), whose `details.count` says
 * how many refusals it stands for. An advisory lock on that key makes concurrent refusals add up in one row.
 * Returns the count so far, for the caller's rate limit.
 */
export async function recordAnonymousRefusal(
  permission: string,
  ipAddress: string | null | undefined,
  now = new Date(),
): Promise<number> {
  const window = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
  const ip = ipAddress ?? null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`anonymous-refusal|${ip ?? ""}|${permission}|${window.toISOString()}`}))`;
    const row = await tx.auditLog.findFirst({
      where: {
        action: "permission.denied",
        actorId: null,
        ipAddress: ip,
        createdAt: { gte: window },
        AND: [
          { details: { path: ["window"], equals: window.toISOString() } },
          { details: { path: ["permission"], equals: permission } },
        ],
      },
      select: { id: true, details: true },
    });
    if (!row) {
      const details = {
        permission,
        reason: "anonymous",
        count: 1,
        window: window.toISOString(),
        last: now.toISOString(),
      };
      await tx.auditLog.create({ data: { action: "permission.denied", ipAddress: ip, details }, select: { id: true } });
      return 1;
    }
    const previous = row.details as { count?: number } & Record<string, unknown>;
    const count = (typeof previous.count === "number" ? previous.count : 1) + 1;
    await tx.auditLog.update({
      where: { id: row.id },
      data: { details: { ...previous, count, last: now.toISOString() } },
      select: { id: true },
    });
    return count;
  });
}
