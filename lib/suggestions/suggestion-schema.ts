// The "suggest a correction" form's server-side schema; its limits and field names live in ./limits (zod-free, for the browser).
// Messages are locale-agnostic codes, translated from Suggest.errors.
import { z } from "zod";
import { plainText, slug, uuid } from "@/lib/curation/validation";
import { optionalEmail, sourcePageUrl } from "@/lib/validation/text";
import { HONEYPOT_FIELD, SUGGESTION_ENTITY_TYPES, SUGGESTION_LIMITS, type SuggestionEntityType } from "./limits";

export { HONEYPOT_FIELD, SUGGESTION_ENTITY_TYPES, SUGGESTION_LIMITS, type SuggestionEntityType };

const body = plainText(SUGGESTION_LIMITS.bodyMax)
  .refine((value) => value !== "", "bodyRequired")
  .refine((value) => value === "" || [...value].length >= SUGGESTION_LIMITS.bodyMin, "bodyTooShort");

// Optional: left empty, null.
const sourceUrl = sourcePageUrl(SUGGESTION_LIMITS.sourceUrlMax).transform((value) => value || null);

export const suggestionSchema = z.object({
  entityType: z.enum(SUGGESTION_ENTITY_TYPES, "invalid"),
  slug,
  body,
  sourceUrl: sourceUrl.default(null),
  email: optionalEmail(SUGGESTION_LIMITS.emailMax).default(null),
});

export type SuggestionInput = z.output<typeof suggestionSchema>;

/** The moderator's "Resolved" / "Dismiss" buttons. */
export const decideSuggestionSchema = z.object({
  suggestionId: uuid,
  decision: z.enum(["RESOLVED", "DISMISSED"], "invalid"),
});
