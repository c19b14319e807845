// The import action's schema (server-side; the form's zod-free bounds live in ./limits). Codes are translated from
// Import.errors (form-level) and Curate.errors (per row, the curation forms' own codes).
import { z } from "zod";
import { hasInvisible, hasMarkup } from "@/lib/validation/text";
import { IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportKind } from "./limits";

export { IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportKind };
export const IMPORT_MODES = ["preview", "import"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

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
