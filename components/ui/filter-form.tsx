// The one filter form of the listing pages (organizations, events, map, statistics): a plain GET form that works
// without JavaScript, its selects showing how many results each option would give, an apply button and a link
// that clears the filters. A list's form applies each change at once when JavaScript runs (FilterAutoApply), and on
// phones waits behind a "Filters (n)" disclosure so that the results come first.
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Combobox } from "./combobox";
import { FilterAutoApply } from "./filter-auto-apply";

export const filterFieldClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-stone-900";
/** A field's box when the form lays its fields out in a row. */
export const filterRowItem = "min-w-56 flex-1";

type FormProps = {
  label: string;
  /** Fields one under another (a sidebar) or side by side (above a map or chart). */
  layout: "column" | "row";
  /** A search landmark; the map's form only narrows what is drawn, so it is none. */
  search?: boolean;
  className?: string;
  applyLabel: string;
  clearLabel: string;
  /** Where "clear" goes; a string is a plain link (a full page load, as the map needs). */
  clearHref: ComponentProps<typeof Link>["href"] | { reload: string };
  /**
   * A list's form: applied on every change with JavaScript (`query`: the address's filters now, to which the
   * fields are reset after a chip, "clear" or Back changed them), and below 768 px folded behind a disclosure
   * (`toggleLabel`: "Filters (2)") above the results. One form at every width, so nothing is rendered twice.
   */
  list?: { id: string; query: string; toggleLabel: string };
  children: ReactNode;
};

export function FilterForm({
  label,
  layout,
  search = true,
  className,
  applyLabel,
  clearLabel,
  clearHref,
  list,
  children,
}: FormProps) {
  const shape = layout === "column" ? "space-y-4" : "flex flex-wrap items-end gap-4";
  const clear = "text-blue-800 underline";
  const box = `${shape} rounded-lg border border-stone-300 bg-white p-4`;
  const form = (
    <form
      id={list?.id}
      method="get"
      role={search ? "search" : undefined}
      aria-label={label}
      className={
        list ? `${box} mt-2 hidden peer-open:block md:mt-0 md:block` : `${box}${className ? ` ${className}` : ""}`
      }
    >
      {list ? <FilterAutoApply formId={list.id} query={list.query} /> : null}
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {applyLabel}
        </button>
        {typeof clearHref === "object" && "reload" in clearHref ? (
          <a href={clearHref.reload} className={clear}>
            {clearLabel}
          </a>
        ) : (
          <Link href={clearHref} className={clear}>
            {clearLabel}
          </Link>
        )}
      </div>
    </form>
  );
  if (!list) return form;
  return (
    <div className={className}>
      {/* A disclosure without JavaScript: its summary is the phone's "Filters (n)" button, the form its sibling. */}
      <details className="group peer md:hidden">
        <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded border border-stone-500 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
          {list.toggleLabel}
          <span aria-hidden="true" className="text-sm text-stone-600 group-open:rotate-180">
            ▾
          </span>
        </summary>
      </details>
      {form}
    </div>
  );
}

export type FilterOption = { value: string; label: string; count?: number; keywords?: string };

type SelectProps = {
  id: string;
  name: string;
  label: string;
  /** The option meaning "no filter". */
  anyLabel: string;
  options: readonly FilterOption[];
  current: string | undefined;
  /** A filter in the address that no option offers is shown as "<value> (0)" rather than silently dropped. */
  keepUnknown?: boolean;
  /** Many options (countries, cities, organizers, languages): a combobox one types in, a select without script. */
  searchable?: boolean;
  /** Where a searchable filter finds values beyond `options` by what is typed (the combobox's `lookup`). */
  lookup?: string;
  className?: string;
};

export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  options,
  current,
  keepUnknown,
  searchable,
  lookup,
  className,
}: SelectProps) {
  const known = options.some((o) => o.value === current);
  if (searchable) {
    const choices =
      keepUnknown && current && !known ? [{ value: current, label: current, count: 0 }, ...options] : options;
    return (
      <div className={className}>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <Combobox
          id={id}
          name={name}
          choices={choices}
          lookup={lookup}
          value={current ? [current] : []}
          noneLabel={anyLabel}
          className={filterFieldClass}
        />
      </div>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={current ?? ""} className={filterFieldClass}>
        <option value="">{anyLabel}</option>
        {keepUnknown && current && !known ? <option value={current}>{current} (0)</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.count === undefined ? o.label : `${o.label} (${o.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
