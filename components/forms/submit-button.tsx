"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

const buttonClass =
  "mt-6 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70";

/** The form's submit button: disabled while the action runs, and saying "Sending…" meanwhile. */
export function SubmitButton({
  children,
  disabled,
  className,
}: {
  children: ReactNode;
  /** Disabled for a reason of the form's own (nothing to send), besides while sending. */
  disabled?: boolean;
  className?: string;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <button type="submit" disabled={pending || disabled} className={className ?? buttonClass}>
      {pending ? t("sending") : children}
    </button>
  );
}
