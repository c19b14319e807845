import "server-only";
// The nightly purge: rows that only ever grow and are worth nothing once expired. Sessions and one-time tokens past
// their expiry, better-auth's request counters idle for a day, and the per-account throttles once they count
// nothing any more (lib/auth/account-throttle.ts). Live rows are never touched: a session that is still valid, a
// sign-in delay still running and an hour's reset mails still counted stay. Visitors' digest sign-ups never confirmed
// go after a week (lib/notifications/digests.ts), as their confirmation mail says.
import { RESET_MAIL_LIMIT, SIGN_IN_THROTTLE } from "@/lib/auth/account-throttle";
import type { Database } from "@/lib/db/connect";

/** better-auth's windows are seconds to minutes; a counter idle this long counts nothing. */
export const RATE_LIMIT_IDLE_MS = 24 * 60 * 60 * 1000;
/** A digest sign-up not confirmed within this long is deleted. */
export const UNCONFIRMED_DIGEST_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type PurgeReport = {
  sessions: number;
  verifications: number;
  rateLimits: number;
  signInThrottles: number;
  resetMailThrottles: number;
  unconfirmedDigests: number;
};

export async function purgeExpired(db: Database, now = new Date()): Promise<PurgeReport> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  return db.$transaction(async (tx) => {
    const sessions = await tx.session.deleteMany({ where: { expiresAt: { lt: now } } });
    const verifications = await tx.verification.deleteMany({ where: { expiresAt: { lt: now } } });
    const rateLimits = await tx.rateLimit.deleteMany({
      where: { lastRequest: { lt: BigInt(now.getTime() - RATE_LIMIT_IDLE_MS) } },
    });
    const signInThrottles = await tx.accountThrottle.deleteMany({
      where: {
        key: { startsWith: "sign-in:" },
        windowStart: { lt: ago(SIGN_IN_THROTTLE.idleResetSeconds * 1000) },
        notBefore: { lt: now },
      },
    });
    const resetMailThrottles = await tx.accountThrottle.deleteMany({
      where: { key: { startsWith: "reset-mail:" }, windowStart: { lt: ago(RESET_MAIL_LIMIT.windowSeconds * 1000) } },
    });
    const unconfirmedDigests = await tx.eventDigest.deleteMany({
      where: { confirmedAt: null, createdAt: { lt: ago(UNCONFIRMED_DIGEST_TTL_MS) } },
    });
    return {
      sessions: sessions.count,
      verifications: verifications.count,
      rateLimits: rateLimits.count,
      signInThrottles: signInThrottles.count,
      resetMailThrottles: resetMailThrottles.count,
      unconfirmedDigests: unconfirmedDigests.count,
    };
  });
}
