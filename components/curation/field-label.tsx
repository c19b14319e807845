"use client";

import { useTranslations } from "next-intl";

const BASE = ["slug", "name", "description", "city", "acronym", "types", "groups", "diasporaIds", "countryCodes", "foundedYear", "status", "languages", "channel"] as const;
type Base = (typeof BASE)[number];

/** "name.hy" → "Name (hy)", "channel.0" → "Channel 1": the diff's field keys in the reader's language. */
export function FieldLabel({ field }: { field: string }) {
  const t = useTranslations("Curate.fields");
  const [base, rest] = field.split(".") as [string, string | undefined];
  const label = (BASE as readonly string[]).includes(base) ? t(base as Base) : base;
  if (rest === undefined) return <>{label}</>;
  return <>{base === "channel" ? `${label} ${Number(rest) + 1}` : `${label} (${rest})`}</>;
}
