// The moderator's approve and reject forms and the history page's restore form, shared by browser and server.
import { z } from "zod";
import { plainText, uuid } from "./validation";

/** `withoutReview`: an admin publishing their own revision on purpose (review-revision.ts, four eyes). */
/**
 * `sourceWaiver`: why a revision whose facts no source backs may be published anyway (a correction of spelling, a
 * fact common to every source); required for such a revision, audited as revision.source_waived.
 */
export const approveSchema = z.object({
  revisionId: uuid,
  withoutReview: z.literal("1", "invalid").optional(),
  sourceWaiver: plainText(1000).optional(),
});
export const rejectSchema = z.object({
  revisionId: uuid,
  comment: plainText(2000).refine((value) => value !== "", "commentRequired"),
});

/** Restore an old revision's content, as a new revision based on the version the history page showed. */
export const restoreSchema = z.object({
  revisionId: uuid,
  version: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(1_000_000, "invalid"),
});
