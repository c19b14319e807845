import "server-only";
import { db } from "@/lib/db/client";
import { pickLocalized } from "@/lib/i18n/localized";

/** Diaspora names by slug in the page's language (or the fallback chain's next one); the slug when none. */
export async function diasporaNames(slugs: string[], locale: string): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.diaspora.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  });
  return new Map(rows.map((r) => [r.slug, pickLocalized(r.translations, "name", locale)?.value ?? r.slug]));
}
