// Turns the posted form (flat names such as "name.ru" and "channel.0.url") into the schema's input shape.
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { citationInput, citationValues } from "@/lib/curation/sourcing";
import type { OrganizationSnapshot } from "./schema";

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

export const ARRAY_FIELDS = ["types", "groups", "diasporaIds", "countryCodes", "onlinePresence"] as const;

export function organizationInput(values: Values) {
  const perLocale = (field: string) =>
    Object.fromEntries(
      Object.keys(values)
        .filter((key) => key.startsWith(`${field}.`))
        .map((key) => [key.slice(field.length + 1), one(values[key])]),
    );
  const rows = new Set(Object.keys(values).flatMap((key) => key.match(/^channel\.(\d{1,2})\./)?.[1] ?? []));
  const channel = [...rows]
    .sort((a, b) => Number(a) - Number(b))
    .map((i) => ({
      kind: one(values[`channel.${i}.kind`]),
      url: one(values[`channel.${i}.url`]).trim(),
      languages: one(values[`channel.${i}.languages`]),
    }))
    .filter((row) => row.url !== "");
  return {
    id: one(values.id) || undefined,
    version: one(values.version),
    slug: one(values.slug),
    category: one(values.category) || undefined,
    name: perLocale("name"),
    description: perLocale("description"),
    city: perLocale("city"),
    // The form always posts a box per language; an import file without the column posts none: stored names kept.
    altNames: Object.keys(values).some((key) => key.startsWith("altNames.")) ? perLocale("altNames") : undefined,
    acronym: one(values.acronym),
    types: many(values.types),
    groups: many(values.groups),
    diasporaIds: many(values.diasporaIds),
    countryCodes: many(values.countryCodes),
    foundedYear: one(values.foundedYear),
    status: one(values.status),
    // Absent (an import's file without the column): the stored date is kept.
    dissolvedOn: values.dissolvedOn === undefined ? undefined : one(values.dissolvedOn),
    languages: one(values.languages),
    channel,
    onlinePresence: many(values.onlinePresence),
    ...citationInput(values),
  };
}

/** The form's values for an existing snapshot, so the edit form and a conflict view start from it. */
export function snapshotValues(snapshot: OrganizationSnapshot, meta: { id?: string; version: number }): Values {
  const values: Values = {
    version: String(meta.version),
    slug: snapshot.slug,
    category: snapshot.category ?? "DIASPORA_ORGANIZATION",
    acronym: snapshot.acronym ?? "",
    types: snapshot.types,
    groups: snapshot.groups,
    diasporaIds: snapshot.diasporaIds,
    countryCodes: snapshot.countryCodes,
    foundedYear: snapshot.foundedYear ? String(snapshot.foundedYear) : "",
    status: snapshot.status,
    languages: snapshot.languages.join(", "),
    onlinePresence: snapshot.onlinePresence ?? [],
  };
  if (meta.id) values.id = meta.id;
  // A revision saved before the field existed says nothing of it, and neither does the form built from it.
  if (snapshot.dissolvedOn !== undefined) values.dissolvedOn = snapshot.dissolvedOn ?? "";
  for (const t of snapshot.translations) {
    values[`name.${t.locale}`] = t.name ?? "";
    values[`description.${t.locale}`] = t.description ?? "";
    values[`city.${t.locale}`] = t.city ?? "";
    if (t.altNames) values[`altNames.${t.locale}`] = t.altNames.join("\n");
  }
  snapshot.channels.forEach((c, i) => {
    values[`channel.${i}.kind`] = c.kind;
    values[`channel.${i}.url`] = c.url;
    values[`channel.${i}.languages`] = c.languages.join(", ");
  });
  Object.assign(values, citationValues(snapshot.citations));
  return values;
}

/** Issues keyed by form field name ("name.ru", "channel.0.url"), codes de-duplicated. */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  return zodFieldErrors(error, (head) =>
    head === "channel" || head === "citation"
      ? 3
      : ["name", "description", "city", "altNames", "newSource"].includes(head)
        ? 2
        : 1,
  );
}
