import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { createAccount, hashNewPassword } from "../create-account";
import { hashToken } from "../tokens";

export type AcceptInvitationOptions = { token: string; name: string; password: string; ipAddress?: string | null };

/**
 * Turns an open invitation into an account with the invited role and the chosen password. Single use: the
 * invitation is claimed with a conditional update inside the transaction, so two submits cannot both succeed.
 */
export async function acceptInvitation(options: AcceptInvitationOptions): Promise<{ userId: string; email: string }> {
  const tokenHash = hashToken(options.token);
  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, email: true, role: true, global: true, diasporaIds: true, invitedById: true },
  });
  if (!invitation) throw new Conflict("invitationInvalid");
  const passwordHash = await hashNewPassword(options.password, invitation.email);
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new Conflict("invitationInvalid");
    const scope = { role: invitation.role, global: invitation.global, diasporaIds: invitation.diasporaIds };
    const { user, role } = await createAccount(tx, {
      email: invitation.email,
      name: options.name,
      passwordHash,
      scope,
      grantedById: invitation.invitedById,
    });
    const audit = { actorId: user.id, actorEmail: user.email, ipAddress: options.ipAddress };
    await recordAudit(
      { ...audit, action: "invitation.accepted", targetType: "invitation", targetId: invitation.id },
      tx,
    );
    await recordAudit(
      {
        ...audit,
        action: "role.granted",
        targetType: "user",
        targetId: user.id,
        details: { ...role, via: "invitation" },
      },
      tx,
    );
    return { userId: user.id, email: user.email };
  });
}
