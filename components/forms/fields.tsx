"use client";
// Labelled fields with their hint and their errors tied to them for screen readers. Uncontrolled: after a failed
// submit each shows what was typed (the action echoes it), reset by a new key per answer.
import type { FocusEvent, ReactNode } from "react";
import { completeUrl } from "@/lib/validation/complete-url";
import { useFieldErrorText } from "./form";
import { describedBy, echoedValue, echoedValues, fieldId } from "./values";
import type { FormAnswer } from "./values";

export const inputClass =
  "mt-1 w-full rounded border border-stone-500 bg-white px-3 py-2 read-only:bg-stone-100 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800 aria-[invalid]:border-red-800";

export function FieldErrors({ state, name, scope }: { state: FormAnswer; name: string; scope?: string }) {
  const errorText = useFieldErrorText();
  const errors = state.fieldErrors[name] ?? [];
  if (!errors.length) return null;
  return (
    <p id={`${fieldId(name, scope)}-error`} className="mt-1 text-sm font-medium text-red-800">
      {errors.map(errorText).join(" ")}
    </p>
  );
}

export function Label({ id, label, hint }: { id: string; label: ReactNode; hint?: ReactNode }) {
  return (
    <>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
    </>
  );
}

type TextFieldProps = {
  state: FormAnswer;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "url" | "date";
  multiline?: boolean;
  rows?: number;
  /** The value before any submit (a stored value being edited, an address from the link). */
  defaultValue?: string;
  lang?: string;
  inputMode?: "numeric" | "email" | "url";
  autoComplete?: string;
  maxLength?: number;
  readOnly?: boolean;
  required?: boolean;
  /** A narrower input, for short values (addresses, passwords). */
  narrow?: boolean;
  scope?: string;
};

/** An address typed without its scheme is completed as the field is left ("example.org" → "https://example.org"). */
function completeTypedUrl(event: FocusEvent<HTMLInputElement>) {
  const completed = completeUrl(event.currentTarget.value);
  if (completed !== event.currentTarget.value) event.currentTarget.value = completed;
}

/** A text input or textarea. A password is never shown again after a submit; a web address is completed. */
export function TextField({
  state,
  name,
  label,
  hint,
  type = "text",
  multiline,
  rows = 4,
  defaultValue,
  lang,
  inputMode,
  autoComplete,
  maxLength,
  readOnly,
  required,
  narrow,
  scope,
}: TextFieldProps) {
  const id = fieldId(name, scope);
  const errors = state.fieldErrors[name] ?? [];
  const value = type === "password" ? undefined : echoedValue(state, name, defaultValue);
  const common = {
    id,
    name,
    lang,
    maxLength,
    readOnly,
    required,
    defaultValue: value,
    // A new key per answer resets the uncontrolled field to the echoed value.
    key: JSON.stringify(state.values?.[name] ?? null) + String(errors.length),
    "aria-invalid": errors.length ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), errors.length > 0),
    className: narrow ? `${inputClass} max-w-md` : inputClass,
  };
  return (
    <div className="mt-4">
      <Label id={id} label={label} hint={hint} />
      {multiline ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onBlur={type === "url" ? completeTypedUrl : undefined}
          {...common}
        />
      )}
      <FieldErrors state={state} name={name} scope={scope} />
    </div>
  );
}

export type Choice = {
  value: string;
  label: ReactNode;
  /** The label's language, when it differs from the page's. */
  lang?: string;
};

/** A select (single or multiple). A single select starts on its first choice. */
export function SelectField({
  state,
  name,
  label,
  choices,
  multiple,
  hint,
  defaultValue: initial,
  scope,
}: {
  state: FormAnswer;
  name: string;
  label: ReactNode;
  choices: Choice[];
  multiple?: boolean;
  hint?: ReactNode;
  /** The choice before any submit; else the first. */
  defaultValue?: string;
  scope?: string;
}) {
  const id = fieldId(name, scope);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  const chosen = [...echoedValues(state, name)];
  const defaultValue = multiple ? chosen : (chosen[0] ?? initial ?? choices[0]?.value);
  return (
    <div className="mt-4">
      <Label id={id} label={label} hint={hint} />
      <select
        key={JSON.stringify(defaultValue)}
        id={id}
        name={name}
        multiple={multiple}
        size={multiple ? 8 : undefined}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
        className={inputClass}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldErrors state={state} name={name} scope={scope} />
    </div>
  );
}

/** Checkboxes under one legend, with the group's hint and errors. */
export function CheckboxGroup({
  state,
  name,
  legend,
  choices,
  hint,
  scope,
  children,
}: {
  state: FormAnswer;
  name: string;
  legend: ReactNode;
  choices: Choice[];
  hint?: ReactNode;
  scope?: string;
  /** Controls shown between the hint and the choices (e.g. an "all of them" box). */
  children?: ReactNode;
}) {
  const id = fieldId(name, scope);
  const chosen = echoedValues(state, name);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  return (
    <fieldset id={id} className="mt-4" aria-describedby={describedBy(id, Boolean(hint), invalid)}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      {children}
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
              <span lang={c.lang}>{c.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors state={state} name={name} scope={scope} />
    </fieldset>
  );
}

/** One checkbox posting `value` when ticked and nothing otherwise, with its hint and errors. */
export function CheckboxField({
  state,
  name,
  value,
  label,
  hint,
  scope,
}: {
  state: FormAnswer;
  name: string;
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  scope?: string;
}) {
  const id = fieldId(name, scope);
  const checked = echoedValue(state, name) === value;
  const invalid = Boolean(state.fieldErrors[name]?.length);
  return (
    <div className="mt-4">
      <label className="flex items-center gap-2 font-medium">
        <input
          key={String(checked)}
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(id, Boolean(hint), invalid)}
          className="size-4"
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      <FieldErrors state={state} name={name} scope={scope} />
    </div>
  );
}

/** One choice of several, as radio buttons under one legend. */
export function RadioGroup({
  state,
  name,
  legend,
  choices,
  defaultValue,
  hint,
  scope,
}: {
  state: FormAnswer;
  name: string;
  legend: ReactNode;
  choices: Choice[];
  defaultValue?: string;
  hint?: ReactNode;
  scope?: string;
}) {
  const id = fieldId(name, scope);
  const chosen = echoedValue(state, name, defaultValue ?? choices[0]?.value);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  return (
    <fieldset id={id} className="mt-4" aria-describedby={describedBy(id, Boolean(hint), invalid)}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      {choices.map((c) => (
        <label key={c.value} className="mr-6 mt-2 inline-flex items-center gap-2">
          <input
            key={`${c.value}-${chosen}`}
            type="radio"
            name={name}
            value={c.value}
            defaultChecked={chosen === c.value}
          />
          <span lang={c.lang}>{c.label}</span>
        </label>
      ))}
      <FieldErrors state={state} name={name} scope={scope} />
    </fieldset>
  );
}

/**
 * A file input. A browser cannot put a file back into an input, so after a refused submit the reader chooses it
 * again; `errorNames` lists the fields whose errors concern the file (e.g. its name and its content).
 */
export function FileField({
  state,
  name,
  label,
  hint,
  accept,
  errorNames = [name],
  scope,
}: {
  state: FormAnswer;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  accept?: string;
  errorNames?: string[];
  scope?: string;
}) {
  const id = fieldId(name, scope);
  const errorText = useFieldErrorText();
  const errors = errorNames.flatMap((n) => state.fieldErrors[n] ?? []);
  return (
    <div className="mt-4">
      <Label id={id} label={label} hint={hint} />
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), errors.length > 0)}
        className="mt-2 block"
      />
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.map(errorText).join(" ")}
        </p>
      )}
    </div>
  );
}
