// Password-reset tokens are better-auth's Verification rows: identifier "reset-password:<token>", value the user's
// id (stored in plain, as configured: no verification.storeIdentifier). Only the newest mailed link of an account
// works: a new request or a completed reset ends every other one.
import "server-only";
import { db } from "@/lib/db/client";
import { locked, reserveResetMail } from "./account-throttle";

const PREFIX = "reset-password:";

export type ResetMailDecision = "send" | "limited" | "superseded";

/**
 * Decides, under the account's lock, whether the link better-auth just stored for `token` is mailed. Beyond the
 * account's mails for the hour it is not, and the token is ended. Otherwise every older token of the account ends.
 * A token that a newer, parallel request has already ended is not mailed either (that request mails its own).
 */
export async function claimResetMail(userId: string, token: string): Promise<ResetMailDecision> {
  return locked(`reset-mail:${userId}`, async (tx) => {
    const own = await tx.verification.findFirst({
      where: { identifier: PREFIX + token, value: userId },
      select: { id: true, createdAt: true },
    });
    if (!own) return "superseded";
    if (!(await reserveResetMail(tx, userId))) {
      await tx.verification.delete({ where: { id: own.id } });
      return "limited";
    }
    await tx.verification.deleteMany({
      where: {
        value: userId,
        identifier: { startsWith: PREFIX },
        id: { not: own.id },
        createdAt: { lte: own.createdAt },
      },
    });
    return "send";
  });
}

/** Ends every reset token of the account (after a completed reset; the one used is already consumed). */
export async function endResetTokens(userId: string): Promise<number> {
  const { count } = await db.verification.deleteMany({ where: { value: userId, identifier: { startsWith: PREFIX } } });
  return count;
}
