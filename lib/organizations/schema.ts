// The organization form's one schema, shared by the browser and the server action. Field names in the form
// ("name.ru", "channel.0.url") are the schema's paths, so an issue's path is the field its error sits beside.
import { z } from "zod";
import {
  ChannelKind,
  OnlinePresence,
  OrganizationCategory,
  OrganizationStatus,
  OrganizationType,
  ServedGroup,
} from "@/lib/db/generated/enums";
import type { TextProvenance } from "@/lib/sources/text-provenance";
import { perLocale } from "@/lib/curation/per-locale";
import { languageList, plainText, slug, uuid, webUrl } from "@/lib/curation/validation";
import { citationFields, toCitations, type CitationSnapshot } from "@/lib/curation/sourcing";
import { accessDate } from "@/lib/sources/schema";
import { ORGANIZATION_FACTS } from "./facts";

export { ORGANIZATION_FACTS };

// A citation backs the names as a whole ("names") or one language's name ("names.en": decision 0024).
// Other names likewise ("altNames", "altNames.en").
const citations = citationFields(ORGANIZATION_FACTS, ["names", "altNames"]);

/** Other names in one language, one a line (a textarea); blank lines dropped, each name once, in order. */
export const MAX_ALT_NAMES = 10;
const altNameList = plainText(3000)
  .transform((text) => [...new Set(text.split("\n").map((line) => line.replace(/\s+/g, " ").trim()))].filter(Boolean))
  .pipe(z.array(z.string().max(300, "altNameTooLong")).max(MAX_ALT_NAMES, "tooMany"));
const altNames = perLocale(3000).pipe(z.record(z.string(), altNameList));

const channel = z.object({
  kind: z.enum(ChannelKind, "invalid"),
  url: webUrl,
  languages: languageList,
});

export const organizationFormSchema = z
  .object({
    id: uuid.optional(),
    version: z.coerce.number("invalid").int("invalid").min(0, "invalid").max(1_000_000, "invalid"),
    slug,
    // Absent means what the database defaults to; the form always posts it.
    category: z.enum(OrganizationCategory, "invalid").default(OrganizationCategory.DIASPORA_ORGANIZATION),
    name: perLocale(300),
    description: perLocale(5000),
    city: perLocale(120),
    // Absent (an import's file without the column, a form before the field existed): the stored names are kept.
    altNames: altNames.optional(),
    acronym: plainText(40),
    types: z.array(z.enum(OrganizationType, "invalid")).min(1, "chooseType").max(10, "tooMany"),
    groups: z.array(z.enum(ServedGroup, "invalid")).max(20, "tooMany"),
    diasporaIds: z.array(uuid).max(10, "tooMany"),
    countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, "invalid")).max(60, "tooMany"),
    foundedYear: z
      .string("invalid")
      .trim()
      .max(4, "year")
      .refine(
        (v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= 1700 && Number(v) <= new Date().getUTCFullYear()),
        "year",
      ),
    status: z.enum(OrganizationStatus, "invalid"),
    // YYYY-MM-DD, a real day, not after today; only with status DISSOLVED (below). Absent (an import's file without
    // the column): kept as it is.
    dissolvedOn: accessDate.optional(),
    languages: languageList,
    channel: z.array(channel).max(30, "tooMany"),
    // A presence a source attests without an address; absent (an import's file without the column): kept as it is.
    onlinePresence: z.array(z.enum(OnlinePresence, "invalid")).max(3, "tooMany").optional(),
    // Only the curation form sends these (with its "citations" marker); an import cites its file instead.
    citation: citations.citation.optional(),
    newSource: citations.newSource.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.name.ru && !value.name.en)
      ctx.addIssue({ code: "custom", path: ["name", "ru"], message: "nameRequired" });
    // Every diaspora organization has a diaspora; an entry the sources tie to none is a related institution.
    if (value.category === OrganizationCategory.DIASPORA_ORGANIZATION && value.diasporaIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["diasporaIds"], message: "diasporaOrganizationNeedsDiaspora" });
    if (value.dissolvedOn && value.status !== OrganizationStatus.DISSOLVED)
      ctx.addIssue({ code: "custom", path: ["dissolvedOn"], message: "dissolvedOnNeedsDissolved" });
    const urls = value.channel.map((c) => c.url);
    urls.forEach(
      (url, i) =>
        urls.indexOf(url) !== i && ctx.addIssue({ code: "custom", path: ["channel", i, "url"], message: "duplicate" }),
    );
  });

export type OrganizationFormInput = z.input<typeof organizationFormSchema>;
export type OrganizationForm = z.output<typeof organizationFormSchema>;

/** The entry's editable fields as stored in a revision's snapshot and compared in the moderation diff. */
export type OrganizationSnapshot = {
  slug: string;
  /** Absent from revisions saved before the field existed (2026-12): applying one leaves the entry's category. */
  category: OrganizationCategory;
  translations: {
    locale: string;
    name: string | null;
    description: string | null;
    city: string | null;
    /** Where the text comes from (decision 0024); absent in revisions stored before provenance was kept. */
    nameProvenance?: TextProvenance | null;
    descriptionProvenance?: TextProvenance | null;
    /** Other names a source prints in this language; absent in revisions saved before the field existed: kept. */
    altNames?: string[];
  }[];
  acronym: string | null;
  types: OrganizationType[];
  groups: ServedGroup[];
  diasporaIds: string[];
  countryCodes: string[];
  foundedYear: number | null;
  status: OrganizationStatus;
  /**
   * The day it was dissolved, YYYY-MM-DD (only with status DISSOLVED). Absent in revisions saved before the field
   * existed (and in an import without the column): applying one leaves it as it is.
   */
  dissolvedOn?: string | null;
  languages: string[];
  channels: { kind: ChannelKind; url: string; languages: string[] }[];
  /**
   * "Has a website / social media / uses the internet" as a source attests it without an address. Absent in revisions
   * saved before the field existed (and in an import without the column): applying one leaves it as it is.
   */
  onlinePresence?: OnlinePresence[];
  /** The sources and the facts each backs. Absent in revisions saved before curators cited sources: left as stored. */
  citations?: CitationSnapshot[];
};

const orNull = (value: string | undefined) => (value ? value : null);

export function toSnapshot(form: OrganizationForm): OrganizationSnapshot {
  const alt = form.altNames;
  const locales = [
    ...new Set([
      ...Object.keys(form.name),
      ...Object.keys(form.description),
      ...Object.keys(form.city),
      ...Object.keys(alt ?? {}),
    ]),
  ].sort();
  return {
    slug: form.slug,
    category: form.category,
    translations: locales
      .map((locale) => ({
        locale,
        name: orNull(form.name[locale]),
        description: orNull(form.description[locale]),
        city: orNull(form.city[locale]),
        // What a curator enters is theirs; the kind's `keep` gives text left unchanged its earlier provenance.
        nameProvenance: form.name[locale] ? ("CURATOR" as const) : null,
        descriptionProvenance: form.description[locale] ? ("CURATOR" as const) : null,
        ...(alt ? { altNames: alt[locale] ?? [] } : {}),
      }))
      .filter((t) => t.name || t.description || t.city || t.altNames?.length),
    acronym: orNull(form.acronym),
    types: [...new Set(form.types)],
    groups: [...new Set(form.groups)],
    diasporaIds: [...new Set(form.diasporaIds)].sort(),
    countryCodes: [...new Set(form.countryCodes)].sort(),
    foundedYear: form.foundedYear ? Number(form.foundedYear) : null,
    status: form.status,
    dissolvedOn: form.dissolvedOn === undefined ? undefined : orNull(form.dissolvedOn),
    languages: [...new Set(form.languages)],
    channels: form.channel,
    onlinePresence: form.onlinePresence ? [...new Set(form.onlinePresence)].sort() : undefined,
    citations: toCitations(form),
  };
}
