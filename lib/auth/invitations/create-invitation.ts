import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Database } from "@/lib/db/connect";
import { Conflict } from "@/lib/errors";
import type { RoleScope } from "../schemas";
import { hashToken, newToken } from "../tokens";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type CreateInvitationOptions = RoleScope & {
  email: string;
  name?: string;
  locale: string;
  /** The public origin the link points at. */
  origin: string;
  invitedBy: { id: string; email: string } | null;
  ipAddress?: string | null;
};

export type CreatedInvitation = { id: string; link: string; expiresAt: Date };

/**
 * Stores an invitation (the token's hash only) and returns the one link that can use it. A newer invitation
 * to the same address replaces any still open.
 */
export async function createInvitation(
  options: CreateInvitationOptions,
  client: Database = db,
): Promise<CreatedInvitation> {
  const email = options.email.toLowerCase();
  if (await client.user.findUnique({ where: { email }, select: { id: true } })) throw new Conflict("accountExists");
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const invitation = await client.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: {
        email,
        name: options.name ?? null,
        role: options.role,
        global: options.global,
        diasporaIds: options.diasporaIds,
        tokenHash: hashToken(token),
        locale: options.locale,
        expiresAt,
        invitedById: options.invitedBy?.id ?? null,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "invitation.created",
        actorId: options.invitedBy?.id,
        actorEmail: options.invitedBy?.email,
        targetType: "invitation",
        targetId: created.id,
        ipAddress: options.ipAddress,
        details: { email, role: options.role, global: options.global, diasporaIds: options.diasporaIds },
      },
      tx,
    );
    return created;
  });
  return { id: invitation.id, link: `${options.origin}/${options.locale}/invitations/${token}`, expiresAt };
}
