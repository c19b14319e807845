"use client";
// The account page's mail settings: moderators choose mail at once, a daily digest or none; everyone with revisions
// chooses whether to hear the decisions. Mails go in the language of the page the settings were saved on.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, RadioGroup } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveMailSettingsAction } from "@/lib/notifications/actions";
import { useNotifyErrorText } from "./error-text";

export function MailSettingsForm({
  moderationMail,
  decisionMail,
  moderator,
}: {
  moderationMail: string;
  decisionMail: boolean;
  /** Moderators and admins: the queue's mail is theirs to choose. */
  moderator: boolean;
}) {
  const t = useTranslations("Notify.settings");
  const errorText = useNotifyErrorText();
  const [state, action] = useActionState(saveMailSettingsAction, {
    ok: false,
    values: { moderationMail, decisionMail: decisionMail ? "1" : "" },
    fieldErrors: {},
  });
  return (
    <Form action={action} errorText={errorText} className="max-w-2xl">
      <FormAlert state={state} notice={state.notice === "mailSettingsSaved" ? t("saved") : null} />
      {moderator ? (
        <RadioGroup
          state={state}
          name="moderationMail"
          legend={t("moderation")}
          choices={[
            { value: "IMMEDIATE", label: t("immediate") },
            { value: "DAILY", label: t("daily") },
            { value: "OFF", label: t("off") },
          ]}
        />
      ) : (
        <input type="hidden" name="moderationMail" value={String(state.values?.moderationMail ?? moderationMail)} />
      )}
      <CheckboxField state={state} name="decisionMail" value="1" label={t("decisions")} hint={t("decisionsHint")} />
      <p className="mt-3 text-sm text-stone-700">{t("language")}</p>
      <SubmitButton>{t("save")}</SubmitButton>
    </Form>
  );
}
