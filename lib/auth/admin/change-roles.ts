import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import type { Actor, Role } from "../permissions";
import type { RoleScope } from "../schemas";
import { writeRoleAssignment } from "../roles/write-role";

type Context = { actor: Actor; ipAddress: string | null };

/** Gives a user a role with this scope, or changes the scope of a role they hold; audited with the change. */
export async function grantRole(userId: string, scope: RoleScope, { actor, ipAddress }: Context): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new Conflict("userMissing");
    const written = await writeRoleAssignment(tx, userId, scope, actor.userId);
    await recordAudit(
      {
        action: "role.granted",
        actorId: actor.userId,
        actorEmail: actor.email,
        targetType: "user",
        targetId: userId,
        ipAddress,
        details: written,
      },
      tx,
    );
  });
}

/** Takes a role away. The last admin cannot lose the admin role, so the site always has someone to manage it. */
export async function revokeRole(userId: string, role: Role, { actor, ipAddress }: Context): Promise<void> {
  await db.$transaction(async (tx) => {
    if (role === "ADMIN" && (await tx.roleAssignment.count({ where: { role: "ADMIN" } })) <= 1)
      throw new Conflict("lastAdmin");
    const removed = await tx.roleAssignment.deleteMany({ where: { userId, role } });
    if (removed.count === 0) {
      // Nothing to take away is fine (another tab did it); an account that does not exist is not.
      if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } })))
        throw new Conflict("userMissing");
      return;
    }
    await recordAudit(
      {
        action: "role.revoked",
        actorId: actor.userId,
        actorEmail: actor.email,
        targetType: "user",
        targetId: userId,
        ipAddress,
        details: { role },
      },
      tx,
    );
  });
}
