// The suggestion form's bounds and field names, kept free of zod so the client form can import them without
// shipping the validation library to every organization and event page (see docs/PERFORMANCE.md).
export const SUGGESTION_ENTITY_TYPES = ["organization", "event"] as const;
export type SuggestionEntityType = (typeof SUGGESTION_ENTITY_TYPES)[number];

export const SUGGESTION_LIMITS = { bodyMin: 10, bodyMax: 5000, sourceUrlMax: 500, emailMax: 254 } as const;

/** A field people never see; a bot that fills it is told "thank you" and nothing is stored. */
export const HONEYPOT_FIELD = "website";
