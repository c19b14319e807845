import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "../permissions";
import { hashToken } from "../tokens";

export type InvitationView = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: "open" | "expired" | "used";
};

/** The invitation a link's token opens, or null when no invitation has that token. */
export async function findInvitation(token: string): Promise<InvitationView | null> {
  if (!token || token.length > 200) return null;
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!row) return null;
  const status = row.acceptedAt || row.revokedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "open";
  return { id: row.id, email: row.email, name: row.name, role: row.role, status };
}
