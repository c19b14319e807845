import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { diffSnapshots } from "./diff";
import { issuesByField, organizationInput } from "./form-input";
import { organizationFormSchema, toSnapshot, type OrganizationSnapshot } from "./organization-schema";
import { rowToSnapshot, snapshotSelect } from "./organization-snapshot";
import { checkReferences } from "./references";
import { possibleDuplicates } from "./find-similar-organizations";
import { refusedAsResult } from "./forbidden-result";
import type { CurationResult } from "./result";

export type SubmitOptions = { ipAddress?: string | null; locale?: string };

/**
 * A curator's save: validates the form, checks the actor may touch both the stored entry's diasporas and every
 * diaspora the edit adds, refuses an edit that started from an older version, and records a pending revision
 * with its audit row in one transaction. The published entry is not changed.
 */
async function submitOrganizationUnchecked(actor: Actor | null, values: Record<string, string | string[]>, options: SubmitOptions = {}): Promise<CurationResult> {
  const parsed = organizationFormSchema.safeParse(organizationInput(values));
  if (!parsed.success) return { ok: false, fieldErrors: issuesByField(parsed.error) };
  const form = parsed.data;
  const existing = form.id ? await db.organization.findUnique({ where: { id: form.id }, select: snapshotSelect }) : null;
  if (form.id && !existing) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const current = existing ? rowToSnapshot(existing) : null;
  // The address of a published entry does not change through the form.
  const snapshot: OrganizationSnapshot = { ...toSnapshot(form), slug: current?.slug ?? form.slug };

  const permission: Permission = existing ? "update:organization" : "create:organization";
  const target = { type: "organization", id: existing?.id };
  if (current) await assertCan(actor, permission, { ...target, diasporaIds: current.diasporaIds }, options);
  for (const added of snapshot.diasporaIds.filter((id) => !current?.diasporaIds.includes(id))) {
    await assertCan(actor, permission, { ...target, diasporaIds: [added] }, options);
  }

  const references = await checkReferences(snapshot);
  if (references) return { ok: false, fieldErrors: references };
  if (existing && form.version !== existing.version) {
    return { ok: false, fieldErrors: {}, formError: "staleVersion", conflict: conflictFields(current!, snapshot) };
  }
  if (!existing && (await db.organization.findUnique({ where: { slug: snapshot.slug }, select: { id: true } }))) {
    return { ok: false, fieldErrors: { slug: ["slugTaken"] } };
  }
  // A new entry close to an existing one is shown with its candidates until the curator confirms it is different.
  const duplicates = existing ? null : await possibleDuplicates(snapshot, values, options.locale);
  if (duplicates) return duplicates;

  const revision = await db.$transaction(async (tx) => {
    // An author's newer draft of the same entry replaces their older pending one.
    if (existing) {
      await tx.revision.updateMany({
        where: { entityType: "organization", entityId: existing.id, authorId: actor!.userId, status: "PENDING" },
        data: { status: "SUPERSEDED" },
      });
    }
    const created = await tx.revision.create({
      data: {
        entityType: "organization",
        entityId: existing?.id ?? null,
        snapshot,
        baseVersion: existing?.version ?? 0,
        diasporaIds: [...new Set([...(current?.diasporaIds ?? []), ...snapshot.diasporaIds])],
        authorId: actor!.userId,
      },
      select: { id: true },
    });
    await recordAudit(
      { action: "revision.submitted", actorId: actor!.userId, actorEmail: actor!.email, targetType: "revision", targetId: created.id, ipAddress: options.ipAddress, details: { entityType: "organization", entityId: existing?.id ?? null, slug: snapshot.slug } },
      tx,
    );
    return created;
  });
  return { ok: true, revisionId: revision.id, entityId: existing?.id ?? null, slug: snapshot.slug };
}

/** Side by side: the published value and the user's, for every field where they differ. */
export function conflictFields(published: OrganizationSnapshot, yours: OrganizationSnapshot) {
  return diffSnapshots(published, yours).map((c) => ({ field: c.field, published: c.before, yours: c.after }));
}

/** See submitOrganizationUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export const submitOrganization = (actor: Actor | null, values: Record<string, string | string[]>, options: SubmitOptions = {}): Promise<CurationResult> => refusedAsResult(() => submitOrganizationUnchecked(actor, values, options));
