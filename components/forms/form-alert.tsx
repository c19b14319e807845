"use client";
// What a form says about itself after a submit, above its fields: the error about the whole form, or an error
// summary (how many fields need attention, each a link to its field, named by the field's label, in the order the
// fields come in the form), or the notice after success. After every refused submit the alert takes focus, so keyboard and screen-reader users land on it
// instead of on a button that seemingly did nothing; the links take them to each field.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFieldErrorText } from "./form";
import { fieldId } from "./values";
import type { FormAnswer } from "./values";

const alertClass = "mt-4 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900 focus:outline-2";

type Props = {
  state: FormAnswer;
  /** The notice after success, already translated (none while the form shows an error). */
  notice?: ReactNode;
  scope?: string;
  /** Errors reported under another name than their field's (a file's "content" → its "file" input). */
  fieldOf?: Record<string, string>;
};

/** The text of the label (or legend) of a field, read from the rendered form. */
function labelOf(id: string): string | null {
  const element = document.getElementById(id);
  const label =
    document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
    (element?.tagName === "FIELDSET" ? element.querySelector("legend") : null);
  return label?.textContent?.trim() || null;
}

/** A summary link moves focus into its field (the first box of a group), not just the scroll position. */
function goToField(event: React.MouseEvent, id: string) {
  const element = document.getElementById(id);
  const target =
    element?.tagName === "FIELDSET" ? element.querySelector<HTMLElement>("input, select, textarea") : element;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/** The field names in the order their fields appear in the page; a name without a field goes last. */
function inFormOrder(names: string[], idOf: (name: string) => string): string[] {
  const placed = names.map((name) => ({ name, element: document.getElementById(idOf(name)) }));
  return placed
    .sort((a, b) => {
      if (!a.element || !b.element) return Number(!a.element) - Number(!b.element);
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((p) => p.name);
}

/** Errors in the given order of their names (before the first read of the page: as the action returned them). */
function sortedBy(errors: [string, string[]][], order: string[]): [string, string[]][] {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...errors].sort((a, b) => rank(a[0]) - rank(b[0]));
}

export function FormAlert({ state, notice, scope, fieldOf = {} }: Props) {
  const idOf = (name: string) => fieldId(fieldOf[name] ?? name, scope);
  const t = useTranslations("Forms");
  const errorText = useFieldErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const invalid = Object.entries(state.fieldErrors).filter(([, codes]) => codes.length > 0);
  const refused = Boolean(state.formError) || invalid.length > 0;
  const [labels, setLabels] = useState<Record<string, string | null>>({});
  const [order, setOrder] = useState<string[]>([]);
  useEffect(() => {
    if (!refused) return;
    // The labels are in the rendered fields below the alert, so they are read from the DOM after the commit.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLabels(Object.fromEntries(invalid.map(([name]) => [name, labelOf(idOf(name))])));
    setOrder(
      inFormOrder(
        invalid.map(([name]) => name),
        idOf,
      ),
    );
    ref.current?.focus();
    // Once per answer of the action: `state` is a new object each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (state.formError) {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className={alertClass}>
        {errorText(state.formError)}
      </div>
    );
  }
  if (invalid.length > 0) {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className={alertClass}>
        <p>{t("fixErrors")}</p>
        <ul className="mt-1 list-disc pl-5">
          {sortedBy(invalid, order).map(([name, codes]) => (
            <li key={name}>
              <a href={`#${idOf(name)}`} onClick={(event) => goToField(event, idOf(name))} className="underline">
                {labels[name] ? `${labels[name]} — ` : ""}
                {codes.map(errorText).join(" ")}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (notice) {
    return (
      <p role="status" className="mt-4 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
        {notice}
      </p>
    );
  }
  return null;
}
