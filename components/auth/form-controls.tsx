"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";

/** Translates a locale-agnostic error code (Auth.errors.<code>); unknown codes read as a generic error. */
export function useErrorText() {
  const t = useTranslations("Auth.errors");
  return (code: string) => {
    const key = (t.has(code as "unknown") ? code : "unknown") as "passwordTooShort";
    return t(key, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  };
}

export function stateValue(state: FormState, name: string, fallback = ""): string {
  const value = state.values[name];
  return typeof value === "string" ? value : fallback;
}

type FieldProps = {
  state: FormState;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  defaultValue?: string;
  autoComplete?: string;
  hint?: string;
  readOnly?: boolean;
  required?: boolean;
};

/** A labelled input with its hint and its errors beside it, tied together for screen readers. */
export function Field({
  state,
  name,
  label,
  type = "text",
  defaultValue,
  autoComplete,
  hint,
  readOnly,
  required = true,
}: FieldProps) {
  const errorText = useErrorText();
  const errors = state.fieldErrors[name] ?? [];
  const id = `field-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const value = type === "password" ? undefined : stateValue(state, name, defaultValue);
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
      <input
        id={id}
        name={name}
        type={type}
        // A new key per submit result resets the uncontrolled input to the echoed value.
        key={JSON.stringify(state.values[name] ?? null) + String(errors.length)}
        defaultValue={value}
        autoComplete={autoComplete}
        readOnly={readOnly}
        required={required}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full max-w-md rounded border border-stone-500 bg-white px-3 py-2 read-only:bg-stone-100 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800 aria-[invalid]:border-red-800"
      />
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.map(errorText).join(" ")}
        </p>
      )}
    </div>
  );
}

/** The error about the whole form, or the notice after success. */
export function FormMessage({ state }: { state: FormState }) {
  const errorText = useErrorText();
  const t = useTranslations("Auth.notices");
  if (state.formError) {
    return (
      <p role="alert" className="mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
        {errorText(state.formError)}
      </p>
    );
  }
  if (state.notice && t.has(state.notice as "resetSent")) {
    return (
      <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
        {t(state.notice as "resetSent")}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Auth");
  return (
    <button
      type="submit"
      disabled={pending}
      className="mt-6 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70"
    >
      {pending ? t("submitting") : children}
    </button>
  );
}
