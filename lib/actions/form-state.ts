// What a server action returns to its form: the values typed (never passwords) and error codes per field.

export type FormState = {
  ok: boolean;
  values: Record<string, string | string[]>;
  fieldErrors: Record<string, string[]>;
  /** A code for an error about the whole form (Auth.errors.<code>, Curate.errors.<code>, …). */
  formError?: string;
  /** A code for a success message (Auth.notices.<code>, …). */
  notice?: string;
};

export const initialFormState: FormState = { ok: false, values: {}, fieldErrors: {} };

const SECRET_FIELDS = new Set(["password", "confirmPassword", "token"]);

/**
 * An action's form argument as a FormData. A request can carry any value React can decode in its place (an object,
 * an array, a string, nothing): that is an empty form, refused by the form's own validation like any missing field.
 */
export function formData(data: unknown): FormData {
  return data instanceof FormData ? data : new FormData();
}

/** FormData as a plain object: repeated fields become arrays; `arrays` lists fields that are always arrays. */
export function formValues(input: FormData, arrays: readonly string[] = []): Record<string, string | string[]> {
  // No prototype: a field named __proto__, sent twice, would otherwise become the object's prototype.
  const values: Record<string, string | string[]> = Object.create(null);
  const data = formData(input);
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = data.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = arrays.includes(key) || all.length > 1 ? all : (all[0] ?? "");
  }
  for (const key of arrays) values[key] ??= [];
  return values;
}

/** The values to send back to the form: everything typed except secrets. */
export function echoValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

/** A refused submit: what was typed (less secrets) and the error codes. */
export function failure(
  values: Record<string, string | string[]>,
  errors: Partial<Pick<FormState, "fieldErrors" | "formError">>,
): FormState {
  return { ok: false, values: echoValues(values), fieldErrors: errors.fieldErrors ?? {}, formError: errors.formError };
}

/** The form error while the database is unreachable: nothing was saved, the form keeps the input (Reliability.formUnavailable). */
export const DATABASE_UNAVAILABLE = "databaseUnavailable";
