import "server-only";
import { ANONYMOUS_REFUSALS_PER_HOUR, recordAnonymousRefusal } from "@/lib/audit/anonymous-refusal";
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
  if (!actor) {
    await recordAnonymousRefusal(permission, context.ipAddress);
    throw new Forbidden(permission);
  }
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
  if (!actor) {
    await recordAnonymousRefusal(permission, context.ipAddress);
    return "forbidden";
  }
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
 * The first step of a command that looks up what its input names: someone holding no role learns nothing from it.
 * Anonymous callers get "forbidden" for every input, before it is even parsed (no "notPending", "sameAsPublished"
 * or field errors that would tell which ids exist), their refusals aggregated per address and hour
 * (recordAnonymousRefusal) and, past ANONYMOUS_REFUSALS_PER_HOUR, answered "rateLimited". A signed-in account
 * without roles is refused the same way, each refusal audited with its account. Null: the actor may go on.
 */
export async function refuseWithoutRole(
  actor: Actor | null,
  permission: Permission,
  context: { ipAddress?: string | null } = {},
): Promise<"forbidden" | "rateLimited" | null> {
  if (actor && actor.grants.length > 0) return null;
  if (!actor)
    return (await recordAnonymousRefusal(permission, context.ipAddress)) > ANONYMOUS_REFUSALS_PER_HOUR
      ? "rateLimited"
      : "forbidden";
  await recordAudit({
    action: "permission.denied",
    actorId: actor.userId,
    actorEmail: actor.email,
    ipAddress: context.ipAddress,
    details: { permission, reason: "noRole", diasporaIds: [] },
  });
  return "forbidden";
}
