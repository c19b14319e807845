"use client";
// The job page's two buttons, each a form of the form kit: "Run now" on a kind of job, "Retry" on a failed run.
// Errors read from Jobs.errors, notices from Jobs.notices.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Form } from "@/components/forms/form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { retryJobAction, runJobNowAction } from "@/lib/jobs/actions";

const buttonClass =
  "rounded border border-stone-500 bg-white px-3 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800 disabled:opacity-70";

function useJobErrorText() {
  const t = useTranslations("Jobs.errors");
  return (code: string) => t((t.has(code as "unknown") ? code : "unknown") as "unknown");
}

function JobForm({
  action: serverAction,
  fields,
  label,
  scope,
}: {
  action: typeof runJobNowAction;
  fields: Record<string, string>;
  label: string;
  scope: string;
}) {
  const t = useTranslations("Jobs.notices");
  const [state, action] = useActionState(serverAction, initialFormState);
  const notice = state.ok && state.notice && t.has(state.notice as "runQueued") ? t(state.notice as "runQueued") : null;
  return (
    <Form errorText={useJobErrorText()} action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className={buttonClass}>{label}</SubmitButton>
      <FormAlert state={state} notice={notice} scope={scope} />
    </Form>
  );
}

export function RunJobNowForm({ name, label }: { name: string; label: string }) {
  return <JobForm action={runJobNowAction} fields={{ name }} label={label} scope={`run-${name}`} />;
}

export function RetryJobForm({ name, id, label }: { name: string; id: string; label: string }) {
  return <JobForm action={retryJobAction} fields={{ name, id }} label={label} scope={`retry-${id}`} />;
}
