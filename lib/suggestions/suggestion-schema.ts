// The "suggest a correction" form's server-side schema; its limits and field names live in ./limits (zod-free, for the browser).
// Messages are locale-agnostic codes, translated from Suggest.errors.
import { z } from "zod";
import { completeUrl, hasInvisible, hasMarkup, isWebUrl, plainText, slug, uuid } from "@/lib/curation/validation";
import { optionalEmail } from "@/lib/validation/text";
import { HONEYPOT_FIELD, SUGGESTION_ENTITY_TYPES, SUGGESTION_LIMITS, type SuggestionEntityType } from "./limits";

export { HONEYPOT_FIELD, SUGGESTION_ENTITY_TYPES, SUGGESTION_LIMITS, type SuggestionEntityType };

const body = plainText(SUGGESTION_LIMITS.bodyMax)
  .refine((value) => value !== "", "bodyRequired")
  .refine((value) => value === "" || [...value].length >= SUGGESTION_LIMITS.bodyMin, "bodyTooShort");

const sourceUrl = z
  .string("invalid")
  .max(SUGGESTION_LIMITS.sourceUrlMax * 4, "tooLong")
  .trim()
  .max(SUGGESTION_LIMITS.sourceUrlMax, "tooLong")
  .transform(completeUrl)
  .superRefine((value, ctx) => {
    if (value === "" || value.length > SUGGESTION_LIMITS.sourceUrlMax) return; // empty is allowed; too long is said already
    const problem = hasInvisible(value)
      ? "invisibleCharacters"
      : hasMarkup(value)
        ? "markup"
        : isWebUrl(value)
          ? null
          : "url";
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value || null);

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
