import { contentLocaleChoices, loadFormOptions } from "@/lib/curation/form-options";
import { presenceKind } from "@/lib/diasporas/presence/kind";
import type { PresenceSnapshot } from "@/lib/diasporas/presence/schema";
import { loadSourceChoices } from "@/lib/sources/source-choices";
import type { EditorProps } from "./editors";
import { PresenceForm } from "./presence-form";

/**
 * The population-figure form with its choices: the curator's diasporas (plus the figure's own), every host country,
 * every source. A new figure starts with the diaspora of `?diaspora=<slug>`, or the curator's only one.
 */
export async function PresenceEditor({ user, locale, draft, query, restartHref }: EditorProps) {
  const snapshot = draft?.snapshot as PresenceSnapshot | undefined;
  const [offered, sources] = await Promise.all([
    loadFormOptions(user, locale, snapshot ? [snapshot.diasporaId] : [], snapshot ? Object.keys(snapshot.note) : []),
    loadSourceChoices(locale),
  ]);
  const asked =
    !snapshot && typeof query.diaspora === "string"
      ? offered.diasporas.find((d) => d.slug === query.diaspora)
      : undefined;
  // The diaspora asked for brings its national languages too (a global moderator has no diasporas of their own).
  const options = asked ? await loadFormOptions(user, locale, [asked.id]) : offered;
  const preselected = asked ?? (options.diasporas.length === 1 ? options.diasporas[0] : undefined);
  const initialValues = snapshot
    ? presenceKind.toValues(snapshot, { id: draft!.id ?? undefined, version: draft!.version })
    : { version: "0", diasporaId: preselected?.id ?? "" };
  return (
    <PresenceForm
      initialValues={initialValues}
      contentLocales={contentLocaleChoices(options.contentLocales, locale)}
      diasporas={options.diasporas.map((d) => ({ value: d.id, label: d.name?.value ?? d.slug }))}
      countries={options.countries.map((c) => ({ value: c.code, label: c.name, keywords: c.keywords }))}
      sources={sources.map((s) => ({ value: s.id, label: s.label }))}
      restartHref={restartHref}
    />
  );
}
