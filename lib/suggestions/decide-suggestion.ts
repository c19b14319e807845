import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, refuseUnknownTarget, refuseWithoutRole } from "@/lib/auth/assert-can";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { findEntryById } from "./entries";
import type { DecideSuggestionResult } from "./result";
import { decideSuggestionSchema } from "./suggestion-schema";

type Options = { ipAddress?: string | null };

/**
 * A moderator marks an open suggestion resolved or dismisses it. Permission is checked here against the
 * diasporas of the entry it is about (a deleted entry has none, so only global moderators may close it); the
 * update is conditional on the suggestion still being open, so a double click or two moderators decide it once.
 */
export async function decideSuggestion(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: Options = {},
): Promise<DecideSuggestionResult> {
  const noRole = await refuseWithoutRole(actor, "approve:revision", options);
  if (noRole) return { ok: false, fieldErrors: {}, formError: noRole };
  const parsed = decideSuggestionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: "invalid" };
  const { suggestionId, decision } = parsed.data;
  const suggestion = await db.suggestion.findUnique({
    where: { id: suggestionId },
    select: { id: true, status: true, entityType: true, entityId: true },
  });
  if (!suggestion)
    return {
      ok: false,
      fieldErrors: {},
      formError: await refuseUnknownTarget(
        actor,
        "approve:revision",
        { type: "suggestion", id: suggestionId },
        options,
      ),
    };
  const entry = await findEntryById(suggestion.entityType, suggestion.entityId);
  try {
    await assertCan(
      actor,
      "approve:revision",
      { type: "suggestion", id: suggestion.id, diasporaIds: entry?.diasporaIds ?? [] },
      options,
    );
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, fieldErrors: {}, formError: "forbidden" };
    throw error;
  }
  const decided = await db.$transaction(async (tx) => {
    const { count } = await tx.suggestion.updateMany({
      where: { id: suggestion.id, status: "OPEN" },
      data: { status: decision, resolvedById: actor!.userId, resolvedAt: new Date() },
    });
    if (count !== 1) return false;
    await recordAudit(
      {
        action: decision === "RESOLVED" ? "suggestion.resolved" : "suggestion.dismissed",
        actorId: actor!.userId,
        actorEmail: actor!.email,
        targetType: "suggestion",
        targetId: suggestion.id,
        ipAddress: options.ipAddress,
        details: { entityType: suggestion.entityType, entityId: suggestion.entityId, slug: entry?.slug ?? null },
      },
      tx,
    );
    return true;
  });
  if (!decided) return { ok: false, fieldErrors: {}, formError: "alreadyDecided" };
  return { ok: true, suggestionId: suggestion.id, status: decision };
}
