// Turns the posted source form into the schema's input shape, and back.
import { SOURCE_FIELDS, type SourceSnapshot } from "./schema";

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** The posted form as the schema's input. */
export function sourceInput(values: Values) {
  return {
    id: one(values.id) || undefined,
    version: one(values.version),
    ...Object.fromEntries(SOURCE_FIELDS.map((field) => [field, one(values[field])])),
  };
}

/** The form's values for a snapshot, so the edit form, a conflict view and a restore start from it. */
export function sourceValues(snapshot: SourceSnapshot, meta: { id?: string; version: number }): Values {
  const values: Values = { version: String(meta.version) };
  if (meta.id) values.id = meta.id;
  for (const field of SOURCE_FIELDS) {
    const value = snapshot[field];
    values[field] = value == null ? "" : String(value);
  }
  return values;
}
