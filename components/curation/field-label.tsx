"use client";

import { useTranslations } from "next-intl";

/** "name.hy" → "Name (hy)", "channel.0" → "Channel 1": the diff's field keys in the reader's language. */
export function FieldLabel({ field }: { field: string }) {
  const t = useTranslations("Curate.fields");
  const [base, rest] = field.split(".") as [string, string | undefined];
  const label = t.has(base as "name") ? t(base as "name") : base;
  if (rest === undefined) return <>{label}</>;
  return <>{/^\d+$/.test(rest) ? `${label} ${Number(rest) + 1}` : `${label} (${rest})`}</>;
}
