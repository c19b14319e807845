"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE, type CurationFormState } from "@/lib/curation/result";

const input =
  "mt-1 w-full rounded border border-stone-500 bg-white px-3 py-2 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800 aria-[invalid]:border-red-800";

/**
 * Translates a locale-agnostic error code (Curate.errors.<code>); unknown codes read as a generic error. During a
 * database outage the form says its input is kept and to try again.
 */
export function useCurateError() {
  const t = useTranslations("Curate.errors");
  const tReliability = useTranslations("Reliability");
  return (code: string) =>
    code === DATABASE_UNAVAILABLE
      ? tReliability("formUnavailable")
      : t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}

export const valueOf = (state: CurationFormState, name: string) => {
  const value = state.values[name];
  return typeof value === "string" ? value : "";
};
export const valuesOf = (state: CurationFormState, name: string) => new Set([state.values[name] ?? []].flat());

/** An element id for a field; `scope` keeps ids unique when one page holds several forms with the same fields. */
const fieldId = (name: string, scope?: string) => `f-${scope ? `${scope}-` : ""}${name.replace(/\./g, "-")}`;

export function FieldErrors({ state, name, scope }: { state: CurationFormState; name: string; scope?: string }) {
  const errorText = useCurateError();
  const errors = state.fieldErrors[name] ?? [];
  if (!errors.length) return null;
  return (
    <p id={`${fieldId(name, scope)}-error`} className="mt-1 text-sm font-medium text-red-800">
      {errors.map(errorText).join(" ")}
    </p>
  );
}

type TextProps = {
  state: CurationFormState;
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  lang?: string;
  inputMode?: "numeric";
  type?: "text" | "url" | "date";
  scope?: string;
};

/** A labelled text input (or textarea) with its hint and errors tied to it; keeps what was typed after a failed submit. */
export function TextField({ state, name, label, hint, multiline, lang, inputMode, type = "text", scope }: TextProps) {
  const id = fieldId(name, scope);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    lang,
    defaultValue: valueOf(state, name),
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: input,
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea key={common.defaultValue} rows={4} {...common} />
      ) : (
        <input key={common.defaultValue} type={type} inputMode={inputMode} {...common} />
      )}
      <FieldErrors state={state} name={name} scope={scope} />
    </div>
  );
}

type Choice = {
  value: string;
  label: React.ReactNode;
  /** The label's language, when it differs from the page's. */ lang?: string;
};

/** A group of checkboxes under one legend, with the group's errors. */
export function CheckboxGroup({
  state,
  name,
  legend,
  choices,
}: {
  state: CurationFormState;
  name: string;
  legend: string;
  choices: Choice[];
}) {
  const chosen = valuesOf(state, name);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  return (
    <fieldset className="mt-4" aria-describedby={invalid ? `${fieldId(name)}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {choices.map((c) => (
          <li key={c.value}>
            <label className="flex items-center gap-2">
              <input
                key={String(chosen.has(c.value))}
                type="checkbox"
                name={name}
                value={c.value}
                defaultChecked={chosen.has(c.value)}
                className="size-4"
              />
              {c.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors state={state} name={name} />
    </fieldset>
  );
}

/** A labelled select (single or multiple) with its errors. */
export function SelectField({
  state,
  name,
  label,
  choices,
  multiple,
  hint,
}: {
  state: CurationFormState;
  name: string;
  label: string;
  choices: Choice[];
  multiple?: boolean;
  hint?: string;
}) {
  const id = fieldId(name);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  const chosen = [...valuesOf(state, name)];
  const defaultValue = multiple ? chosen : (chosen[0] ?? choices[0]?.value);
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      <select
        key={JSON.stringify(defaultValue)}
        id={id}
        name={name}
        multiple={multiple}
        size={multiple ? 8 : undefined}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={input}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldErrors state={state} name={name} />
    </div>
  );
}

type LocalizedFieldsProps = {
  state: CurationFormState;
  /** Content languages, in the order the form offers them. */
  locales: { code: string; name: string; heading: string }[];
  /** Translatable fields: form name prefix ("title" → "title.hy") and its label; multiline fields get a textarea. */
  fields: { name: string; label: string; multiline?: boolean }[];
};

/** One fieldset per content language with every translatable field in it, each marked with its language. */
export function LocalizedFields({ state, locales, fields }: LocalizedFieldsProps) {
  const t = useTranslations("Curate.form");
  return locales.map((l) => (
    <fieldset key={l.code} className="mt-4 border-t border-stone-200 pt-2">
      <legend className="font-semibold">{l.heading}</legend>
      {fields.map((f) => (
        <TextField
          key={f.name}
          state={state}
          name={`${f.name}.${l.code}`}
          lang={l.code}
          multiline={f.multiline}
          label={t("inLanguage", { field: f.label, language: l.name })}
        />
      ))}
    </fieldset>
  ));
}
