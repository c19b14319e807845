// Accounts for integration tests: a user holding one role (scoped to diasporas, or global), as the permission
// checks see it.
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import type { Database } from "../../lib/db/connect";

export async function makeActor(
  db: Database,
  email: string,
  role: "CURATOR" | "MODERATOR" | "ADMIN",
  diasporaIds: string[],
  global = false,
): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email.split("@")[0]! }, select: { id: true } });
  await db.roleAssignment.create({
    data: {
      userId: user.id,
      role,
      global,
      diasporas: { createMany: { data: diasporaIds.map((diasporaId) => ({ diasporaId })) } },
    },
  });
  return (await loadActor(user.id))!;
}
