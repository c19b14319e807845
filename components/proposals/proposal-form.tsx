"use client";
// The public forms that propose a new event or organization without an account (issue #14, item 5). Short: what a
// visitor knows, the page that says it, and optionally a word and an address for the moderators. Their texts are in
// the page's language; the atlas lists every entry under a Russian or English name, so a page in another language
// asks for one of those too. Works like every form of the atlas: refused input stays, errors sit beside their fields.
import { useActionState, useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextField, type Choice } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { Honeypot } from "@/components/forms/honeypot";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { DATABASE_UNAVAILABLE } from "@/lib/curation/result";
import { proposeEntryAction } from "@/lib/proposals/actions";
import { PROPOSAL_LIMITS, type ProposalEntityType } from "@/lib/proposals/limits";
import { ProofOfWork } from "./proof-of-work";

export type ProposalChoices = {
  diasporas: Choice[];
  countries: Choice[];
  /** Event types or organization types, labelled in the page's language. */
  types: Choice[];
  /** The page's language by name ("узбекский"), for the labels of its text fields. */
  languageName: string;
};

/** Propose.errors first, then the curation form's (the entry's own schema answers with its codes). */
function useProposeErrorText() {
  const t = useTranslations("Propose.errors");
  const tCurate = useTranslations("Curate.errors");
  return (code: string) =>
    code === DATABASE_UNAVAILABLE
      ? t("databaseUnavailable")
      : t.has(code as "unknown")
        ? t(code as "unknown")
        : tCurate.has(code as "unknown")
          ? tCurate(code as "unknown")
          : t("unknown");
}

export function ProposalForm({ entityType, choices }: { entityType: ProposalEntityType; choices: ProposalChoices }) {
  const t = useTranslations("Propose");
  const locale = useLocale();
  const errorText = useProposeErrorText();
  const [state, action] = useActionState(proposeEntryAction, initialFormState);
  // A new proof of work after the server used the last one (a sent proposal) or refused it.
  const [round, setRound] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- once per answer of the action
    if (state.ok || state.formError?.startsWith("challenge")) setRound((n) => n + 1);
  }, [state]);

  const formId = `propose-${entityType}`;
  const nameField = entityType === "event" ? "title" : "name";
  const national = locale !== "ru" && locale !== "en";
  const chooseOne: Choice = { value: "", label: t("chooseOne") };
  return (
    <Form id={formId} action={action} errorText={errorText} className="max-w-2xl">
      <FormAlert state={state} notice={state.notice === "thanks" ? t("thanks") : null} />
      <input type="hidden" name="entityType" value={entityType} />

      <section aria-labelledby={`${formId}-what`} className="mt-6">
        <h2 id={`${formId}-what`} className="text-xl font-semibold">
          {t(entityType === "event" ? "eventHeading" : "organizationHeading")}
        </h2>
        {national ? (
          <>
            <TextField
              state={state}
              name={`${nameField}.${locale}`}
              lang={locale}
              label={t(`${nameField}InLanguage`, { language: choices.languageName })}
              maxLength={PROPOSAL_LIMITS.titleMax}
            />
            <TextField
              state={state}
              name={`${nameField}.ru`}
              lang="ru"
              required
              label={t(`${nameField}InRussian`)}
              hint={t("russianOrEnglish")}
              maxLength={PROPOSAL_LIMITS.titleMax}
            />
            <TextField
              state={state}
              name={`${nameField}.en`}
              lang="en"
              label={t(`${nameField}InEnglish`)}
              maxLength={PROPOSAL_LIMITS.titleMax}
            />
          </>
        ) : (
          <TextField
            state={state}
            name={`${nameField}.${locale}`}
            required
            label={t(nameField)}
            maxLength={PROPOSAL_LIMITS.titleMax}
          />
        )}
        <SelectField
          state={state}
          name={entityType === "event" ? "type" : "types"}
          label={t(entityType === "event" ? "eventType" : "organizationType")}
          choices={[chooseOne, ...choices.types]}
        />
        {entityType === "event" && (
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField state={state} name="start" type="date" required label={t("start")} />
            <TextField state={state} name="end" type="date" label={t("end")} hint={t("endHint")} />
          </div>
        )}
        <SelectField
          state={state}
          name="diasporaIds"
          label={t("diaspora")}
          hint={t("diasporaHint")}
          choices={[chooseOne, ...choices.diasporas]}
        />
        <SelectField
          state={state}
          name={entityType === "event" ? "countryCode" : "countryCodes"}
          label={t(entityType === "event" ? "country" : "hostCountry")}
          choices={[chooseOne, ...choices.countries]}
        />
        <TextField state={state} name={`city.${locale}`} lang={locale} label={t("city")} maxLength={120} narrow />
        {entityType === "event" ? (
          <TextField
            state={state}
            name="onlineUrl"
            type="url"
            inputMode="url"
            label={t("onlineUrl")}
            hint={t("onlineUrlHint")}
            maxLength={PROPOSAL_LIMITS.sourceUrlMax}
          />
        ) : (
          <>
            <TextField
              state={state}
              name="websiteUrl"
              type="url"
              inputMode="url"
              label={t("website")}
              maxLength={PROPOSAL_LIMITS.sourceUrlMax}
            />
            <TextField
              state={state}
              name="foundedYear"
              inputMode="numeric"
              label={t("foundedYear")}
              maxLength={4}
              narrow
            />
          </>
        )}
        <TextField
          state={state}
          name={`description.${locale}`}
          lang={locale}
          multiline
          rows={4}
          label={t("description")}
          hint={t("descriptionHint")}
          maxLength={PROPOSAL_LIMITS.textMax}
        />
      </section>

      <section aria-labelledby={`${formId}-source`} className="mt-8">
        <h2 id={`${formId}-source`} className="text-xl font-semibold">
          {t("sourceHeading")}
        </h2>
        <TextField
          state={state}
          name="sourceUrl"
          type="url"
          inputMode="url"
          required
          autoComplete="off"
          label={t("sourceUrl")}
          hint={t("sourceUrlHint")}
          maxLength={PROPOSAL_LIMITS.sourceUrlMax}
        />
        <TextField
          state={state}
          name="note"
          multiline
          rows={3}
          label={t("note")}
          hint={t("noteHint")}
          maxLength={PROPOSAL_LIMITS.noteMax}
        />
        <TextField
          state={state}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("email")}
          hint={t("emailHint")}
          maxLength={PROPOSAL_LIMITS.emailMax}
          narrow
        />
      </section>
      <Honeypot scope={formId} label={t("honeypot")} />
      <ProofOfWork formId={formId} round={round} />
      <SubmitButton>{t("send")}</SubmitButton>
      <p className="mt-3 max-w-prose text-sm text-stone-700">{t("privacy")}</p>
    </Form>
  );
}
