// The "suggest a correction" form's one schema, shared by the browser (limits, field names) and the server.
// Messages are locale-agnostic codes, translated from Suggest.errors.
import { z } from "zod";
import { hasInvisible, hasMarkup, plainText, slug, uuid, webUrl } from "@/lib/curation/validation";

export const SUGGESTION_ENTITY_TYPES = ["organization", "event"] as const;
export type SuggestionEntityType = (typeof SUGGESTION_ENTITY_TYPES)[number];

export const SUGGESTION_LIMITS = { bodyMin: 10, bodyMax: 5000, sourceUrlMax: 500, emailMax: 254 } as const;

/** A field people never see; a bot that fills it is told "thank you" and nothing is stored. */
export const HONEYPOT_FIELD = "website";

const body = plainText(SUGGESTION_LIMITS.bodyMax)
  .refine((value) => value !== "", "bodyRequired")
  .refine((value) => value === "" || [...value].length >= SUGGESTION_LIMITS.bodyMin, "bodyTooShort");

const sourceUrl = z
  .string("invalid")
  .max(SUGGESTION_LIMITS.sourceUrlMax * 4, "tooLong")
  .trim()
  .max(SUGGESTION_LIMITS.sourceUrlMax, "tooLong")
  .superRefine((value, ctx) => {
    if (value === "" || value.length > SUGGESTION_LIMITS.sourceUrlMax) return; // empty is allowed; too long is said already
    const problem = hasInvisible(value) ? "invisibleCharacters" : hasMarkup(value) ? "markup" : webUrl.safeParse(value).success ? null : "url";
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value || null);

const email = z
  .string("invalid")
  .max(SUGGESTION_LIMITS.emailMax * 4, "tooLong")
  .trim()
  .max(SUGGESTION_LIMITS.emailMax, "tooLong")
  .refine((value) => value === "" || value.length > SUGGESTION_LIMITS.emailMax || z.email().safeParse(value).success, "email")
  .transform((value) => value || null);

export const suggestionSchema = z.object({
  entityType: z.enum(SUGGESTION_ENTITY_TYPES, "invalid"),
  slug,
  body,
  sourceUrl: sourceUrl.default(null),
  email: email.default(null),
});

export type SuggestionInput = z.output<typeof suggestionSchema>;

/** The moderator's "Resolved" / "Dismiss" buttons. */
export const decideSuggestionSchema = z.object({
  suggestionId: uuid,
  decision: z.enum(["RESOLVED", "DISMISSED"], "invalid"),
});
