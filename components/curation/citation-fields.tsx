"use client";

import { useTranslations } from "next-intl";
import type { CurationFormState } from "@/lib/curation/result";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import { formSection as section } from "./entry-form";

type Choice = { value: string; label: string };

/**
 * The sources of an edit (issue #13, item 5): each row cites a source the atlas holds for the facts it backs, and
 * one more block describes a source not yet in the atlas. A fact the edit adds or changes that no new citation
 * backs is flagged to the moderator. Rows typed so far plus one empty row; works without JavaScript.
 */
export function CitationFields({
  state,
  sources,
  facts,
  languages,
}: {
  state: CurationFormState;
  sources: Choice[];
  /** The kind's fact names (ORGANIZATION_FACTS, "names.en"…), labelled from Facts.* and the language's name. */
  facts: readonly string[];
  /**
   * Language names by code, as the server wrote them: the browser's own CLDR data may name a language differently,
   * and a label that differs from the server's breaks hydration (the form would be rendered again, losing input).
   */
  languages: readonly { code: string; name: string }[];
}) {
  const t = useTranslations("Curate");
  const tFacts = useTranslations("Facts");
  const languageNames = new Map(languages.map((l) => [l.code, l.name]));
  const label = (fact: string) => {
    const [field, language] = fact.split(".") as [string, string | undefined];
    const name = tFacts.has(field as "names") ? tFacts(field as "names") : field;
    return language ? `${name} (${languageNames.get(language) ?? language})` : name;
  };
  // A row's stored facts are always offered, so a save never drops one the list does not name (another language).
  const choicesFor = (name: string) => {
    const held = [state.values[name] ?? []].flat().filter((f) => !facts.includes(f));
    return [...facts, ...held].map((f) => ({ value: f, label: label(f) }));
  };
  const used = Object.entries(state.values).flatMap(([k, v]) =>
    v !== "" ? (k.match(/^citation\.(\d+)\.sourceId$/)?.[1] ?? []) : [],
  );
  const rows = Math.min(30, Math.max(-1, ...used.map(Number)) + 2);
  return (
    <section aria-labelledby="citations-heading" className={section}>
      <h2 id="citations-heading" className="text-xl font-semibold">
        {t("form.citationsHeading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("form.citationsHint")}</p>
      <input type="hidden" name="citations" value="1" />
      {Array.from({ length: rows }, (_, i) => (
        <fieldset key={i} className="mt-4 border-t border-stone-200 pt-2">
          <legend className="font-semibold">{t("form.citation", { number: i + 1 })}</legend>
          <SelectField
            state={state}
            name={`citation.${i}.sourceId`}
            label={t("fields.sourceId")}
            choices={[{ value: "", label: t("form.noSource") }, ...sources]}
          />
          <CheckboxGroup
            state={state}
            name={`citation.${i}.facts`}
            legend={t("form.citedFacts")}
            choices={choicesFor(`citation.${i}.facts`)}
          />
          <TextField
            state={state}
            name={`citation.${i}.locator`}
            label={t("fields.locator")}
            hint={t("form.locatorHint")}
          />
        </fieldset>
      ))}
      <fieldset className="mt-6 border-t border-stone-200 pt-2">
        <legend className="font-semibold">{t("form.newSourceHeading")}</legend>
        <p className="text-sm text-stone-700">{t("form.newSourceHint")}</p>
        <TextField state={state} name="newSource.title" label={t("fields.sourceTitle")} />
        <TextField state={state} name="newSource.authors" label={t("form.authorOrPublisher")} />
        <TextField state={state} name="newSource.url" type="url" label={t("fields.url")} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField state={state} name="newSource.year" inputMode="numeric" label={t("fields.year")} />
          <TextField
            state={state}
            name="newSource.accessedOn"
            type="date"
            label={t("fields.accessedOn")}
            hint={t("form.accessedOnHint")}
          />
        </div>
        <TextField
          state={state}
          name="newSource.archiveUrl"
          type="url"
          label={t("fields.archiveUrl")}
          hint={t("form.archiveUrlHint")}
        />
        <CheckboxGroup
          state={state}
          name="newSource.facts"
          legend={t("form.citedFacts")}
          choices={choicesFor("newSource.facts")}
        />
        <TextField state={state} name="newSource.locator" label={t("fields.locator")} hint={t("form.locatorHint")} />
      </fieldset>
    </section>
  );
}
