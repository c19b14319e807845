"use client";

import { useTranslations } from "next-intl";

/** A row's or the form's error code in the reader's language: the import's own codes, else the curation forms'. */
export function useReason() {
  const own = useTranslations("Import.errors");
  const curation = useTranslations("Curate.errors");
  return (code: string, detail: Record<string, string | number> = {}) => {
    if (own.has(code as "unknown")) return own(code as "csvInvalid", detail as { line: number; max: number });
    if (curation.has(code as "unknown")) return curation(code as "unknown");
    return own("unknown");
  };
}
