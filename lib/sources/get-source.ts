import "server-only";
// A source's own page (/{locale}/sources/{key}): its record, the works it cites footnote by footnote, the sources
// that cite it, the figures it reports or that another source attributes to it, and the atlas's entries that cite it.
import { db } from "@/lib/db/client";
import { sortByText } from "@/lib/i18n/collate";
import { pickLocalized, type LocalizedText } from "@/lib/i18n/localized";
import { pickLocalizedJson } from "@/lib/i18n/localized-json";
import { isSlug } from "@/lib/validation/text";
import { citedSourceSelect, type Citation } from "./citation";

type SourceRecord = Citation["source"];

export type SourceFigureView = {
  key: string;
  value: number;
  bound: "EXACT" | "MORE_THAN" | "LESS_THAN" | "ABOUT";
  unit: "COUNT" | "PERCENT";
  /** What the figure counts, in the atlas's words (so the page says it wrote them). */
  measure: LocalizedText | null;
  quote: string;
  quoteLocale: string;
  locator: string;
  asOfYear: number | null;
  note: LocalizedText | null;
  /** The source that reports the figure. */
  reportedBy: SourceRecord;
  /** The work the reporting source attributes it to, with the footnote that does. */
  attributedTo: SourceRecord | null;
  footnote: number | null;
};

export type SourcePage = {
  source: SourceRecord;
  /** The works it cites, by footnote; a footnote citing several works lists them in the order stored. */
  references: {
    footnote: number;
    locator: string | null;
    context: string | null;
    contextLocale: string | null;
    cited: SourceRecord;
  }[];
  citedBy: { footnote: number; locator: string | null; citing: SourceRecord }[];
  figures: SourceFigureView[];
  entries: {
    organizations: { slug: string; name: LocalizedText | null; facts: string[] }[];
    events: { slug: string; title: LocalizedText | null; facts: string[] }[];
    diasporas: { slug: string; name: LocalizedText | null; facts: string[] }[];
  };
};

const dated = <T extends { accessedOn: Date | null }>(s: T) => ({
  ...s,
  accessedOn: s.accessedOn ? s.accessedOn.toISOString().slice(0, 10) : null,
});

const figureSelect = {
  key: true,
  value: true,
  bound: true,
  unit: true,
  measure: true,
  quote: true,
  quoteLocale: true,
  locator: true,
  asOfYear: true,
  note: true,
  footnote: true,
  source: { select: citedSourceSelect },
  attributedTo: { select: citedSourceSelect },
} as const;

const named = { select: { locale: true, name: true } } as const;
const titled = { select: { locale: true, title: true } } as const;

/** The source with this key as its page shows it; null when there is none. */
export async function getSource(key: string, locale: string): Promise<SourcePage | null> {
  if (!isSlug(key)) return null;
  const row = await db.source.findUnique({
    where: { key },
    select: {
      ...citedSourceSelect,
      references: {
        select: {
          footnote: true,
          locator: true,
          context: true,
          contextLocale: true,
          cited: { select: citedSourceSelect },
        },
        orderBy: [{ footnote: "asc" }, { position: "asc" }],
      },
      citedBy: {
        select: { footnote: true, locator: true, citing: { select: citedSourceSelect } },
        orderBy: [{ footnote: "asc" }],
      },
      figures: { select: figureSelect, orderBy: { key: "asc" } },
      attributions: { select: figureSelect, orderBy: { key: "asc" } },
      organizations: {
        select: { facts: true, organization: { select: { slug: true, translations: named } } },
      },
      events: { select: { facts: true, event: { select: { slug: true, translations: titled } } } },
      diasporas: {
        select: { facts: true, diaspora: { select: { slug: true, translations: named } } },
      },
    },
  });
  if (!row) return null;
  const { references, citedBy, figures, attributions, organizations, events, diasporas, ...record } = row;
  const byName = <T extends { name: LocalizedText | null; slug: string }>(list: T[]) =>
    sortByText(list, (x) => x.name?.value ?? x.slug, locale);
  return {
    source: dated(record),
    references: references.map((r) => ({ ...r, cited: dated(r.cited) })),
    citedBy: citedBy.map((r) => ({ ...r, citing: dated(r.citing) })),
    figures: [...figures, ...attributions].map((f) => toFigureView(f, locale)),
    entries: {
      organizations: byName(
        organizations.map(({ facts, organization: o }) => ({
          slug: o.slug,
          name: pickLocalized(o.translations, "name", locale),
          facts,
        })),
      ),
      events: sortByText(
        events.map(({ facts, event: e }) => ({
          slug: e.slug,
          title: pickLocalized(e.translations, "title", locale),
          facts,
        })),
        (x) => x.title?.value ?? x.slug,
        locale,
      ),
      diasporas: byName(
        diasporas.map(({ facts, diaspora: d }) => ({
          slug: d.slug,
          name: pickLocalized(d.translations, "name", locale),
          facts,
        })),
      ),
    },
  };
}

type FigureRow = Awaited<ReturnType<typeof readFigures>>[number];
const readFigures = () => db.sourceFigure.findMany({ select: figureSelect, orderBy: { key: "asc" } });

function toFigureView(f: FigureRow, locale: string): SourceFigureView {
  return {
    key: f.key,
    value: f.value,
    bound: f.bound,
    unit: f.unit,
    measure: pickLocalizedJson(f.measure, locale),
    quote: f.quote,
    quoteLocale: f.quoteLocale,
    locator: f.locator,
    asOfYear: f.asOfYear,
    note: pickLocalizedJson(f.note, locale),
    reportedBy: dated(f.source),
    attributedTo: f.attributedTo ? dated(f.attributedTo) : null,
    footnote: f.footnote,
  };
}

/** Every figure the sources report, for /stats beside the atlas's own counts. */
export async function listSourceFigures(locale: string): Promise<SourceFigureView[]> {
  return (await readFigures()).map((f) => toFigureView(f, locale));
}
