"use client";
// The button on the pages a digest's mail links to: confirm the weekly mail, or end it. The link's id and token go
// along hidden; a wrong or spent link is answered in words.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { confirmDigestAction, unsubscribeDigestAction } from "@/lib/notifications/actions";
import { useNotifyErrorText } from "./error-text";

export function DigestLinkForm({
  intent,
  id,
  token,
}: {
  intent: "confirm" | "unsubscribe";
  id: string;
  token: string;
}) {
  const t = useTranslations("Notify");
  const errorText = useNotifyErrorText();
  const [state, action] = useActionState(
    intent === "confirm" ? confirmDigestAction : unsubscribeDigestAction,
    initialFormState,
  );
  return (
    <Form action={action} errorText={errorText} className="max-w-2xl">
      <FormAlert
        state={state}
        notice={
          state.notice === "confirmed"
            ? t("confirm.done")
            : state.notice === "unsubscribed"
              ? t("unsubscribe.done")
              : null
        }
      />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="token" value={token} />
      {!state.ok && <SubmitButton>{t(intent === "confirm" ? "confirm.button" : "unsubscribe.button")}</SubmitButton>}
    </Form>
  );
}
