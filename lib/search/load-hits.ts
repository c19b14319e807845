import "server-only";
import { db } from "@/lib/db/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { hasMatch } from "./highlight";
import type { SearchKind } from "./match";
import { pickMatching } from "./pick-matching";
import type { SearchTerm } from "./query";
import type { SearchHit } from "./types";

type Row = {
  id: string;
  slug: string;
  acronym?: string | null;
  category?: "DIASPORA_ORGANIZATION" | "RELATED_INSTITUTION";
  startDate?: Date | null;
  datePrecision?: "DAY" | "MONTH" | "YEAR";
  translations: { locale: string; name: string | null; city?: string | null; description: string | null }[];
};

const text = { locale: true, description: true } as const;

function rowsFor(kind: SearchKind, ids: string[]): Promise<Row[]> {
  const where = { id: { in: ids } };
  if (kind === "organization") {
    return db.organization.findMany({
      where,
      select: {
        id: true,
        slug: true,
        acronym: true,
        category: true,
        translations: { select: { ...text, name: true, city: true } },
      },
    });
  }
  if (kind === "diaspora")
    return db.diaspora.findMany({
      where,
      select: { id: true, slug: true, translations: { select: { ...text, name: true } } },
    });
  return db.event
    .findMany({
      where,
      select: {
        id: true,
        slug: true,
        startDate: true,
        datePrecision: true,
        translations: { select: { ...text, title: true, city: true } },
      },
    })
    .then((events) =>
      events.map(({ translations, ...e }) => ({
        ...e,
        translations: translations.map(({ title, ...t }) => ({ ...t, name: title })),
      })),
    );
}

function toHit(kind: SearchKind, row: Row, locale: string, terms: SearchTerm[]): SearchHit {
  const name = pickLocalized(row.translations, "name", locale);
  return {
    kind,
    slug: row.slug,
    name,
    matchedName: name && hasMatch(name.value, terms) ? null : pickMatching(row.translations, "name", locale, terms),
    acronym: row.acronym ?? null,
    relatedInstitution: row.category === "RELATED_INSTITUTION",
    city: pickLocalized(row.translations, "city", locale),
    description:
      pickMatching(row.translations, "description", locale, terms) ??
      pickLocalized(row.translations, "description", locale),
    start: row.startDate
      ? { date: row.startDate.toISOString().slice(0, 10), precision: row.datePrecision ?? "DAY" }
      : null,
  };
}

/** The entities behind ranked ids, as search hits in the same order. */
export async function loadHits(
  kind: SearchKind,
  ids: string[],
  locale: string,
  terms: SearchTerm[],
): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await rowsFor(kind, ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(kind, row, locale, terms)] : [];
  });
}
