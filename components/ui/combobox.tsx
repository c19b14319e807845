"use client";
// A searchable choice among many (countries, cities, organizations, languages): Headless UI's combobox, which
// carries the ARIA combobox pattern (listbox popup, active descendant, Up/Down/Home/End/Enter/Escape). The server
// renders a native <select> with the same id, name and options, so the field works before the script runs and
// without it; once hydrated the select becomes the combobox, keeping whatever was chosen in it meanwhile. The value
// is sent in hidden fields of the same name, and every choice sends a bubbling "change" so that a list's filters
// apply at once (FilterAutoApply) as they do for a select. Where there are too many choices to list (organizers
// among 100 000 organizations), `lookup` names a URL that answers what was typed with more choices
// (app/api/choices/*), shown after the listed ones that match; without script only the listed ones are offered.
import {
  Combobox as Headless,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
} from "@headlessui/react";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { isLookupText, matchChoices, prepareChoices, type ComboboxChoice } from "@/lib/search/choice-match";

export type { ComboboxChoice };

/** Options listed at once; more are reached by typing (a thousand DOM nodes would make a phone stutter). */
const SHOWN = 50;
/** Typing pauses this long before the lookup is asked (one request per word, not per letter). */
const LOOKUP_DELAY_MS = 200;

/** The lookup's answer for one text: its choices, or null when the request failed. */
type Found = { text: string; choices: readonly ComboboxChoice[] | null };

type Props = {
  /** The text field's id, which the field's <label htmlFor> names. */
  id: string;
  name: string;
  choices: readonly ComboboxChoice[];
  /** A URL (with or without a query) that answers `&text=<typed>` with {choices} beyond `choices`. */
  lookup?: string;
  /** The chosen values; at most one unless `multiple`. */
  value: readonly string[];
  multiple?: boolean;
  /** One field holding the values joined by this separator (a comma-separated list) instead of one per value. */
  join?: string;
  /** A single choice's "none" option ("Any country"): its value is "". */
  noneLabel?: string;
  describedBy?: string;
  invalid?: boolean;
  /** The native select's classes, also the text field's. */
  className: string;
  /** The fallback select's size when multiple. */
  size?: number;
};

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

export function Combobox({
  id,
  name,
  choices,
  lookup,
  value: given,
  multiple = false,
  join,
  noneLabel,
  describedBy,
  invalid,
  className,
  size,
}: Props) {
  const t = useTranslations("Forms.combobox");
  const fallbackSelect = useRef<HTMLSelectElement>(null);
  const fallbackText = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [value, setValue] = useState<readonly string[]>(given);
  const [query, setQuery] = useState("");
  // A new address or a new answer from the server brings new values: take them (React's "adjust state on a prop
  // change" pattern, without an effect that would render the old value once more).
  const [shownGiven, setShownGiven] = useState(given);
  if (shownGiven.join("\u0000") !== given.join("\u0000")) {
    setShownGiven(given);
    setValue(given);
  }
  const notify = useRef(false);
  const text = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<Found | null>(null);
  // Choices the lookup brought, by value: a chosen one keeps its label after the next search.
  const [looked, setLooked] = useState<ReadonlyMap<string, ComboboxChoice>>(new Map());
  const asking = Boolean(lookup) && isLookupText(query);

  useEffect(() => {
    if (!lookup || !isLookupText(query)) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const url = `${lookup}${lookup.includes("?") ? "&" : "?"}text=${encodeURIComponent(query)}`;
      fetch(url, { signal: abort.signal, headers: { accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<{ choices: ComboboxChoice[] }>) : null))
        .then((body) => {
          const more = body?.choices ?? null;
          setFound({ text: query, choices: more });
          if (more?.length) setLooked((known) => new Map([...known, ...more.map((c) => [c.value, c] as const)]));
        })
        .catch((error: unknown) => {
          if (!abort.signal.aborted) {
            console.warn("combobox lookup failed", error);
            setFound({ text: query, choices: null });
          }
        });
    }, LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [lookup, query]);

  // Before the first paint after hydration: read what the native select holds (a choice made before the script
  // ran is kept), then replace it.
  useIsomorphicLayoutEffect(() => {
    if (fallbackSelect.current)
      setValue([...fallbackSelect.current.selectedOptions].map((o) => o.value).filter(Boolean));
    else if (fallbackText.current) setValue(splitJoined(fallbackText.current.value));
    setEnhanced(true);
  }, []);

  // Headless UI sets aria-describedby to its own Description elements (none here), over the prop: the hint and the
  // errors are tied to the field by hand, as the form kit's other fields are.
  useIsomorphicLayoutEffect(() => {
    if (!enhanced || !text.current) return;
    if (describedBy) text.current.setAttribute("aria-describedby", describedBy);
    else text.current.removeAttribute("aria-describedby");
  }, [enhanced, describedBy]);

  useEffect(() => {
    if (!notify.current) return;
    notify.current = false;
    box.current?.dispatchEvent(new Event("change", { bubbles: true }));
    // Typing again after a choice starts a new search instead of adding to the chosen name.
    if (document.activeElement === text.current) text.current?.select();
  }, [value]);

  const byValue = useMemo(() => new Map(choices.map((c) => [c.value, c])), [choices]);
  // React resets a form after its action answers, which empties the text field while the choice stays (Headless UI
  // only writes the name when the choice changes): once the reset is done, the field shows the chosen name again.
  const shownText = useRef("");
  shownText.current = multiple || !value[0] ? "" : ((byValue.get(value[0]) ?? looked.get(value[0]))?.label ?? value[0]);
  useEffect(() => {
    const form = box.current?.closest("form");
    if (!form || !enhanced) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onReset = () => {
      timer = setTimeout(() => {
        if (text.current && document.activeElement !== text.current) text.current.value = shownText.current;
      });
    };
    form.addEventListener("reset", onReset);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("reset", onReset);
    };
  }, [enhanced]);
  const prepared = useMemo(() => prepareChoices(choices), [choices]);
  const listed = useMemo(() => matchChoices(prepared, query), [prepared, query]);
  const answer = asking && found?.text === query ? found : null;
  const matches = answer?.choices ? [...listed, ...answer.choices.filter((c) => !byValue.has(c.value))] : listed;
  const waiting = asking && !answer;
  const shown = matches.slice(0, SHOWN);
  const choiceOf = (v: string) => byValue.get(v) ?? looked.get(v);
  const labelOf = (v: string) => choiceOf(v)?.label ?? v;
  const choose = (next: readonly string[]) => {
    notify.current = true;
    setValue(next);
  };

  const hidden = join ? (
    <input type="hidden" name={name} value={value.join(join)} />
  ) : multiple ? (
    value.map((v) => <input key={v} type="hidden" name={name} value={v} />)
  ) : (
    <input type="hidden" name={name} value={value[0] ?? ""} />
  );

  if (!enhanced && join) {
    // A list in one field falls back to that field as text ("hy, ru").
    return (
      <input
        ref={fallbackText}
        id={id}
        name={name}
        defaultValue={given.join(join)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={className}
      />
    );
  }
  if (!enhanced) {
    return (
      <select
        ref={fallbackSelect}
        id={id}
        name={name}
        multiple={multiple}
        size={multiple ? size : undefined}
        defaultValue={multiple ? [...given] : (given[0] ?? "")}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={className}
      >
        {noneLabel !== undefined && !multiple ? <option value="">{noneLabel}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {optionText(c)}
          </option>
        ))}
      </select>
    );
  }

  const option = (c: ComboboxChoice) => (
    <ComboboxOption
      key={c.value}
      value={c.value}
      lang={c.lang}
      className="flex cursor-default items-baseline gap-2 px-3 py-2 text-stone-900 select-none data-focus:bg-blue-800 data-focus:text-white"
    >
      {({ selected }) => (
        <>
          <span aria-hidden="true" className="w-4 shrink-0">
            {selected ? "✓" : ""}
          </span>
          <span className="min-w-0 flex-1">{c.label}</span>
          {c.count !== undefined ? <span className="tabular-nums opacity-80">{c.count}</span> : null}
        </>
      )}
    </ComboboxOption>
  );

  const list = (
    // Below the field, inside the form's landmark (no portal), and not modal: the rest of the page stays readable.
    // A single choice closes on choosing, so its options may cover what is below; a list of several stays open
    // for the next choice and so takes its place in the page instead of hiding the fields (and the submit button).
    <ComboboxOptions
      modal={false}
      className={`${multiple ? "relative" : "absolute inset-x-0 top-full z-50 shadow-lg"} mt-1 max-h-72 min-w-56 overflow-auto rounded border border-stone-400 bg-white py-1 empty:invisible`}
    >
      {noneLabel !== undefined && !multiple && !query ? (
        <ComboboxOption
          value=""
          className="flex cursor-default gap-2 px-3 py-2 text-stone-700 select-none data-focus:bg-blue-800 data-focus:text-white"
        >
          <span aria-hidden="true" className="w-4 shrink-0" />
          {noneLabel}
        </ComboboxOption>
      ) : null}
      {shown.map(option)}
      {waiting && matches.length === 0 ? <p className="px-3 py-2 text-stone-700">{t("searching")}</p> : null}
      {!waiting && matches.length === 0 ? <p className="px-3 py-2 text-stone-700">{t("noMatch")}</p> : null}
      {answer && answer.choices === null ? (
        <p className="border-t border-stone-200 px-3 py-2 text-sm text-stone-700">{t("lookupFailed")}</p>
      ) : null}
      {matches.length > SHOWN ? (
        <p className="border-t border-stone-200 px-3 py-2 text-sm text-stone-700">
          {t("more", { count: matches.length - SHOWN })}
        </p>
      ) : null}
    </ComboboxOptions>
  );

  const input = (
    <div className="relative">
      <ComboboxInput
        ref={text}
        id={id}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        placeholder={multiple ? t("add") : noneLabel}
        displayValue={(v: string | null) => (multiple || !v ? "" : labelOf(v))}
        onChange={(event) => setQuery(event.target.value)}
        // The chosen name is selected, so that typing replaces it with a search.
        onFocus={(event) => event.currentTarget.select()}
        className={`${className} pr-9`}
      />
      <ComboboxButton
        aria-label={t("showAll")}
        className="absolute inset-y-0 right-0 mt-1 flex w-9 items-center justify-center text-stone-700"
      >
        <span aria-hidden="true">▾</span>
      </ComboboxButton>
    </div>
  );

  return (
    <div ref={box} data-combobox="" className="relative">
      {hidden}
      {multiple ? (
        <Headless
          multiple
          immediate
          value={[...value]}
          onChange={(next: string[]) => {
            setQuery("");
            choose(next);
          }}
          onClose={() => setQuery("")}
        >
          {value.length > 0 ? (
            <ul aria-label={t("chosen")} className="mt-1 flex flex-wrap gap-1.5">
              {value.map((v) => (
                <li key={v}>
                  <button
                    type="button"
                    onClick={() => choose(value.filter((w) => w !== v))}
                    aria-label={t("remove", { label: labelOf(v) })}
                    className="inline-flex items-center gap-1 rounded-full border border-stone-400 bg-stone-100 px-2.5 py-0.5 text-sm text-stone-900 hover:bg-stone-200"
                  >
                    <span lang={choiceOf(v)?.lang}>{labelOf(v)}</span>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {input}
          {list}
        </Headless>
      ) : (
        <Headless
          immediate
          value={value[0] ?? ""}
          onChange={(next: string | null) => {
            setQuery("");
            choose(next ? [next] : []);
          }}
          onClose={() => setQuery("")}
        >
          {input}
          {list}
        </Headless>
      )}
    </div>
  );
}

/** A joined list's values as typed in its fallback field: separated by commas, semicolons or spaces. */
export function splitJoined(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

function optionText(c: ComboboxChoice): string {
  return c.count === undefined ? c.label : `${c.label} (${c.count})`;
}
