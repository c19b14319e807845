"use client";
// The visitor's sign-up for the weekly mail of new events: an address and, optionally, a diaspora, a country and a
// city. Works without an account; the confirmation mail's link starts it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextField, type Choice } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { Honeypot } from "@/components/forms/honeypot";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { subscribeDigestAction } from "@/lib/notifications/actions";
import { useNotifyErrorText } from "./error-text";

export function DigestForm({
  diasporas,
  countries,
  initial,
}: {
  diasporas: Choice[];
  countries: Choice[];
  /** Filters carried over from the events list ("?diaspora=armenian&country=RU"). */
  initial: { diaspora: string; country: string; city: string };
}) {
  const t = useTranslations("Notify.subscribe");
  const errorText = useNotifyErrorText();
  const [state, action] = useActionState(subscribeDigestAction, initialFormState);
  const all: Choice = { value: "", label: t("all") };
  return (
    <Form id="subscribe" action={action} errorText={errorText} className="max-w-2xl">
      <FormAlert state={state} notice={state.notice === "checkMailbox" ? t("checkMailbox") : null} />
      <TextField
        state={state}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        label={t("email")}
        maxLength={254}
        narrow
      />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">{t("filters")}</legend>
        <p className="mt-1 text-sm text-stone-700">{t("filtersHint")}</p>
        <SelectField
          state={state}
          name="diaspora"
          label={t("diaspora")}
          choices={[all, ...diasporas]}
          defaultValue={initial.diaspora}
        />
        <SelectField
          state={state}
          name="country"
          label={t("country")}
          choices={[all, ...countries]}
          defaultValue={initial.country}
        />
        <TextField state={state} name="city" label={t("city")} defaultValue={initial.city} maxLength={100} narrow />
      </fieldset>
      <Honeypot scope="subscribe" label={t("honeypot")} />
      <SubmitButton>{t("send")}</SubmitButton>
      <p className="mt-3 max-w-prose text-sm text-stone-700">{t("privacy")}</p>
    </Form>
  );
}
