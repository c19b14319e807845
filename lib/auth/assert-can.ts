import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { Forbidden } from "@/lib/errors";
import { can, type Actor, type Permission, type ScopedResource } from "./permissions";

export type CheckedResource = ScopedResource & { type?: string; id?: string };

/**
 * For server actions: returns when the actor may do this, otherwise records the refusal in the audit log and
 * throws Forbidden. Call it inside the action, after parsing input and before any change.
 */
export async function assertCan(
  actor: Actor | null,
  permission: Permission,
  resource?: CheckedResource,
  context: { ipAddress?: string | null } = {},
): Promise<void> {
  if (can(actor, permission, resource)) return;
  await recordAudit({
    action: "permission.denied",
    actorId: actor?.userId,
    actorEmail: actor?.email,
    targetType: resource?.type,
    targetId: resource?.id,
    ipAddress: context.ipAddress,
    details: { permission, diasporaIds: [...(resource?.diasporaIds ?? [])] },
  });
  throw new Forbidden(permission);
}
