"use client";
import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE } from "@/lib/curation/result";

/**
 * Translates a locale-agnostic error code (Curate.errors.<code>); unknown codes read as a generic error. During a
 * database outage the form says its input is kept and to try again.
 */
export function useCurateErrorText() {
  const t = useTranslations("Curate.errors");
  const tReliability = useTranslations("Reliability");
  return (code: string) =>
    code === DATABASE_UNAVAILABLE
      ? tReliability("formUnavailable")
      : t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}
