// The import form's kinds and bounds, kept free of zod so the client form can import them without shipping the
// validation library to the browser.
export const IMPORT_KINDS = ["organization", "event"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** An import is one transaction: these bounds keep it to seconds (see docs/decisions/0012-exports-and-import.md). */
export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_IMPORT_ROWS = 2_000;
