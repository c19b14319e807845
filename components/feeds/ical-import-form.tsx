"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { importIcalAction } from "@/lib/feeds/import/actions";
import type { PlanReason, PlanRow } from "@/lib/feeds/import/plan-import";
import { initialIcalImportState, type IcalImportState } from "@/lib/feeds/import/state";

export type Option = { value: string; label: string };

type Props = { diasporas: Option[]; types: Option[]; languages: Option[]; defaultLanguage: string };

const input =
  "mt-1 w-full max-w-xl rounded border border-stone-500 bg-white px-3 py-2 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800 aria-[invalid]:border-red-800";
const button =
  "rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70";

/** An error code in the import's words, else the curation form's (field rules), else a generic message. */
function useErrorText() {
  const t = useTranslations("ImportIcal.errors");
  const curate = useTranslations("Curate.errors");
  return (code: string) =>
    t.has(code as "unknown")
      ? t(code as "unknown")
      : curate.has(code as "unknown")
        ? curate(code as "unknown")
        : t("unknown");
}

function Errors({ id, codes }: { id: string; codes: string[] | undefined }) {
  const text = useErrorText();
  if (!codes?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {codes.map(text).join(" ")}
    </p>
  );
}

function Submit({ children, disabled }: { children: React.ReactNode; disabled?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || disabled} className={`mt-6 ${button}`}>
      {children}
    </button>
  );
}

const one = (state: IcalImportState, name: string, fallback = "") =>
  typeof state.values[name] === "string" ? (state.values[name] as string) : fallback;
const many = (state: IcalImportState, name: string) =>
  Array.isArray(state.values[name]) ? (state.values[name] as string[]) : [];

/**
 * The import form: where the calendar comes from, its language, the default type and the diasporas of new events;
 * a dry run shows the plan row by row, and only then a second form imports exactly that.
 */
export function IcalImportForm({ diasporas, types, languages, defaultLanguage }: Props) {
  const t = useTranslations("ImportIcal");
  const errorText = useErrorText();
  const [state, action] = useActionState(importIcalAction, initialIcalImportState);
  const errors = state.fieldErrors;
  const key = JSON.stringify(state.values);
  const invalid = (name: string) => (errors[name]?.length ? true : undefined);
  return (
    <>
      {state.formError && (
        <p role="alert" className="mt-6 rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {errorText(state.formError)}
        </p>
      )}
      {state.imported && (
        <p role="status" className="mt-6 rounded border border-green-800/40 bg-green-50 px-3 py-2 text-green-950">
          {t("imported", { ...state.imported.counts })}
        </p>
      )}
      <form
        action={action}
        noValidate
        className="mt-6 rounded border border-stone-300 bg-white p-4"
        aria-labelledby="import-source-heading"
        key={key}
      >
        <h2 id="import-source-heading" className="text-xl font-semibold">
          {t("sourceHeading")}
        </h2>
        <input type="hidden" name="intent" value="preview" />
        <Errors id="import-source-error" codes={errors.source} />
        <div className="mt-4">
          <label htmlFor="import-url" className="block font-medium">
            {t("url")}
          </label>
          <p id="import-url-hint" className="mt-1 text-sm text-stone-700">
            {t("urlHint")}
          </p>
          <input
            id="import-url"
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            defaultValue={one(state, "url")}
            aria-invalid={invalid("url")}
            aria-describedby={`import-url-hint${errors.url ? " import-url-error" : ""}`}
            className={input}
          />
          <Errors id="import-url-error" codes={errors.url} />
        </div>
        <div className="mt-4">
          <label htmlFor="import-file" className="block font-medium">
            {t("file")}
          </label>
          <p id="import-file-hint" className="mt-1 text-sm text-stone-700">
            {t("fileHint")}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".ics,text/calendar"
            aria-describedby="import-file-hint"
            className="mt-1 block"
          />
        </div>
        <div className="mt-4">
          <label htmlFor="import-locale" className="block font-medium">
            {t("language")}
          </label>
          <p id="import-locale-hint" className="mt-1 text-sm text-stone-700">
            {t("languageHint")}
          </p>
          <select
            id="import-locale"
            name="locale"
            defaultValue={one(state, "locale", defaultLanguage)}
            aria-describedby="import-locale-hint"
            className={input}
          >
            {languages.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <Errors id="import-locale-error" codes={errors.locale} />
        </div>
        <div className="mt-4">
          <label htmlFor="import-type" className="block font-medium">
            {t("type")}
          </label>
          <p id="import-type-hint" className="mt-1 text-sm text-stone-700">
            {t("typeHint")}
          </p>
          <select
            id="import-type"
            name="type"
            defaultValue={one(state, "type", "OTHER")}
            aria-describedby="import-type-hint"
            className={input}
          >
            {types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <Errors id="import-type-error" codes={errors.type} />
        </div>
        <fieldset
          className="mt-4"
          aria-describedby={`import-diasporas-hint${errors.diasporaIds ? " import-diasporas-error" : ""}`}
          aria-invalid={invalid("diasporaIds")}
        >
          <legend className="font-medium">{t("diasporas")}</legend>
          <p id="import-diasporas-hint" className="mt-1 text-sm text-stone-700">
            {t("diasporasHint")}
          </p>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {diasporas.map((d) => (
              <li key={d.value}>
                <label className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="diasporaIds"
                    value={d.value}
                    defaultChecked={many(state, "diasporaIds").includes(d.value)}
                  />
                  {d.label}
                </label>
              </li>
            ))}
          </ul>
          <Errors id="import-diasporas-error" codes={errors.diasporaIds} />
        </fieldset>
        <Submit>{t("previewButton")}</Submit>
      </form>
      {state.preview && <Preview state={state} action={action} />}
    </>
  );
}

/** "Title (ru)" for the schema's field name "title.ru"; the raw name when it has no label. */
function useFieldLabel() {
  const t = useTranslations("ImportIcal");
  return (field: string) => {
    const [name = field, language] = field.split(".");
    const key = `fields.${name}` as "fields.title";
    const label = t.has(key) ? t(key) : field;
    return language ? t("fieldInLanguage", { field: label, language }) : label;
  };
}

function Reasons({ reasons }: { reasons: PlanReason[] }) {
  const t = useTranslations("ImportIcal");
  const text = useErrorText();
  const label = useFieldLabel();
  return (
    <ul>
      {reasons.map((r, i) => (
        <li key={i}>{r.field ? t("fieldReason", { field: label(r.field), reason: text(r.code) }) : text(r.code)}</li>
      ))}
    </ul>
  );
}

function Details({ row }: { row: PlanRow }) {
  const t = useTranslations("ImportIcal");
  const label = useFieldLabel();
  if (row.action === "reject") return <Reasons reasons={row.reasons} />;
  if (row.action === "create") return <>{t("newAddress", { slug: row.slug ?? "" })}</>;
  if (row.action === "unchanged") return <>{t("sameAsPublished", { slug: row.slug ?? "" })}</>;
  return (
    <>
      {t("changesOf", { slug: row.slug ?? "" })}
      <ul className="mt-1 list-disc pl-5">
        {row.changes.map((c) => (
          <li key={c.field}>
            {label(c.field)}: {c.before || "—"} → {c.after || "—"}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The dry run: counts, a row per event with what will happen and why, and the form that imports exactly this. */
function Preview({ state, action }: { state: IcalImportState; action: (data: FormData) => void }) {
  const t = useTranslations("ImportIcal");
  const preview = state.preview!;
  const writes = preview.counts.create + preview.counts.update;
  return (
    <section aria-labelledby="import-preview-heading" className="mt-8">
      <h2 id="import-preview-heading" className="text-xl font-semibold">
        {t("previewHeading")}
      </h2>
      <p className="mt-2">
        {preview.source.isNew
          ? t("sourceNew", { title: preview.source.title, key: preview.source.key })
          : t("sourceExisting", { title: preview.source.title, key: preview.source.key })}
      </p>
      <p className="mt-1" role="status">
        {t("counts", { ...preview.counts })}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">{t("previewHeading")}</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="p-2">
                {t("col.number")}
              </th>
              <th scope="col" className="p-2">
                {t("col.event")}
              </th>
              <th scope="col" className="p-2">
                {t("col.dates")}
              </th>
              <th scope="col" className="p-2">
                {t("col.action")}
              </th>
              <th scope="col" className="p-2">
                {t("col.details")}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.index} className="border-b border-stone-200 align-top">
                <td className="p-2">{row.index}</td>
                <th scope="row" className="p-2 font-normal">
                  {row.title ?? "—"}
                  {row.uid ? <span className="block break-all text-xs text-stone-600">{row.uid}</span> : null}
                </th>
                <td className="whitespace-nowrap p-2">{[row.start, row.end].filter(Boolean).join(" – ") || "—"}</td>
                <td className="p-2 font-medium">{t(`action.${row.action}`)}</td>
                <td className="p-2">
                  <Details row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form action={action} className="mt-2">
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="url" value={preview.url} />
        <input type="hidden" name="fileName" value={preview.fileName} />
        <input type="hidden" name="calendar" value={preview.calendar} />
        <input type="hidden" name="planHash" value={preview.planHash} />
        <input type="hidden" name="locale" value={one(state, "locale")} />
        <input type="hidden" name="type" value={one(state, "type")} />
        {many(state, "diasporaIds").map((id) => (
          <input key={id} type="hidden" name="diasporaIds" value={id} />
        ))}
        <p className="mt-2 text-sm text-stone-700">{writes > 0 ? t("importHint") : t("nothingToImport")}</p>
        <Submit disabled={writes === 0}>{t("importButton", { count: writes })}</Submit>
      </form>
    </section>
  );
}
