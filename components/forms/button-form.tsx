"use client";
// A form that is one button (with hidden fields): "Read now", "Check again", "Pause"… Its answer shows under it:
// the notice (<namespace>.notices) or the error (<namespace>.errors), announced to screen readers.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export const buttonClass =
  "rounded border border-stone-500 bg-white px-3 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800 disabled:opacity-70";

/** The message namespaces with `errors` (an `unknown` among them) and `notices` that button forms read. */
export type ButtonMessages = "Subscriptions" | "Links";

export function ButtonForm({
  action: serverAction,
  fields,
  label,
  scope,
  hint,
  messages,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  scope: string;
  hint?: string;
  messages: ButtonMessages;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  const t = useTranslations(messages) as unknown as { (key: string): string; has(key: string): boolean };
  const notice = state.ok && state.notice && t.has(`notices.${state.notice}`) ? t(`notices.${state.notice}`) : null;
  const errorText = (code: string) => t(t.has(`errors.${code}`) ? `errors.${code}` : "errors.unknown");
  return (
    <Form errorText={errorText} action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className={buttonClass}>{label}</SubmitButton>
      {hint && <p className="mt-1 text-xs text-stone-700">{hint}</p>}
      <FormAlert state={state} notice={notice} scope={scope} />
    </Form>
  );
}
