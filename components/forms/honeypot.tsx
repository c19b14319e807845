"use client";
// The public forms' trap for bots (suggestions, proposals, digest sign-ups): a field people never see, hidden from
// assistive technology and out of the tab order. A bot that fills every field fills this one too, and the server
// thanks it and stores nothing.
import { HONEYPOT_FIELD } from "@/lib/suggestions/limits";

/** `scope`: the form's id, so two forms on a page have fields of their own. */
export function Honeypot({ scope, label }: { scope: string; label: string }) {
  const id = `${scope}-${HONEYPOT_FIELD}`;
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
