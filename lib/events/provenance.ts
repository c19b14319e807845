// Where an event's title and description come from, for the page (decision 0024): the provenance of the language
// shown, and every language's title provenance, which says whether the atlas's title translates another. Pure: the
// current event (its rows) and an older version (its revision's snapshot) share it.
import type { LocalizedText } from "@/lib/i18n/localized";
import type { TextProvenance } from "@/lib/sources/text-provenance";
import type { EventDetail } from "./types";

type Row = {
  locale: string;
  title?: string | null;
  titleProvenance?: TextProvenance | null;
  descriptionProvenance?: TextProvenance | null;
};

export function textProvenance(
  translations: readonly Row[],
  title: LocalizedText | null,
  description: LocalizedText | null,
): Pick<EventDetail, "titleProvenance" | "descriptionProvenance" | "titleProvenances"> {
  const of = (text: LocalizedText | null) => translations.find((t) => t.locale === text?.locale);
  return {
    titleProvenance: (title && of(title)?.titleProvenance) ?? null,
    descriptionProvenance: (description && of(description)?.descriptionProvenance) ?? null,
    titleProvenances: translations.flatMap((t) =>
      t.title ? [{ locale: t.locale, provenance: t.titleProvenance ?? null }] : [],
    ),
  };
}
