"use client";
// A list's filters apply on change: a choice at once, typed text and dates after a pause, and "Apply" (Enter) with
// the same clean address, every empty field left out. Without JavaScript the form still submits as a plain GET and
// the proxy drops the empty values (lib/validation/clean-query.ts).
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { nonEmptyQuery, pathWithQuery } from "@/lib/validation/clean-query";

/** Long enough not to load a page per keystroke, short enough to feel immediate. */
const TYPING_PAUSE_MS = 500;

type Props = { formId: string; query: string };

export function FilterAutoApply({ formId, query }: Props) {
  const router = useRouter();

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: number | undefined;
    const apply = (replace: boolean) => {
      window.clearTimeout(timer);
      const pairs = [...new FormData(form)].map(([key, value]): [string, string] => [key, String(value)]);
      const href = pathWithQuery(window.location.pathname, nonEmptyQuery(pairs));
      if (href === `${window.location.pathname}${window.location.search}`) return;
      if (replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    };
    const typed = (target: EventTarget | null) => target instanceof HTMLInputElement;
    const onChange = (event: Event) => {
      // A date or month field sends a change for each finished part it is typed in: wait for the pause.
      if (typed(event.target) && (event.target as HTMLInputElement).type !== "search") {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => apply(false), TYPING_PAUSE_MS);
      } else apply(false);
    };
    const onInput = (event: Event) => {
      if (!typed(event.target) || (event.target as HTMLInputElement).type !== "search") return;
      window.clearTimeout(timer);
      // Each pause while typing replaces the address rather than adding a step to Back per word.
      timer = window.setTimeout(() => apply(true), TYPING_PAUSE_MS);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      apply(false);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    form.addEventListener("submit", onSubmit);
    // A choice made before the page's script ran (a slow phone) sent its change to no one: apply it now.
    if (changedBeforeHydration(form)) apply(false);
    return () => {
      window.clearTimeout(timer);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, router]);

  // A chip, "clear filters" or Back changes the address without a new form: show its filters in the fields
  // (React leaves an uncontrolled field's value alone when its default changes). The field being typed in is kept.
  // The first render's fields came from this very address, so only a later address is copied in (copying on mount
  // would undo a choice made before hydration).
  const shownQuery = useRef(query);
  useEffect(() => {
    if (shownQuery.current === query) return;
    shownQuery.current = query;
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const params = new URLSearchParams(query);
    for (const field of form.elements) {
      if (field === document.activeElement && field instanceof HTMLInputElement) continue;
      // A combobox follows the address itself (its value is a prop the new page brings).
      if (field.closest("[data-combobox]")) continue;
      if (field instanceof HTMLSelectElement) {
        const wanted = (params.get(field.name) ?? "").toLowerCase();
        field.value = [...field.options].find((o) => o.value.toLowerCase() === wanted)?.value ?? "";
      } else if (field instanceof HTMLInputElement && field.type !== "hidden" && field.type !== "submit") {
        field.value = field.defaultValue;
      }
    }
  }, [formId, query]);

  return null;
}

/** Whether a select was changed from the option the server marked selected (its value when the page was sent). */
function changedBeforeHydration(form: HTMLFormElement): boolean {
  return [...form.elements].some((field) => {
    if (!(field instanceof HTMLSelectElement) || field.multiple) return false;
    const initial = [...field.options].find((option) => option.defaultSelected) ?? field.options[0];
    return initial !== undefined && field.value !== initial.value;
  });
}
