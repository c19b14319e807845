// The page around a public proposal form: what happens to a proposal, then the form. The form's client messages are
// its own namespace, the curation errors its entry's schema answers with, and the public ones every page has.
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from "@/components/layout/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { loadProposalChoices } from "@/lib/proposals/choices";
import type { Locale } from "@/lib/i18n/routing";
import type { ProposalEntityType } from "@/lib/proposals/limits";
import { ProposalForm } from "./proposal-form";

export async function ProposalPage({ entityType, locale }: { entityType: ProposalEntityType; locale: Locale }) {
  const [t, messages, choices] = await Promise.all([
    getTranslations("Propose"),
    getMessages(),
    loadProposalChoices(entityType, locale),
  ]);
  const curate = messages.Curate as AbstractIntlMessages | undefined;
  const clientMessages: AbstractIntlMessages = {
    ...pickMessages(messages, [...PUBLIC_CLIENT_NAMESPACES, "Propose"]),
    Curate: { errors: curate?.errors ?? {} },
  };
  return (
    <>
      <h1 className="text-title font-semibold">{t(entityType === "event" ? "eventTitle" : "organizationTitle")}</h1>
      <p className="mt-3 max-w-prose text-stone-800">{t("intro")}</p>
      <p className="mt-2 max-w-prose text-stone-800">
        {t.rich("curatorsInstead", {
          link: (chunks) => (
            <Link href="/sign-in" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <NextIntlClientProvider messages={clientMessages}>
        <ProposalForm entityType={entityType} choices={choices} />
      </NextIntlClientProvider>
    </>
  );
}
