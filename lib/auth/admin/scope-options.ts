import "server-only";
import { db } from "@/lib/db/client";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";

export type DiasporaOption = { id: string; slug: string; name: LocalizedText | null };

/** Every diaspora a role can be scoped to, by name in the page's language. */
export async function listDiasporaOptions(locale: string): Promise<DiasporaOption[]> {
  const rows = await db.diaspora.findMany({
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  return rows
    .map((d) => ({ id: d.id, slug: d.slug, name: pickLocalized(d.translations, "name", locale) }))
    .sort((a, b) => (a.name?.value ?? a.slug).localeCompare(b.name?.value ?? b.slug, locale));
}
