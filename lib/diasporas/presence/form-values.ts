// Turns the posted population-figure form (flat names such as "note.ru") into the schema's input shape, and back.
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import type { FieldErrors, FormValues } from "@/lib/curation/kinds/types";
import type { PresenceSnapshot } from "./schema";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** The posted form (flat names such as "note.ru") in the schema's input shape. */
export function presenceInput(values: FormValues) {
  const texts = (field: string) =>
    Object.fromEntries(
      Object.keys(values)
        .filter((key) => key.startsWith(`${field}.`))
        .map((key) => [key.slice(field.length + 1), one(values[key])]),
    );
  return {
    id: one(values.id) || undefined,
    version: one(values.version),
    diasporaId: one(values.diasporaId),
    hostCountry: one(values.hostCountry),
    population: one(values.population),
    year: one(values.year),
    note: texts("note"),
    inferredFrom: texts("inferredFrom"),
    sourceId: one(values.sourceId),
    locator: one(values.locator),
  };
}

/** The form's values for a snapshot, so edit forms, conflicts and restores start from it. */
export function presenceValues(snapshot: PresenceSnapshot, meta: { id?: string; version: number }): FormValues {
  const values: FormValues = {
    version: String(meta.version),
    diasporaId: snapshot.diasporaId,
    hostCountry: snapshot.countryCode,
    population: snapshot.population === null ? "" : String(snapshot.population),
    year: snapshot.year === null ? "" : String(snapshot.year),
    sourceId: snapshot.sourceId ?? "",
    locator: snapshot.locator ?? "",
  };
  if (meta.id) values.id = meta.id;
  for (const [locale, text] of Object.entries(snapshot.note)) values[`note.${locale}`] = text;
  for (const [locale, text] of Object.entries(snapshot.inferredFrom ?? {})) values[`inferredFrom.${locale}`] = text;
  return values;
}

/** Issues keyed by form field name ("note.hy", "year"), codes de-duplicated. */
export function presenceIssues(error: z.ZodError): FieldErrors {
  return zodFieldErrors(error, (head) => (head === "note" || head === "inferredFrom" ? 2 : 1));
}
