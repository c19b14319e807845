import type { EventDateBasis, EventType } from "@/lib/db/generated/enums";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { Citation } from "@/lib/sources/citation";
import type { TextProvenance } from "@/lib/sources/text-provenance";
import type { EventDates } from "./event-period";

export type NamedRef = { slug: string; name: LocalizedText | null };

/** An event as the list and the calendar show it. Dates are ISO days; see EventDates for the precision. */
export type EventSummary = EventDates & {
  slug: string;
  title: LocalizedText | null;
  type: EventType;
  /** REPORT: the date is the publication date of the report describing the event; pages say so beside it. */
  dateBasis: EventDateBasis;
  countryCode: string | null;
  city: LocalizedText | null;
  online: boolean;
  recurrence: LocalizedText | null;
};

export type EventDetail = EventSummary & {
  /** Stable across slug changes: the calendar file's UID is built from it. */
  id: string;
  description: LocalizedText | null;
  /** Where the title and description shown come from (null: not recorded; decision 0024). */
  titleProvenance: TextProvenance | null;
  descriptionProvenance: TextProvenance | null;
  /** Every language's title provenance: whether the atlas's title translates one from a source or a curator. */
  titleProvenances: { locale: string; provenance: TextProvenance | null }[];
  onlineUrl: string | null;
  organizers: NamedRef[];
  diasporas: NamedRef[];
  citations: Citation[];
  updatedAt: string;
};
