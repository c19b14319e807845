"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FieldErrors, FileField, SelectField, TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { importIcalAction } from "@/lib/feeds/import/actions";
import type { PlanReason, PlanRow } from "@/lib/feeds/import/plan-import";
import { initialIcalImportState, type IcalImportState } from "@/lib/feeds/import/state";

export type Option = { value: string; label: string };

type Props = { diasporas: Option[]; types: Option[]; languages: Option[]; defaultLanguage: string };

/** An error code in the import's words, else the curation form's (field rules), else a generic message. */
function useIcalErrorText() {
  const t = useTranslations("ImportIcal.errors");
  const curate = useTranslations("Curate.errors");
  return (code: string) =>
    t.has(code as "unknown")
      ? t(code as "unknown")
      : curate.has(code as "unknown")
        ? curate(code as "unknown")
        : t("unknown");
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
  const errorText = useIcalErrorText();
  const [state, action] = useActionState(importIcalAction, initialIcalImportState);
  const key = JSON.stringify(state.values);
  return (
    <>
      <Form
        action={action}
        errorText={errorText}
        className="mt-6 rounded border border-stone-300 bg-white p-4"
        aria-labelledby="import-source-heading"
        key={key}
      >
        <h2 id="import-source-heading" className="text-xl font-semibold">
          {t("sourceHeading")}
        </h2>
        <FormAlert
          state={state}
          notice={state.imported ? t("imported", { ...state.imported.counts }) : null}
          fieldOf={{ source: "url" }}
        />
        <input type="hidden" name="intent" value="preview" />
        <FieldErrors state={state} name="source" />
        <TextField
          state={state}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          label={t("url")}
          hint={t("urlHint")}
        />
        <FileField state={state} name="file" label={t("file")} hint={t("fileHint")} accept=".ics,text/calendar" />
        <SelectField
          state={state}
          name="locale"
          label={t("language")}
          hint={t("languageHint")}
          choices={languages}
          defaultValue={defaultLanguage}
        />
        <SelectField
          state={state}
          name="type"
          label={t("type")}
          hint={t("typeHint")}
          choices={types}
          defaultValue="OTHER"
        />
        <CheckboxGroup
          state={state}
          name="diasporaIds"
          legend={t("diasporas")}
          hint={t("diasporasHint")}
          choices={diasporas}
        />
        <SubmitButton>{t("previewButton")}</SubmitButton>
      </Form>
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
  const text = useIcalErrorText();
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
  const errorText = useIcalErrorText();
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
      <div className="mt-4 relative overflow-x-auto">
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
      <Form action={action} errorText={errorText} className="mt-2">
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
        <SubmitButton disabled={writes === 0}>{t("importButton", { count: writes })}</SubmitButton>
      </Form>
    </section>
  );
}
