import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { db } from "@/lib/db/client";
import { logRequestError } from "@/lib/observability/request-log";
import { findEntryBySlug } from "./entries";
import { hashIp } from "./ip-hash";
import type { SubmitSuggestionResult } from "./result";
import { HONEYPOT_FIELD, suggestionSchema } from "./suggestion-schema";

/** At most this many stored suggestions per client address in the sliding window. */
export const SUGGESTION_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

export type SubmitSuggestionOptions = { ip: string | null; locale: string; now?: Date };

/**
 * A reader's correction note on a published organization or event: validated, refused beyond the per-address
 * limit (counted from the stored rows, so it holds across server processes and restarts), then stored with its
 * audit row in one transaction. A filled honeypot is answered like a success and stores nothing.
 */
export async function submitSuggestion(
  values: Record<string, unknown>,
  options: SubmitSuggestionOptions,
): Promise<SubmitSuggestionResult> {
  const honeypot = values[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== "") return { ok: true, suggestionId: null };

  const parsed = suggestionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const input = parsed.data;
  const entry = await findEntryBySlug(input.entityType, input.slug);
  if (!entry) return { ok: false, fieldErrors: {}, formError: "notFound" };

  // No address means the app is not behind scripts/serve-next.mjs (or a trusted proxy wrote garbage): refuse
  // rather than count every such sender in one bucket that one of them could fill for all.
  if (!options.ip) {
    logRequestError("suggestion refused: no client address", null, { slug: input.slug });
    return { ok: false, fieldErrors: {}, formError: "unknown" };
  }
  const ipHash = hashIp(options.ip);
  const now = options.now ?? new Date();
  const id = await db.$transaction(async (tx) => {
    // One sender's submissions are counted and inserted one at a time, so parallel posts cannot pass the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ipHash}, 0))`;
    const recent = await tx.suggestion.count({
      where: { ipHash, createdAt: { gt: new Date(now.getTime() - SUGGESTION_RATE_LIMIT.windowMs) } },
    });
    if (recent >= SUGGESTION_RATE_LIMIT.max) return null;
    const created = await tx.suggestion.create({
      data: {
        entityType: input.entityType,
        entityId: entry.id,
        body: input.body,
        sourceUrl: input.sourceUrl,
        email: input.email,
        locale: options.locale,
        ipHash,
        createdAt: now,
      },
      select: { id: true },
    });
    // The reader is anonymous and their address is kept only as the hash on the suggestion.
    await recordAudit(
      {
        action: "suggestion.received",
        targetType: "suggestion",
        targetId: created.id,
        details: { entityType: input.entityType, entityId: entry.id, slug: entry.slug },
      },
      tx,
    );
    return created.id;
  });
  if (!id) return { ok: false, fieldErrors: {}, formError: "rateLimited" };
  return { ok: true, suggestionId: id };
}
