import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import type { CurationKind, FieldErrors, Stored, Tx } from "./kinds/types";

/**
 * Links to other entries are cross-scope edits too: an event listing an organization as organizer shows on that
 * organization's page. Each organization a snapshot links to that the published entry did not (`refs`) must be one
 * the actor may edit (`update:organization` on its diasporas); an organization of no diaspora, only a global
 * moderator or an admin. Otherwise the link is refused beside its field and audited as permission.denied.
 * Sources stay citable by anyone (docs/decisions/0009: a source belongs to whoever cites it).
 * Runs at save for the author and again at approval for the reviewer. Unknown ids are left to `kind.check`.
 */
export async function linksOutsideScope<S>(
  client: Tx,
  actor: Actor,
  kind: CurationKind<S>,
  snapshot: S,
  current: Stored<S> | null,
  context: { ipAddress?: string | null; revisionId?: string },
): Promise<FieldErrors | null> {
  const field = kind.linkFields?.organizations;
  const linked = kind.refs?.(snapshot).organizations ?? [];
  if (!field || linked.length === 0) return null;
  const before = new Set(current ? (kind.refs?.(current.snapshot).organizations ?? []) : []);
  const added = linked.filter((id) => !before.has(id));
  if (added.length === 0) return null;
  const rows = await client.organization.findMany({
    where: { id: { in: added } },
    select: { id: true, diasporas: { select: { diasporaId: true } } },
  });
  const outside = rows.filter(
    (row) => !can(actor, "update:organization", { diasporaIds: row.diasporas.map((d) => d.diasporaId) }),
  );
  if (outside.length === 0) return null;
  await recordAudit({
    action: "permission.denied",
    actorId: actor.userId,
    actorEmail: actor.email,
    targetType: context.revisionId ? "revision" : kind.type,
    targetId: context.revisionId ?? current?.id,
    ipAddress: context.ipAddress,
    details: {
      permission: "update:organization",
      reason: "linkOutsideScope",
      field,
      linked: outside.map((row) => row.id),
      diasporaIds: [...new Set(outside.flatMap((row) => row.diasporas.map((d) => d.diasporaId)))],
    },
  });
  return { [field]: ["outsideScope"] };
}
