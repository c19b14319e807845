import "server-only";
import { db } from "@/lib/db/client";

export type SourceChoice = { id: string; label: string };

const MAX_LABEL = 110;

/** Every source by title (with its year, shortened to fit a select), for forms that cite one. */
export async function loadSourceChoices(locale: string): Promise<SourceChoice[]> {
  const rows = await db.source.findMany({ select: { id: true, title: true, year: true } });
  return rows
    .sort((a, b) => a.title.localeCompare(b.title, locale) || a.id.localeCompare(b.id))
    .map((s) => {
      const title = s.title.length > MAX_LABEL ? `${s.title.slice(0, MAX_LABEL - 1).trimEnd()}…` : s.title;
      return { id: s.id, label: s.year ? `${title} (${s.year})` : title };
    });
}
