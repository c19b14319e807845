"use client";
// The subscriptions page's forms, each of the form kit: subscribing a calendar, and the buttons on a subscription
// (read now, pause or resume, trust or stop trusting, remove). Errors read from Subscriptions.errors, notices from
// Subscriptions.notices.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ButtonForm } from "@/components/forms/button-form";
import { TextField, SelectField, type Choice } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SearchableField } from "@/components/forms/searchable-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ComboboxChoice } from "@/components/ui/combobox";
import { initialFormState } from "@/lib/actions/form-state";
import {
  createSubscriptionAction,
  deleteSubscriptionAction,
  pauseSubscriptionAction,
  pollSubscriptionAction,
  trustSubscriptionAction,
} from "@/lib/subscriptions/actions";

function useErrorText() {
  const t = useTranslations("Subscriptions.errors");
  return (code: string) => t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}

function useNotice(notice: string | undefined) {
  const t = useTranslations("Subscriptions.notices");
  return notice && t.has(notice as "saved") ? t(notice as "saved") : null;
}

export function SubscribeForm({
  organizations,
  organizationLookup,
  languages,
  eventTypes,
  defaultLocale,
}: {
  organizations: ComboboxChoice[];
  organizationLookup?: string;
  languages: Choice[];
  eventTypes: Choice[];
  defaultLocale: string;
}) {
  const t = useTranslations("Subscriptions");
  const [state, action] = useActionState(createSubscriptionAction, initialFormState);
  const notice = useNotice(state.ok ? state.notice : undefined);
  return (
    <Form errorText={useErrorText()} action={action} className="max-w-2xl">
      <FormAlert state={state} notice={notice} scope="subscribe" />
      <SearchableField
        state={state}
        name="organizationId"
        label={t("fields.organizationId")}
        noneLabel={t("fields.chooseOrganization")}
        choices={organizations}
        lookup={organizationLookup}
        scope="subscribe"
      />
      <TextField
        state={state}
        name="url"
        type="url"
        inputMode="url"
        label={t("fields.url")}
        hint={t("fields.urlHint")}
        maxLength={2000}
        scope="subscribe"
      />
      <SelectField
        state={state}
        name="locale"
        label={t("fields.locale")}
        choices={languages}
        defaultValue={defaultLocale}
        scope="subscribe"
      />
      <SelectField
        state={state}
        name="eventType"
        label={t("fields.eventType")}
        choices={eventTypes}
        defaultValue="OTHER"
        scope="subscribe"
      />
      <SubmitButton className="mt-5 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70">
        {t("submit")}
      </SubmitButton>
    </Form>
  );
}

/** The buttons on one subscription; `canTrust` for admins. */
export function SubscriptionButtons({
  id,
  paused,
  trusted,
  canTrust,
}: {
  id: string;
  paused: boolean;
  trusted: boolean;
  canTrust: boolean;
}) {
  const t = useTranslations("Subscriptions");
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2">
      <ButtonForm
        messages="Subscriptions"
        action={pollSubscriptionAction}
        fields={{ id }}
        label={t("pollNow")}
        scope={`poll-${id}`}
      />
      <ButtonForm
        messages="Subscriptions"
        action={pauseSubscriptionAction}
        fields={{ id, on: paused ? "0" : "1" }}
        label={paused ? t("resume") : t("pause")}
        scope={`pause-${id}`}
      />
      {canTrust && (
        <ButtonForm
          messages="Subscriptions"
          action={trustSubscriptionAction}
          fields={{ id, on: trusted ? "0" : "1" }}
          label={trusted ? t("untrust") : t("trust")}
          scope={`trust-${id}`}
        />
      )}
      <details className="text-sm">
        <summary className="cursor-pointer rounded px-2 py-1 text-red-900 underline">{t("remove")}</summary>
        <div className="mt-2">
          <ButtonForm
            messages="Subscriptions"
            action={deleteSubscriptionAction}
            fields={{ id }}
            label={t("remove")}
            hint={t("removeHint")}
            scope={`remove-${id}`}
          />
        </div>
      </details>
    </div>
  );
}
