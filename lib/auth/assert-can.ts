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

/**
 * For a command aimed at something that does not exist (a forged, mistyped or deleted id): audited like a denied
 * permission, so probing ids leaves a trace. Someone holding no role at all is told "forbidden", never whether the
 * id exists; a curator gets "notFound", which their form can explain.
 */
export async function refuseUnknownTarget(
  actor: Actor | null,
  permission: Permission,
  target: { type: string; id: string },
  context: { ipAddress?: string | null } = {},
): Promise<"notFound" | "forbidden"> {
  await recordAudit({
    action: "permission.denied",
    actorId: actor?.userId,
    actorEmail: actor?.email,
    targetType: target.type,
    targetId: target.id,
    ipAddress: context.ipAddress,
    details: { permission, reason: "unknownTarget", diasporaIds: [] },
  });
  return actor && actor.grants.length > 0 ? "notFound" : "forbidden";
}

/**
 * For gated actions, before parsing their input: someone holding no role at all (anonymous, or an account without
 * roles) is refused and audited at once, so their form is never parsed. The precise check on the parsed entry
 * (assertCan with its diasporas) still follows.
 */
export async function assertAnyRole(
  actor: Actor | null,
  permission: Permission,
  target: { type?: string },
  context: { ipAddress?: string | null } = {},
): Promise<void> {
  if (actor && actor.grants.length > 0) return;
  await assertCan(actor, permission, { ...target, diasporaIds: [] }, context);
}
