// The shape of the seed files in prisma/seed/data/*.json, checked before anything is written.
import { z } from "zod";
import { DOI_PATTERN } from "../../lib/sources/doi";

export const ORGANIZATION_TYPES = [
  "CULTURAL_SOCIETY",
  "NATIONAL_CULTURAL_AUTONOMY",
  "FEDERATION",
  "YOUTH",
  "STUDENT",
  "ACADEMIC",
  "PROFESSIONAL",
  "BUSINESS",
  "ALUMNI",
  "MEDIA",
  "ONLINE_COMMUNITY",
  "CHARITY",
  "EDUCATIONAL",
  "RELIGIOUS",
  "COMPATRIOT_COUNCIL",
  "GOVERNMENT_AGENCY",
  "INTERGOVERNMENTAL",
  "MUSEUM",
  "RESEARCH_INSTITUTE",
  "FINANCIAL",
  "OTHER",
] as const;
export const SERVED_GROUPS = [
  "YOUTH",
  "STUDENTS",
  "SCIENTISTS",
  "PHYSICIANS",
  "ENTREPRENEURS",
  "ARTISTS",
  "MIGRANT_WORKERS",
  "ALUMNI",
  "WOMEN",
  "CHILDREN",
  "SENIORS",
  "JOURNALISTS",
  "EDUCATORS",
] as const;
export const ORGANIZATION_STATUSES = ["ACTIVE", "INACTIVE", "DISSOLVED", "UNKNOWN"] as const;
/** docs/decisions/0025-related-institutions.md; the classification of the seed: docs/research/seed-review.md §6. */
export const ORGANIZATION_CATEGORIES = ["DIASPORA_ORGANIZATION", "RELATED_INSTITUTION"] as const;
/** A website, social media or use of the internet a source attests without an address (seed-review.md §6). */
export const ONLINE_PRESENCE = ["WEBSITE", "SOCIAL_MEDIA", "INTERNET"] as const;
export const CHANNEL_KINDS = [
  "WEBSITE",
  "FACEBOOK",
  "VK",
  "TELEGRAM",
  "INSTAGRAM",
  "YOUTUBE",
  "ODNOKLASSNIKI",
  "X",
  "TIKTOK",
  "WHATSAPP",
  "LINKEDIN",
  "RSS",
  "OTHER",
] as const;
export const EVENT_TYPES = [
  "FESTIVAL",
  "CONFERENCE",
  "FORUM",
  "EXHIBITION",
  "CONCERT",
  "COMMEMORATION",
  "CULTURAL_DAYS",
  "THEMED_YEAR",
  "SCHOOL",
  "LECTURE",
  "COMPETITION",
  "MEETING",
  "ONLINE_PROJECT",
  "OTHER",
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const iso2 = z.string().regex(/^[A-Z]{2}$/);
const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
/** Text per locale: keys are BCP-47 codes; ru and en are expected, the national language where known. */
const localized = z.record(bcp47, z.string().min(1));
/** The values a correction of an organization replaces (seed-corrections.ts). */
const organizationReplaces = z
  .object({
    /** Old text per locale; null: the locale had none. */
    names: z.record(bcp47, z.string().min(1).nullable()).optional(),
    descriptions: z.record(bcp47, z.string().min(1).nullable()).optional(),
    status: z.enum(ORGANIZATION_STATUSES).optional(),
    foundedYear: z.number().int().nullable().optional(),
    /** The old date of dissolution, YYYY-MM-DD; null: none was recorded. */
    dissolvedOn: z.iso.date().nullable().optional(),
  })
  .strict();
/** A year, a month or a day: "2019", "2019-05" or "2019-05-09". */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const citation = z.object({
  source: z.string().min(1),
  /**
   * The facts this source backs, by field name: "foundedYear", "channels", "population"… For names and titles, the
   * language whose text the source contains: "names.en", "titles.ru" (a name no citation lists is the atlas's own).
   */
  facts: z.array(z.string()).default([]),
  /** Where in the source: "p. 3", "n. 12". */
  locator: z.string().optional(),
});

export const seedSchema = z.object({
  sources: z.array(
    z
      .object({
        key: slug,
        authors: z.string().optional(),
        title: z.string().min(1),
        publication: z.string().optional(),
        publisher: z.string().optional(),
        place: z.string().optional(),
        year: z.number().int().optional(),
        volume: z.string().optional(),
        issue: z.string().optional(),
        pages: z.string().optional(),
        /** Bare DOI, "10.xxxx/…". */
        doi: z.string().regex(DOI_PATTERN).optional(),
        url: z.url().optional(),
        accessedOn: z.iso.date().optional(),
        note: z.string().optional(),
        /**
         * A correction of a source earlier seeds loaded: on a database whose row still holds every `replaces` value
         * (nobody has edited it since), the record above is published as an approved revision with this note as its
         * comment, naming where the correction comes from (prisma/seed/seed-corrections.ts).
         */
        revisionNote: z.string().min(1).optional(),
        replaces: z
          .object({ title: z.string().optional(), authors: z.string().optional(), note: z.string().optional() })
          .strict()
          .optional(),
      })
      .strict()
      .refine((s) => !s.revisionNote === !s.replaces, "revisionNote and replaces go together"),
  ),
  diasporas: z.array(
    z
      .object({
        slug,
        originCountry: iso2.optional(),
        languages: z.array(bcp47),
        names: localized,
        descriptions: localized.optional(),
        sources: z.array(citation).default([]),
        presences: z
          .array(
            z
              .object({
                country: iso2,
                population: z.number().int().positive().optional(),
                year: z.number().int().optional(),
                note: localized.optional(),
                /** What the presence is inferred from when the source does not state it ("inferred from …"). */
                inferredFrom: localized.optional(),
                source: z.string(),
                locator: z.string().optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
  ),
  organizations: z.array(
    z
      .object({
        slug,
        acronym: z.string().optional(),
        names: localized,
        descriptions: localized.optional(),
        city: localized.optional(),
        /** A bank, an intergovernmental body, an agency, a museum… the sources name: RELATED_INSTITUTION. */
        category: z.enum(ORGANIZATION_CATEGORIES).default("DIASPORA_ORGANIZATION"),
        types: z.array(z.enum(ORGANIZATION_TYPES)).min(1),
        groups: z.array(z.enum(SERVED_GROUPS)).default([]),
        diasporas: z.array(slug).default([]),
        countries: z.array(iso2).default([]),
        foundedYear: z.number().int().optional(),
        status: z.enum(ORGANIZATION_STATUSES).default("UNKNOWN"),
        /** The day it was dissolved, YYYY-MM-DD: only with status DISSOLVED; a citation backs "dissolvedOn". */
        dissolvedOn: z.iso.date().optional(),
        languages: z.array(bcp47).default([]),
        channels: z
          .array(
            z
              .object({
                kind: z.enum(CHANNEL_KINDS),
                url: z.url(),
                languages: z.array(bcp47).default([]),
              })
              .strict(),
          )
          .default([]),
        /** What a source says of its presence online without giving an address; a citation backs "onlinePresence". */
        onlinePresence: z.array(z.enum(ONLINE_PRESENCE)).default([]),
        /** Other names a source prints, per language; a citation backs "altNames.<locale>" (alt-name-corrections.ts). */
        altNames: z.record(bcp47, z.array(z.string().min(1)).min(1)).default({}),
        sources: z.array(citation).min(1),
        /**
         * A correction of an organization earlier seeds loaded, as for sources: on a database whose row still holds
         * every `replaces` value, the fields named there take the values above (and the citations above the row lacks
         * are added), published as an approved revision with this note as its comment, naming the sources.
         */
        revisionNote: z.string().min(1).optional(),
        replaces: organizationReplaces.optional(),
        /**
         * Later corrections of the same entry, each applied on its own to a database that already took the earlier
         * ones (and so no longer holds the first `replaces` values), e.g. a new description for an entry whose
         * name an earlier seed corrected.
         */
        followUps: z
          .array(z.object({ replaces: organizationReplaces, revisionNote: z.string().min(1) }).strict())
          .optional(),
      })
      .strict()
      .refine((o) => !o.revisionNote === !o.replaces, "revisionNote and replaces go together")
      .refine(
        (o) => !o.dissolvedOn || (o.status === "DISSOLVED" && o.sources.some((c) => c.facts.includes("dissolvedOn"))),
        'a date of dissolution goes with status DISSOLVED and is a sourced fact: a citation backs "dissolvedOn"',
      )
      .refine(
        (o) => o.onlinePresence.length === 0 || o.sources.some((c) => c.facts.includes("onlinePresence")),
        'an online presence without an address is a sourced fact: a citation backs "onlinePresence"',
      )
      .refine(
        (o) =>
          Object.keys(o.altNames).every(
            (locale) => o.names[locale] && o.sources.some((c) => c.facts.includes(`altNames.${locale}`)),
          ),
        'other names are in a language the entry has a name in, and a citation backs "altNames.<locale>"',
      )
      .refine(
        (o) => o.category !== "DIASPORA_ORGANIZATION" || o.diasporas.length > 0,
        "a diaspora organization names at least one diaspora; an entry the sources tie to none is a RELATED_INSTITUTION",
      ),
  ),
  events: z.array(
    z
      .object({
        slug,
        type: z.enum(EVENT_TYPES),
        titles: localized,
        descriptions: localized.optional(),
        start: partialDate.optional(),
        end: partialDate.optional(),
        /**
         * REPORT: the start is only the publication date of the report that describes the event (a citation backs
         * "start"); `dateBasisNote` says which report and why, and is the comment of the correction that marks an
         * existing database's event (date-basis-corrections.ts).
         */
        dateBasis: z.enum(["STATED", "REPORT"]).default("STATED"),
        dateBasisNote: z.string().min(1).optional(),
        recurrence: localized.optional(),
        country: iso2.optional(),
        city: localized.optional(),
        onlineUrl: z.url().optional(),
        organizers: z.array(slug).default([]),
        diasporas: z.array(slug).default([]),
        sources: z.array(citation).min(1),
      })
      .strict()
      .refine(
        (e) =>
          e.dateBasis === "STATED" ||
          Boolean(e.start && e.dateBasisNote && e.sources.some((c) => c.facts.includes("start"))),
        'a date that is only the report\'s has a start, a citation backing "start" and a dateBasisNote saying why',
      )
      .refine((e) => !e.dateBasisNote || e.dateBasis === "REPORT", "dateBasisNote goes with dateBasis REPORT"),
  ),
  /** The works a source cites, footnote by footnote (the article's bibliography): model SourceReference. */
  references: z
    .array(
      z
        .object({
          citing: slug,
          footnote: z.number().int().positive(),
          cited: slug,
          locator: z.string().min(1).optional(),
          /** The citing source's own words that the footnote backs. */
          context: z.string().min(1).optional(),
          contextLocale: bcp47.optional(),
        })
        .strict(),
    )
    .default([]),
  /** Figures a source reports, with their locators: model SourceFigure. */
  figures: z
    .array(
      z
        .object({
          key: slug,
          source: slug,
          value: z.number().finite(),
          bound: z.enum(["EXACT", "MORE_THAN", "LESS_THAN", "ABOUT"]).default("EXACT"),
          unit: z.enum(["COUNT", "PERCENT"]),
          /** What is counted, in the atlas's words, per language (at least English and Russian). */
          measure: localized.refine((m) => m.en && m.ru, "measure needs English and Russian"),
          quote: z.string().min(1),
          quoteLocale: bcp47,
          locator: z.string().min(1),
          attributedTo: slug.optional(),
          footnote: z.number().int().positive().optional(),
          asOfYear: z.number().int().optional(),
          note: localized.optional(),
        })
        .strict(),
    )
    .default([]),
});

export type SeedData = z.infer<typeof seedSchema>;
