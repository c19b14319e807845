// Limits per account that no change of address escapes, counted in PostgreSQL so every app instance sees them
// (docs/decisions/0019-client-address.md). Each check locks its key for one short transaction, so parallel
// requests are counted one after another.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** Failed sign-ins per account: the first FREE cost nothing, then each waits twice as long as the last, up to MAX. */
export const SIGN_IN_THROTTLE = { free: 5, firstDelaySeconds: 1, maxDelaySeconds: 300, idleResetSeconds: 24 * 60 * 60 };
/** Reset mails per account and hour, whoever asks from wherever. */
export const RESET_MAIL_LIMIT = { max: 3, windowSeconds: 60 * 60 };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Seconds to wait after the `failures`-th failed sign-in in a row. */
export function signInDelaySeconds(failures: number): number {
  const { free, firstDelaySeconds, maxDelaySeconds } = SIGN_IN_THROTTLE;
  if (failures < free) return 0;
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** Math.min(failures - free, 20));
}

const signInKey = (email: string) => `sign-in:${email.trim().toLowerCase().slice(0, 320)}`;

/** Runs `work` in a transaction holding the key's lock, so one account's checks happen one after another. */
export async function locked<T>(key: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    return work(tx);
  });
}

/**
 * Called before a sign-in's password is checked: refuses while the account's delay runs, otherwise counts the
 * attempt as a failure in advance (a success clears it), so parallel guesses cannot all slip in before the first
 * is counted. Unknown addresses are counted the same way, so the answer does not tell whether an account exists.
 */
export async function reserveSignInAttempt(email: string, now = new Date()): Promise<ThrottleVerdict> {
  const key = signInKey(email);
  return locked(key, async (tx) => {
    const row = await tx.accountThrottle.findUnique({
      where: { key },
      select: { count: true, windowStart: true, notBefore: true },
    });
    if (row && row.notBefore > now)
      return { allowed: false, retryAfterSeconds: Math.ceil((row.notBefore.getTime() - now.getTime()) / 1000) };
    const idle = !row || now.getTime() - row.windowStart.getTime() > SIGN_IN_THROTTLE.idleResetSeconds * 1000;
    const count = idle ? 1 : row.count + 1;
    const notBefore = new Date(now.getTime() + signInDelaySeconds(count) * 1000);
    if (!row) {
      // New keys are where the table grows (any text can be tried as an email): drop the ones idle for a day.
      await tx.accountThrottle.deleteMany({
        where: {
          key: { startsWith: "sign-in:" },
          windowStart: { lt: new Date(now.getTime() - SIGN_IN_THROTTLE.idleResetSeconds * 1000) },
        },
      });
      await tx.accountThrottle.create({ data: { key, count, windowStart: now, notBefore } });
    } else {
      await tx.accountThrottle.update({ where: { key }, data: { count, windowStart: now, notBefore } });
    }
    return { allowed: true };
  });
}

/** A successful sign-in ends the account's run of failures. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.accountThrottle.deleteMany({ where: { key: signInKey(email) } });
}

/** Counts one reset mail for the account inside `tx` (holding the account's lock); false when the hour's are used up. */
export async function reserveResetMail(
  tx: Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<boolean> {
  const key = `reset-mail:${userId}`;
  const row = await tx.accountThrottle.findUnique({ where: { key }, select: { count: true, windowStart: true } });
  const fresh = !row || now.getTime() - row.windowStart.getTime() >= RESET_MAIL_LIMIT.windowSeconds * 1000;
  if (!fresh && row.count >= RESET_MAIL_LIMIT.max) return false;
  const data = fresh ? { count: 1, windowStart: now, notBefore: now } : { count: row.count + 1 };
  await tx.accountThrottle.upsert({
    where: { key },
    create: { key, count: 1, windowStart: now, notBefore: now },
    update: data,
  });
  return true;
}
