import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./permissions";

/** A user with their roles and scopes, as the permission checks need them. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      roles: { select: { role: true, global: true, diasporas: { select: { diasporaId: true } } } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    grants: user.roles.map((r) => ({
      role: r.role,
      global: r.global,
      diasporaIds: r.diasporas.map((d) => d.diasporaId),
    })),
  };
}
