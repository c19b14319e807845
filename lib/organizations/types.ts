import type { LinkState } from "@/lib/links/link-state";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { Citation } from "@/lib/sources/citation";
import type { TextProvenance } from "@/lib/sources/text-provenance";
import type {
  ChannelKind,
  OnlinePresence,
  OrganizationCategory,
  OrganizationStatus,
  OrganizationType,
  ServedGroup,
} from "@/lib/db/generated/enums";

export type DiasporaRef = { slug: string; name: LocalizedText | null };

export type OrganizationSummary = {
  slug: string;
  /** A diaspora organization, or a related institution (listed apart, not counted among them). */
  category: OrganizationCategory;
  name: LocalizedText | null;
  acronym: string | null;
  types: OrganizationType[];
  city: LocalizedText | null;
  countries: string[];
  diasporas: DiasporaRef[];
  foundedYear: number | null;
};

export type { Citation } from "@/lib/sources/citation";

export type OrganizationProfile = OrganizationSummary & {
  description: LocalizedText | null;
  /** Where the description shown comes from (null: not recorded). */
  descriptionProvenance: TextProvenance | null;
  /** The name in every language we hold, e.g. the original national-language name, and where each comes from. */
  names: { locale: string; value: string; provenance: TextProvenance | null }[];
  /** Other names a source prints, per language (cited through "altNames.<locale>"). */
  altNames: { locale: string; values: string[] }[];
  groups: ServedGroup[];
  status: OrganizationStatus;
  /** The day it was dissolved, YYYY-MM-DD (only with status DISSOLVED). */
  dissolvedOn: string | null;
  languages: string[];
  /** Each with the link monitor's latest check (lib/links), or null before its first. */
  channels: { kind: ChannelKind; url: string; languages: string[]; check: LinkState | null }[];
  /** A website, social media or use of the internet a source attests without an address. */
  onlinePresence: OnlinePresence[];
  events: {
    slug: string;
    title: LocalizedText | null;
    startDate: string | null;
    datePrecision: "DAY" | "MONTH" | "YEAR";
  }[];
  citations: Citation[];
  updatedAt: string;
  /**
   * When a moderator last approved a change to the entry (ISO date-time): an edit, an import or its creation by a
   * curator. Null for an entry as the seed loaded it — loading the data set is not an edit.
   */
  lastEdited: string | null;
};
