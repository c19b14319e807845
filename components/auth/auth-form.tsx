"use client";
// The accounts' forms (sign-in, password reset, invitations, roles, sessions) on the form kit (components/forms):
// their error codes read from Auth.errors, their notices from Auth.notices.
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import type { FormState } from "@/lib/actions/form-state";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";

/** Translates a locale-agnostic error code (Auth.errors.<code>); unknown codes read as a generic error. */
export function useAuthErrorText() {
  const t = useTranslations("Auth.errors");
  return (code: string) => {
    const key = (t.has(code as "unknown") ? code : "unknown") as "passwordTooShort";
    return t(key, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  };
}

type Props = Omit<ComponentProps<"form">, "action"> & {
  state: FormState;
  action: (data: FormData) => void;
  /** The fields' id scope, when a page holds several of these forms (see fieldId). */
  scope?: string;
};

/** A <Form> with the accounts' error texts and, above the fields, the alert or the notice after success. */
export function AuthForm({ state, scope, children, ...props }: Props) {
  const tNotices = useTranslations("Auth.notices");
  const notice =
    state.notice && tNotices.has(state.notice as "resetSent") ? tNotices(state.notice as "resetSent") : null;
  return (
    <Form errorText={useAuthErrorText()} {...props}>
      <FormAlert state={state} notice={notice} scope={scope} />
      {children}
    </Form>
  );
}
