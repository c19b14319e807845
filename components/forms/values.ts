// What a form shows after a submit: the values the action echoed back (never passwords) and the element ids the
// fields, their hints, their errors and the error summary share.
import type { FormState } from "@/lib/actions/form-state";

/** What the kit reads of an action's answer: errors per field, an error about the whole form, the echoed values. */
export type FormAnswer = Pick<FormState, "fieldErrors" | "formError"> & { values?: FormState["values"] };

/** The echoed value of a single field, else the fallback (the stored value the form started from). */
export function echoedValue(state: FormAnswer, name: string, fallback = ""): string {
  const value = state.values?.[name];
  return typeof value === "string" ? value : fallback;
}

/** The echoed values of a multi-valued field (checkboxes, multiple select). */
export const echoedValues = (state: FormAnswer, name: string) => new Set([state.values?.[name] ?? []].flat());

/** An element id for a field; `scope` keeps ids unique when one page holds several forms with the same fields. */
export const fieldId = (name: string, scope?: string) => `f-${scope ? `${scope}-` : ""}${name.replace(/\./g, "-")}`;

/** The ids of a field's hint and errors, for aria-describedby. */
export function describedBy(id: string, hint: boolean, invalid: boolean) {
  return [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
