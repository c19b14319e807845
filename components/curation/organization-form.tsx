"use client";

import { useLocale, useTranslations } from "next-intl";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { DiasporaChoice } from "@/lib/curation/form-options";
import {
  ChannelKind,
  OnlinePresence,
  OrganizationCategory,
  OrganizationStatus,
  OrganizationType,
  ServedGroup,
} from "@/lib/organizations/enums";
import { DuplicateWarning } from "./duplicate-warning";
import { EntryForm, formSection as section } from "./entry-form";
import { CheckboxGroup, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { SearchableField } from "@/components/forms/searchable-field";
import { LocalizedFields } from "./localized-fields";
import { CitationFields } from "./citation-fields";
import { ORGANIZATION_FACTS } from "@/lib/organizations/facts";

type Props = {
  initialValues: Record<string, string | string[]>;
  isNew: boolean;
  contentLocales: { code: string; name: string; heading: string }[];
  diasporas: DiasporaChoice[];
  countries: { code: string; name: string; keywords?: string }[];
  /** Working languages to choose from (ISO 639-1), kept in the field as codes ("hy, ru"). */
  languages: { code: string; name: string; keywords?: string }[];
  /** Every source the atlas holds, for the citation rows. */
  sources: { value: string; label: string }[];
  restartHref?: string;
};

/** Create or edit an organization; every field keeps what was typed after a failed submit. Works without JS. */
export function OrganizationForm({
  initialValues,
  isNew,
  contentLocales,
  diasporas,
  countries,
  languages,
  sources,
  restartHref,
}: Props) {
  const t = useTranslations("Curate");
  const tEnums = useTranslations("Enums");
  const languageChoices = languages.map((l) => ({
    value: l.code,
    label: l.name,
    keywords: `${l.code} ${l.keywords ?? ""}`,
  }));
  const locale = useLocale();
  return (
    <EntryForm entityType="organization" initialValues={initialValues} restartHref={restartHref}>
      {(state) => {
        const rows = new Set(
          Object.entries(state.values).flatMap(([k, v]) =>
            v !== "" ? (k.match(/^channel\.(\d+)\.url$/)?.[1] ?? []) : [],
          ),
        );
        // Rows typed so far (by their highest number), plus two empty ones for new channels without JS.
        const channelCount = Math.min(30, Math.max(-1, ...[...rows].map(Number)) + 3);
        return (
          <>
            <section aria-labelledby="texts-heading" className={section}>
              <h2 id="texts-heading" className="text-xl font-semibold">
                {t("form.textsHeading")}
              </h2>
              <p className="mt-1 text-sm text-stone-700">{t("form.textsHint")}</p>
              <LocalizedFields
                state={state}
                locales={contentLocales}
                fields={[
                  { name: "name", label: t("fields.name") },
                  { name: "altNames", label: t("fields.altNames"), multiline: true },
                  { name: "city", label: t("fields.city") },
                  { name: "description", label: t("fields.description"), multiline: true },
                ]}
              />
            </section>

            <section aria-labelledby="facts-heading" className={section}>
              <h2 id="facts-heading" className="text-xl font-semibold">
                {t("form.factsHeading")}
              </h2>
              {isNew ? (
                <TextField state={state} name="slug" label={t("fields.slug")} hint={t("form.slugHint")} />
              ) : (
                <input type="hidden" name="slug" value={String(state.values.slug ?? "")} />
              )}
              <TextField state={state} name="acronym" label={t("fields.acronym")} />
              <CheckboxGroup
                state={state}
                name="types"
                legend={t("fields.types")}
                choices={Object.values(OrganizationType).map((v) => ({
                  value: v,
                  label: tEnums(`OrganizationType.${v}`),
                }))}
              />
              <CheckboxGroup
                state={state}
                name="groups"
                legend={t("fields.groups")}
                choices={Object.values(ServedGroup).map((v) => ({ value: v, label: tEnums(`ServedGroup.${v}`) }))}
              />
              <TextField state={state} name="foundedYear" inputMode="numeric" label={t("fields.foundedYear")} />
              <SelectField
                state={state}
                name="status"
                label={t("fields.status")}
                choices={(["UNKNOWN", "ACTIVE", "INACTIVE", "DISSOLVED"] as OrganizationStatus[]).map((v) => ({
                  value: v,
                  label: tEnums(`OrganizationStatus.${v}`),
                }))}
              />
              <div className="sm:max-w-md">
                <TextField
                  state={state}
                  name="dissolvedOn"
                  type="date"
                  label={t("fields.dissolvedOn")}
                  hint={t("form.dissolvedOnHint")}
                />
              </div>
              <SearchableField
                state={state}
                name="languages"
                join=", "
                label={t("fields.languages")}
                hint={t("form.languagesHint")}
                choices={languageChoices}
              />
            </section>

            <section aria-labelledby="links-heading" className={section}>
              <h2 id="links-heading" className="text-xl font-semibold">
                {t("form.linksHeading")}
              </h2>
              <RadioGroup
                state={state}
                name="category"
                legend={t("fields.category")}
                hint={t("form.categoryHint")}
                choices={Object.values(OrganizationCategory).map((v) => ({
                  value: v,
                  label: tEnums(`OrganizationCategory.${v}`),
                }))}
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
              <SearchableField
                state={state}
                name="countryCodes"
                multiple
                label={t("fields.countryCodes")}
                hint={t("form.countriesHint")}
                choices={countries.map((c) => ({ value: c.code, label: c.name, keywords: c.keywords }))}
              />
            </section>

            <section aria-labelledby="channels-heading" className={section}>
              <h2 id="channels-heading" className="text-xl font-semibold">
                {t("form.channelsHeading")}
              </h2>
              <p className="mt-1 text-sm text-stone-700">{t("form.channelsHint")}</p>
              {Array.from({ length: channelCount }, (_, i) => (
                <fieldset
                  key={i}
                  className="mt-4 grid gap-x-4 border-t border-stone-200 pt-2 sm:grid-cols-[10rem_1fr_16rem]"
                >
                  <legend className="font-semibold">{t("form.channel", { number: i + 1 })}</legend>
                  <SelectField
                    state={state}
                    name={`channel.${i}.kind`}
                    label={t("form.channelKind")}
                    choices={Object.values(ChannelKind).map((v) => ({ value: v, label: tEnums(`ChannelKind.${v}`) }))}
                  />
                  <TextField state={state} name={`channel.${i}.url`} type="url" label={t("form.channelUrl")} />
                  <SearchableField
                    state={state}
                    name={`channel.${i}.languages`}
                    join=", "
                    label={t("form.channelLanguages")}
                    choices={languageChoices}
                  />
                </fieldset>
              ))}
              <CheckboxGroup
                state={state}
                name="onlinePresence"
                legend={t("fields.onlinePresence")}
                hint={t("form.onlinePresenceHint")}
                choices={Object.values(OnlinePresence).map((v) => ({ value: v, label: tEnums(`OnlinePresence.${v}`) }))}
              />
            </section>
            <CitationFields
              state={state}
              sources={sources}
              languages={contentLocales}
              facts={[
                "names",
                ...contentLocales.map((l) => `names.${l.code}`),
                "altNames",
                ...contentLocales.map((l) => `altNames.${l.code}`),
                ...ORGANIZATION_FACTS.filter((f) => f !== "names" && f !== "altNames"),
              ]}
            />
            {state.duplicates && state.duplicates.length > 0 && (
              <DuplicateWarning candidates={state.duplicates} languages={contentLocales} />
            )}
          </>
        );
      }}
    </EntryForm>
  );
}
