"use client";

import { useLocale, useTranslations } from "next-intl";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { DiasporaChoice } from "@/lib/curation/form-options";
import { EventDateBasis, EventType } from "@/lib/events/enums";
import { EntryForm, formSection as section } from "./entry-form";
import { CheckboxField, CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import { SearchableField } from "@/components/forms/searchable-field";
import type { ComboboxChoice } from "@/components/ui/combobox";
import { LocalizedFields } from "./localized-fields";

type Props = {
  initialValues: Record<string, string | string[]>;
  isNew: boolean;
  contentLocales: { code: string; name: string; heading: string }[];
  diasporas: DiasporaChoice[];
  countries: { code: string; name: string; keywords?: string }[];
  /** Organizations to pick organizers from, labelled as readers see them (`lang`: the label's language). */
  organizations: ComboboxChoice[];
  /** Where the organizer field finds the organizations it does not list (none when it lists every one it may link). */
  organizationLookup?: string;
  restartHref?: string;
};

/** Create or edit an event; every field keeps what was typed after a failed submit. Works without JS. */
export function EventForm({
  initialValues,
  isNew,
  contentLocales,
  diasporas,
  countries,
  organizations,
  organizationLookup,
  restartHref,
}: Props) {
  const t = useTranslations("Curate");
  const tEnums = useTranslations("Enums");
  const locale = useLocale();
  const types = Object.values(EventType)
    .map((v) => ({ value: v, label: tEnums(`EventType.${v}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <EntryForm entityType="event" initialValues={initialValues} restartHref={restartHref}>
      {(state) => (
        <>
          <section aria-labelledby="texts-heading" className={section}>
            <h2 id="texts-heading" className="text-xl font-semibold">
              {t("form.eventTextsHeading")}
            </h2>
            <p className="mt-1 text-sm text-stone-700">{t("form.eventTextsHint")}</p>
            <LocalizedFields
              state={state}
              locales={contentLocales}
              fields={[
                { name: "title", label: t("fields.title") },
                { name: "city", label: t("fields.city") },
                { name: "recurrence", label: t("fields.recurrence") },
                { name: "description", label: t("fields.description"), multiline: true },
              ]}
            />
          </section>

          <section aria-labelledby="facts-heading" className={section}>
            <h2 id="facts-heading" className="text-xl font-semibold">
              {t("form.whenWhereHeading")}
            </h2>
            {isNew ? (
              <TextField state={state} name="slug" label={t("fields.slug")} hint={t("form.slugHint")} />
            ) : (
              <input type="hidden" name="slug" value={String(state.values.slug ?? "")} />
            )}
            <SelectField
              state={state}
              name="type"
              label={t("fields.type")}
              choices={[{ value: "", label: t("form.chooseOne") }, ...types]}
            />
            <TextField
              state={state}
              name="start"
              inputMode="numeric"
              label={t("fields.start")}
              hint={t("form.dateHint")}
            />
            <TextField
              state={state}
              name="end"
              inputMode="numeric"
              label={t("fields.end")}
              hint={t("form.endDateHint")}
            />
            <CheckboxField
              state={state}
              name="dateBasis"
              value={EventDateBasis.REPORT}
              label={t("fields.dateBasis")}
              hint={t("form.dateBasisHint")}
            />
            <SearchableField
              state={state}
              name="countryCode"
              label={t("fields.countryCode")}
              noneLabel={t("form.notGiven")}
              choices={countries.map((c) => ({ value: c.code, label: c.name, keywords: c.keywords }))}
            />
            <TextField
              state={state}
              name="onlineUrl"
              type="url"
              label={t("fields.onlineUrl")}
              hint={t("form.onlineUrlHint")}
            />
          </section>

          <section aria-labelledby="links-heading" className={section}>
            <h2 id="links-heading" className="text-xl font-semibold">
              {t("form.eventLinksHeading")}
            </h2>
            <SearchableField
              state={state}
              name="organizerIds"
              multiple
              label={t("fields.organizerIds")}
              hint={t("form.organizersHint")}
              choices={organizations}
              lookup={organizationLookup}
            />
            <CheckboxGroup
              state={state}
              name="diasporaIds"
              legend={t("fields.diasporaIds")}
              choices={diasporas.map((d) => ({
                value: d.id,
                label: <LocalizedTextView text={d.name} pageLocale={locale} fallback={d.slug} />,
              }))}
            />
          </section>
        </>
      )}
    </EntryForm>
  );
}
