import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { RoleScope } from "../schemas";

/** Sets a user's role to exactly this scope (creating or replacing it), inside the caller's transaction. */
export async function writeRoleAssignment(
  tx: Prisma.TransactionClient,
  userId: string,
  scope: RoleScope,
  grantedById: string | null,
) {
  // Diasporas deleted since the scope was chosen are dropped rather than failing the whole change.
  const existing = await tx.diaspora.findMany({ where: { id: { in: scope.diasporaIds } }, select: { id: true } });
  const diasporaIds = existing.map((d) => d.id);
  const assignment = await tx.roleAssignment.upsert({
    where: { userId_role: { userId, role: scope.role } },
    create: { userId, role: scope.role, global: scope.global, grantedById },
    update: { global: scope.global, grantedById },
    select: { id: true },
  });
  await tx.roleAssignmentDiaspora.deleteMany({ where: { assignmentId: assignment.id } });
  if (diasporaIds.length) {
    await tx.roleAssignmentDiaspora.createMany({
      data: diasporaIds.map((diasporaId) => ({ assignmentId: assignment.id, diasporaId })),
    });
  }
  return { assignmentId: assignment.id, role: scope.role, global: scope.global, diasporaIds };
}
