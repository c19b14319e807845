import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "../permissions";

export type UserRoleView = { role: Role; global: boolean; diasporaIds: string[] };
export type UserView = {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
  roles: UserRoleView[];
  lastSignInAt: Date | null;
};
export type PendingInvitationView = {
  id: string;
  email: string;
  role: Role;
  global: boolean;
  diasporaIds: string[];
  expiresAt: Date;
  createdAt: Date;
};

const ROLE_ORDER: Record<Role, number> = { ADMIN: 0, MODERATOR: 1, CURATOR: 2 };

/** Every account with its roles, by email. The atlas has tens of curators, not thousands: no paging. */
export async function listUsers(): Promise<UserView[]> {
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      roles: { select: { role: true, global: true, diasporas: { select: { diasporaId: true } } } },
      sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    createdAt: u.createdAt,
    lastSignInAt: u.sessions[0]?.createdAt ?? null,
    roles: u.roles
      .map((r) => ({ role: r.role, global: r.global, diasporaIds: r.diasporas.map((d) => d.diasporaId) }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]),
  }));
}

/** Invitations neither accepted, withdrawn nor expired, newest first. */
export async function listPendingInvitations(): Promise<PendingInvitationView[]> {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, global: true, diasporaIds: true, expiresAt: true, createdAt: true },
  });
}
