// The import form's one schema, shared by the browser and the server action. Codes are translated from
// Import.errors (form-level) and Curate.errors (per row, the curation forms' own codes).
import { z } from "zod";
import { hasInvisible, hasMarkup } from "@/lib/validation/text";

export const IMPORT_KINDS = ["organization", "event"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_MODES = ["preview", "import"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** An import is one transaction: these bounds keep it to seconds (see docs/decisions/0012-exports-and-import.md). */
export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_IMPORT_ROWS = 2_000;

export const importSchema = z.object({
  kind: z.enum(IMPORT_KINDS, "chooseKind"),
  mode: z.enum(IMPORT_MODES, "invalid"),
  fileName: z
    .string("fileRequired")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, "fileRequired")
        .max(200, "tooLong")
        .refine((value) => !hasInvisible(value), "invisibleCharacters")
        .refine((value) => !hasMarkup(value), "markup"),
    ),
  content: z.string("fileRequired").min(1, "fileRequired").max(MAX_IMPORT_BYTES, "fileTooLarge"),
});

export type ImportInput = z.output<typeof importSchema>;
