import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, refuseUnknownTarget, refuseWithoutRole } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { diffFlat } from "./diff";
import { refusedAsResult } from "./forbidden-result";
import { linksOutsideScope } from "./link-scope";
import type { CurationKind, FormValues } from "./kinds/types";
import type { ConflictField, CurationResult } from "./result";

export type SubmitOptions = {
  ipAddress?: string | null;
  /** The page language: names in a confirmation (look-alike entries) are shown in it. */
  locale?: string;
  /** The revision whose content this one restores. */
  restoredFrom?: string;
};

/** Side by side: the published value and the user's, for every field where they differ. */
export function conflictFields<S>(kind: CurationKind<S>, published: S, yours: S): ConflictField[] {
  return diffFlat(kind.flatten(published, {}), kind.flatten(yours, {})).map((c) => ({
    field: c.field,
    published: c.before,
    yours: c.after,
  }));
}

/**
 * A curator's save of any kind of entry: refuses anyone without a role before reading the form, validates it, checks the actor may touch both the stored entry's
 * diasporas and every diaspora the edit adds, refuses an edit that started from an older version, and records a
 * pending revision with its audit row in one transaction. The published entry is not changed.
 */
async function submitUnchecked<S>(
  kind: CurationKind<S>,
  actor: Actor | null,
  values: FormValues,
  options: SubmitOptions,
): Promise<CurationResult> {
  // A restore has been through this already, with its own permission.
  const noRole = options.restoredFrom ? null : await refuseWithoutRole(actor, "submit:revision", options);
  if (noRole) return { ok: false, fieldErrors: {}, formError: noRole };
  const parsed = kind.parse(values);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const current = parsed.id ? await kind.load(db, parsed.id) : null;
  if (parsed.id && !current) {
    return {
      ok: false,
      fieldErrors: {},
      formError: await refuseUnknownTarget(actor, kind.permissions.update, { type: kind.type, id: parsed.id }, options),
    };
  }
  const snapshot = current && kind.keep ? kind.keep(current.snapshot, parsed.snapshot) : parsed.snapshot;

  const permission = current ? kind.permissions.update : kind.permissions.create;
  const target = { type: kind.type, id: current?.id };
  const before = current ? kind.scope(current.snapshot) : [];
  const added = kind.scope(snapshot).filter((id) => !before.includes(id));
  // The stored entry's scope, then each diaspora the edit adds; an entry with no diaspora at all is checked once.
  if (current || added.length === 0) await assertCan(actor, permission, { ...target, diasporaIds: before }, options);
  for (const id of added) await assertCan(actor, permission, { ...target, diasporaIds: [id] }, options);

  const errors = await kind.check(db, snapshot, current);
  if (errors) return { ok: false, fieldErrors: errors };
  const outside = await linksOutsideScope(db, actor!, kind, snapshot, current, options);
  if (outside) return { ok: false, fieldErrors: outside };
  if (current && parsed.version !== current.version) {
    return {
      ok: false,
      fieldErrors: {},
      formError: "staleVersion",
      conflict: conflictFields(kind, current.snapshot, snapshot),
      publishedVersion: current.version,
    };
  }
  const held = await kind.confirm?.(snapshot, values, { locale: options.locale, current });
  if (held) return held;

  const author = actor!;
  const scope = [...new Set([...before, ...kind.scope(snapshot)])];
  // Facts added or changed with no citation the revision adds: flagged to the moderator, who cannot approve them
  // without a source or a recorded reason (review-revision.ts).
  const unsourcedFacts = kind.unsourced?.(current?.snapshot ?? null, snapshot) ?? [];
  const revision = await db.$transaction(async (tx) => {
    // An author's newer draft of the same entry replaces their older pending one.
    if (current) {
      await tx.revision.updateMany({
        where: { entityType: kind.type, entityId: current.id, authorId: author.userId, status: "PENDING" },
        data: { status: "SUPERSEDED" },
      });
    }
    const created = await tx.revision.create({
      data: {
        entityType: kind.type,
        entityId: current?.id ?? null,
        snapshot: snapshot as object,
        baseVersion: current?.version ?? 0,
        diasporaIds: scope.length ? scope : scopedDiasporas(author),
        authorId: author.userId,
        unsourcedFacts,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "revision.submitted",
        actorId: author.userId,
        actorEmail: author.email,
        targetType: "revision",
        targetId: created.id,
        ipAddress: options.ipAddress,
        details: {
          entityType: kind.type,
          entityId: current?.id ?? null,
          key: kind.key(snapshot),
          ...(unsourcedFacts.length ? { unsourcedFacts } : {}),
          ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
        },
      },
      tx,
    );
    return created;
  });
  return { ok: true, revisionId: revision.id, entityId: current?.id ?? null, slug: kind.key(snapshot) };
}

/** An entry linked to no diaspora (a new source) goes to the moderators of its author's diasporas. */
function scopedDiasporas(actor: Actor): string[] {
  return actor.grants.flatMap((g) => g.diasporaIds);
}

/** See submitUnchecked; refusals come back as { ok: false, formError: "forbidden" }. */
export function submitRevision<S>(
  kind: CurationKind<S>,
  actor: Actor | null,
  values: FormValues,
  options: SubmitOptions = {},
): Promise<CurationResult> {
  return refusedAsResult(() => submitUnchecked(kind, actor, values, options));
}
