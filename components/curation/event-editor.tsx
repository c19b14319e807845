import type { CurrentUser } from "@/lib/auth/current-user";
import type { EventSnapshot } from "@/lib/events/schema";
import { contentLocaleChoices, loadFormOptions } from "@/lib/curation/form-options";
import type { Draft } from "@/lib/curation/get-draft";
import { eventKind } from "@/lib/events/kind";
import { loadOrganizerChoices, organizationChoice } from "@/lib/organizations/organizer-choices";
import { EventForm } from "./event-form";

/** The event form with its choices loaded: a new event (`draft` null) or the draft of a published one. */
export async function EventEditor({
  user,
  locale,
  draft,
  restartHref,
}: {
  user: CurrentUser;
  locale: string;
  draft: Draft<EventSnapshot> | null;
  restartHref?: string;
}) {
  const linked = draft?.snapshot.diasporaIds ?? [];
  const held = draft?.snapshot.translations.map((tr) => tr.locale) ?? [];
  const [options, organizers] = await Promise.all([
    loadFormOptions(user, locale, linked, held),
    loadOrganizerChoices(user, locale, draft?.snapshot.organizerIds ?? []),
  ]);
  // A curator of one diaspora starts a new event with it chosen.
  const initialValues = draft
    ? eventKind.toValues(draft.snapshot, { id: draft.id ?? undefined, version: draft.version })
    : { version: "0", type: "", diasporaIds: options.diasporas.length === 1 ? [options.diasporas[0]!.id] : [] };
  return (
    <EventForm
      isNew={!draft?.id}
      initialValues={initialValues}
      contentLocales={contentLocaleChoices(options.contentLocales, locale)}
      diasporas={options.diasporas}
      countries={options.countries}
      organizations={organizers.choices.map(organizationChoice)}
      organizationLookup={
        organizers.lookup
          ? `/api/choices/organizations?${new URLSearchParams({
              locale,
              ...(organizers.lookup.diasporaIds ? { diasporas: organizers.lookup.diasporaIds.join(",") } : {}),
            })}`
          : undefined
      }
      restartHref={restartHref}
    />
  );
}
