"use client";

import { useTranslations } from "next-intl";
import { EntryForm, formSection as section } from "./entry-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { SearchableField } from "@/components/forms/searchable-field";
import { LocalizedFields } from "./localized-fields";

type Choice = { value: string; label: string; keywords?: string };
type Props = {
  initialValues: Record<string, string | string[]>;
  contentLocales: { code: string; name: string; heading: string }[];
  diasporas: Choice[];
  countries: Choice[];
  sources: Choice[];
  restartHref?: string;
};

/** Create or edit a population figure; every field keeps what was typed after a failed submit. Works without JS. */
export function PresenceForm({ initialValues, contentLocales, diasporas, countries, sources, restartHref }: Props) {
  const t = useTranslations("Curate");
  const choose = { value: "", label: t("form.choose") };
  return (
    <EntryForm entityType="presence" initialValues={initialValues} restartHref={restartHref}>
      {(state) => (
        <>
          <section aria-labelledby="figure-heading" className={section}>
            <h2 id="figure-heading" className="text-xl font-semibold">
              {t("form.figureHeading")}
            </h2>
            <SelectField
              state={state}
              name="diasporaId"
              label={t("fields.diasporaId")}
              choices={[choose, ...diasporas]}
            />
            <SearchableField
              state={state}
              name="hostCountry"
              label={t("fields.hostCountry")}
              noneLabel={choose.label}
              choices={countries}
            />
            <TextField
              state={state}
              name="population"
              inputMode="numeric"
              label={t("fields.population")}
              hint={t("form.populationHint")}
            />
            <TextField
              state={state}
              name="year"
              inputMode="numeric"
              label={t("fields.year")}
              hint={t("form.presenceYearHint")}
            />
          </section>

          <section aria-labelledby="note-heading" className={section}>
            <h2 id="note-heading" className="text-xl font-semibold">
              {t("fields.note")}
            </h2>
            <p className="mt-1 text-sm text-stone-700">{t("form.presenceNoteHint")}</p>
            <p className="mt-1 text-sm text-stone-700">{t("form.presenceInferredHint")}</p>
            <LocalizedFields
              state={state}
              locales={contentLocales}
              fields={[
                { name: "note", label: t("fields.note") },
                { name: "inferredFrom", label: t("fields.inferredFrom") },
              ]}
            />
          </section>

          <section aria-labelledby="source-heading" className={section}>
            <h2 id="source-heading" className="text-xl font-semibold">
              {t("fields.sourceId")}
            </h2>
            <SelectField
              state={state}
              name="sourceId"
              label={t("fields.sourceId")}
              choices={[{ value: "", label: t("form.noSource") }, ...sources]}
            />
            <TextField state={state} name="locator" label={t("fields.locator")} hint={t("form.locatorHint")} />
          </section>
        </>
      )}
    </EntryForm>
  );
}
