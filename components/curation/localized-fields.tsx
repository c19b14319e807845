"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  state: FormState;
  /** Content languages, in the order the form offers them. */
  locales: { code: string; name: string; heading: string }[];
  /** Translatable fields: form name prefix ("title" → "title.hy") and its label; multiline fields get a textarea. */
  fields: { name: string; label: string; multiline?: boolean }[];
};

/** One fieldset per content language with every translatable field in it, each marked with its language. */
export function LocalizedFields({ state, locales, fields }: Props) {
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
