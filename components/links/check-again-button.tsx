"use client";
import { useTranslations } from "next-intl";
import { ButtonForm } from "@/components/forms/button-form";
import { checkLinksAgainAction } from "@/lib/links/actions";

/** "Check again now" for one organization's addresses (queued; the page shows the result once the check ran). */
export function CheckAgainButton({ organizationId }: { organizationId: string }) {
  const t = useTranslations("Links");
  return (
    <ButtonForm
      messages="Links"
      action={checkLinksAgainAction}
      fields={{ organizationId }}
      label={t("checkAgain")}
      scope={`check-${organizationId}`}
    />
  );
}
