"use client";
// The form kit's field for a choice among many, apart from components/forms/fields.tsx so that only the forms that
// offer one load the combobox (Headless UI, about 140 KB of script): a profile's suggestion form, the sign-in and
// the other short forms use fields.tsx alone.
import type { ReactNode } from "react";
import { Combobox, splitJoined, type ComboboxChoice } from "@/components/ui/combobox";
import { FieldErrors, Label, inputClass } from "./fields";
import { describedBy, echoedValues, fieldId } from "./values";
import type { FormAnswer } from "./values";

/**
 * A choice among many (countries, organizations, languages) that one finds by typing: a combobox, and a native
 * select (or, for a joined list, a text field) before the script runs. `join` keeps a list in one field ("hy, ru").
 */
export function SearchableField({
  state,
  name,
  label,
  hint,
  choices,
  lookup,
  multiple,
  join,
  noneLabel,
  defaultValue,
  scope,
}: {
  state: FormAnswer;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  choices: readonly ComboboxChoice[];
  /** Where choices beyond `choices` are found by what is typed (the combobox's `lookup`). */
  lookup?: string;
  multiple?: boolean;
  join?: string;
  /** A single choice's "none" option, value "". */
  noneLabel?: string;
  /** The value before any submit. */
  defaultValue?: string;
  scope?: string;
}) {
  const id = fieldId(name, scope);
  const invalid = Boolean(state.fieldErrors[name]?.length);
  const echoed = state.values?.[name];
  const value = join
    ? splitJoined(typeof echoed === "string" ? echoed : "")
    : echoed === undefined && defaultValue
      ? [defaultValue]
      : [...echoedValues(state, name)].filter(Boolean);
  return (
    <div className="mt-4">
      <Label id={id} label={label} hint={hint} />
      <Combobox
        id={id}
        name={name}
        choices={choices}
        lookup={lookup}
        value={value}
        multiple={multiple || Boolean(join)}
        join={join}
        noneLabel={noneLabel}
        size={8}
        describedBy={describedBy(id, Boolean(hint), invalid)}
        invalid={invalid}
        className={inputClass}
      />
      <FieldErrors state={state} name={name} scope={scope} />
    </div>
  );
}
