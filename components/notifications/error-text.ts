"use client";
import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE } from "@/lib/curation/result";

/** Translates the notification forms' error codes (Notify.errors.<code>); unknown codes read as a generic error. */
export function useNotifyErrorText() {
  const t = useTranslations("Notify.errors");
  return (code: string) =>
    code === DATABASE_UNAVAILABLE
      ? t("databaseUnavailable")
      : t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}
