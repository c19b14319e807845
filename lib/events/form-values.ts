// Turns the posted event form (flat names such as "title.ru") into the schema's input shape, and back.
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import type { EventSnapshot } from "./schema";

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

export const EVENT_ARRAY_FIELDS = ["organizerIds", "diasporaIds"] as const;
/** The texts held per content language (EventTranslation). */
export const EVENT_TEXTS = ["title", "city", "recurrence", "description"] as const;

export function eventInput(values: Values) {
  const perLocale = (field: string) =>
    Object.fromEntries(
      Object.keys(values)
        .filter((key) => key.startsWith(`${field}.`))
        .map((key) => [key.slice(field.length + 1), one(values[key])]),
    );
  return {
    id: one(values.id) || undefined,
    version: one(values.version),
    slug: one(values.slug),
    title: perLocale("title"),
    description: perLocale("description"),
    city: perLocale("city"),
    recurrence: perLocale("recurrence"),
    type: one(values.type),
    start: one(values.start),
    end: one(values.end),
    // The form's checkbox posts REPORT when ticked and nothing otherwise.
    dateBasis: one(values.dateBasis) || "STATED",
    countryCode: one(values.countryCode),
    onlineUrl: one(values.onlineUrl),
    organizerIds: many(values.organizerIds),
    diasporaIds: many(values.diasporaIds),
  };
}

/** The form's values for an existing snapshot, so the edit form, a conflict and a restore start from it. */
export function eventValues(snapshot: EventSnapshot, meta: { id?: string; version: number }): Values {
  const values: Values = {
    version: String(meta.version),
    slug: snapshot.slug,
    type: snapshot.type,
    start: snapshot.start ?? "",
    end: snapshot.end ?? "",
    countryCode: snapshot.countryCode ?? "",
    onlineUrl: snapshot.onlineUrl ?? "",
    organizerIds: snapshot.organizerIds,
    diasporaIds: snapshot.diasporaIds,
  };
  if (meta.id) values.id = meta.id;
  // A revision saved before the field existed says nothing of it; the box starts unticked.
  if (snapshot.dateBasis) values.dateBasis = snapshot.dateBasis;
  for (const t of snapshot.translations)
    for (const field of EVENT_TEXTS) values[`${field}.${t.locale}`] = t[field] ?? "";
  return values;
}

/** Issues keyed by form field name ("title.ru", "organizerIds"), codes de-duplicated. */
export function eventIssuesByField(error: z.ZodError): Record<string, string[]> {
  return zodFieldErrors(error, (head) => ((EVENT_TEXTS as readonly string[]).includes(head) ? 2 : 1));
}
