import "server-only";
// Citations of an entry by its address, for the .bib and .json downloads (the pages build theirs from what they
// already loaded).
import { getDiaspora } from "@/lib/diasporas/get-diaspora";
import type { Locale } from "@/lib/i18n/routing";
import { pageCitations, type PageCitations } from "./cite-work";
import type { CitableKind } from "./types";
import { eventAtVersion, organizationAtVersion } from "./version-view";

export async function entryCitations(
  kind: CitableKind,
  slug: string,
  locale: Locale,
  version?: number,
): Promise<PageCitations | null> {
  if (kind === "organization") {
    const found = await organizationAtVersion(slug, locale, version);
    if (!found) return null;
    return pageCitations(
      { kind, slug, title: found.profile.name, version: found.version.shown, published: found.version.published },
      locale,
    );
  }
  if (kind === "event") {
    const found = await eventAtVersion(slug, locale, version);
    if (!found) return null;
    return pageCitations(
      { kind, slug, title: found.event.title, version: found.version.shown, published: found.version.published },
      locale,
    );
  }
  const diaspora = await getDiaspora(slug, locale);
  if (!diaspora) return null;
  return pageCitations({ kind, slug, title: diaspora.name, version: null, published: diaspora.updatedAt }, locale);
}
