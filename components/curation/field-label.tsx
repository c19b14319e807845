"use client";

import { useTranslations } from "next-intl";

/**
 * "name.hy" → "Name (hy)", "channel.0" → "Channel 1": the diff's field keys in the reader's language. A kind may
 * name a field its own way ("sourceTitle" for a source's "title").
 */
export function FieldLabel({ field, kind }: { field: string; kind?: string }) {
  const t = useTranslations("Curate.fields");
  const [base, rest] = field.split(".") as [string, string | undefined];
  const own = kind ? `${kind}${base.charAt(0).toUpperCase()}${base.slice(1)}` : "";
  const key = [own, base].find((k) => k && t.has(k as "name"));
  const label = key ? t(key as "name") : base;
  if (rest === undefined) return <>{label}</>;
  return <>{/^\d+$/.test(rest) ? `${label} ${Number(rest) + 1}` : `${label} (${rest})`}</>;
}
