import type { CurrentUser } from "@/lib/auth/current-user";
import { contentLocaleChoices, loadFormOptions } from "@/lib/curation/form-options";
import type { Draft } from "@/lib/curation/get-draft";
import { organizationKind } from "@/lib/organizations/kind";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";
import { loadSourceChoices } from "@/lib/sources/source-choices";
import { OrganizationForm } from "./organization-form";

/** The organization form with its choices loaded: a new entry (`draft` null) or the draft of a published one. */
export async function OrganizationEditor({
  user,
  locale,
  draft,
  restartHref,
}: {
  user: CurrentUser;
  locale: string;
  draft: Draft<OrganizationSnapshot> | null;
  restartHref?: string;
}) {
  const linked = draft?.snapshot.diasporaIds ?? [];
  const held = draft?.snapshot.translations.map((tr) => tr.locale) ?? [];
  const [options, sources] = await Promise.all([
    loadFormOptions(user, locale, linked, held),
    loadSourceChoices(locale),
  ]);
  // A curator of one diaspora starts a new entry with it chosen.
  const initialValues = draft
    ? organizationKind.toValues(draft.snapshot, { id: draft.id ?? undefined, version: draft.version })
    : {
        version: "0",
        status: "UNKNOWN",
        diasporaIds: options.diasporas.length === 1 ? [options.diasporas[0]!.id] : [],
      };
  return (
    <OrganizationForm
      isNew={!draft?.id}
      initialValues={initialValues}
      contentLocales={contentLocaleChoices(options.contentLocales, locale)}
      diasporas={options.diasporas}
      countries={options.countries}
      languages={options.languages}
      sources={sources.map((s) => ({ value: s.id, label: s.label }))}
      restartHref={restartHref}
    />
  );
}
