// Curators source what they add (issue #13, item 5). A revision's citations say which facts each source backs. A
// fact the revision adds or changes counts as sourced only when a citation the revision itself adds backs it: a source
// or a place in it (locator) new to the entry, or a citation that now names a fact it did not name before. An old
// citation does not
// vouch for a new value (the article that gave a name does not contain the name a curator types in). What is left
// unsourced is stored on the revision (Revision.unsourcedFacts) and blocks approval until a source is attached or a
// moderator records why none is needed (review-revision.ts). Pure: used by the kinds and their unit tests.
import { z } from "zod";
import { accessDate, sourceUrl, sourceYear } from "@/lib/sources/schema";
import { plainText, uuid } from "./validation";

/** A citation as a revision stores it: an existing source (sourceId) or a new one described in the revision. */
export type CitationSnapshot = {
  sourceId: string | null;
  /** A source the revision adds to the atlas; published with the entry when the revision is approved. */
  newSource: NewSourceSnapshot | null;
  facts: string[];
  locator: string | null;
};

export type NewSourceSnapshot = {
  title: string;
  url: string | null;
  /** Author or publisher, as it should be printed. */
  authors: string | null;
  year: number | null;
  /** YYYY-MM-DD. */
  accessedOn: string | null;
  archiveUrl: string | null;
};

/**
 * The facts of `changed` that no citation added by the revision backs. A fact of one language ("names.en": the
 * source contains the English name) is backed by a citation of that language or of the field as a whole ("names").
 */
export function unsourcedFacts(
  changed: readonly string[],
  before: readonly CitationSnapshot[],
  after: readonly CitationSnapshot[],
): string[] {
  const key = (c: CitationSnapshot, fact: string) => JSON.stringify([c.sourceId, c.locator ?? "", fact]);
  const old = new Set(before.flatMap((c) => (c.sourceId ? c.facts.map((f) => key(c, f)) : [])));
  const backed = new Set(after.flatMap((c) => c.facts.filter((f) => !c.sourceId || !old.has(key(c, f)))));
  return changed.filter((fact) => !backed.has(fact) && !backed.has(fact.split(".")[0]!));
}

/** The facts whose displayed value differs between two snapshots' fact maps; a new entry changes every fact it gives. */
export function changedFacts(before: Map<string, string> | null, after: Map<string, string>): string[] {
  const facts = [...new Set([...(before?.keys() ?? []), ...after.keys()])];
  return facts.filter((fact) => (before?.get(fact) ?? "") !== (after.get(fact) ?? ""));
}

/** A fact of one language's text: "names.en", "names.uz-Latn" (lib/sources/text-provenance.ts). */
const LANGUAGE_FACT = /^[a-z][a-zA-Z]*\.[a-z]{2,3}(-[A-Z][a-z]{3})?$/;

/**
 * The form's citation rows and new source, validated; `facts` are the kind's fact names, `perLanguage` the fields
 * a citation may back in one language only ("names" → "names.en").
 */
export function citationFields(facts: readonly [string, ...string[]], perLanguage: readonly string[] = []) {
  const fact = z
    .string("invalid")
    .refine((f) => facts.includes(f) || (LANGUAGE_FACT.test(f) && perLanguage.includes(f.split(".")[0]!)), "invalid");
  // A row left on "no source" with nothing else filled in is no citation; the rows keep the form's numbering.
  const row = z
    .object({
      sourceId: z.string("invalid").refine((v) => v === "" || uuid.safeParse(v).success, "invalid"),
      facts: z.array(fact).max(60, "tooMany"),
      locator: plainText(200),
    })
    .superRefine((c, ctx) => {
      if (c.sourceId === "" && (c.facts.length > 0 || c.locator !== ""))
        ctx.addIssue({ code: "custom", path: ["sourceId"], message: "chooseSource" });
      // A cited row may back no particular fact (the seed has such references); it then sources no change.
    });
  const newSource = z
    .object({
      title: plainText(500),
      url: sourceUrl,
      authors: plainText(500),
      year: sourceYear,
      accessedOn: accessDate,
      archiveUrl: sourceUrl,
      facts: z.array(fact).max(60, "tooMany"),
      locator: plainText(200),
    })
    .superRefine((s, ctx) => {
      const described = s.title || s.url || s.authors || s.year || s.accessedOn || s.archiveUrl;
      if (!described) return;
      if (!s.title) ctx.addIssue({ code: "custom", path: ["title"], message: "workTitleRequired" });
      if (!s.url && !s.authors) ctx.addIssue({ code: "custom", path: ["url"], message: "sourceUrlOrAuthor" });
      if (s.facts.length === 0) ctx.addIssue({ code: "custom", path: ["facts"], message: "chooseFacts" });
    });
  return { citation: z.array(row).max(30, "tooMany"), newSource };
}

type CitationForm = {
  citation?: { sourceId: string; facts: string[]; locator: string }[];
  newSource?: {
    title: string;
    url: string;
    authors: string;
    year: string;
    accessedOn: string;
    archiveUrl: string;
    facts: string[];
    locator: string;
  };
};

const orNull = (v: string) => (v ? v : null);

/**
 * The validated form's citations in the shape a revision stores (the new source last); undefined when the form had
 * no citation fields (an import), so the entry's stored citations stay as they are.
 */
export function toCitations(form: CitationForm): CitationSnapshot[] | undefined {
  if (!form.citation) return undefined;
  const rows: CitationSnapshot[] = form.citation
    .filter((c) => c.sourceId !== "")
    .map((c) => ({
      sourceId: c.sourceId,
      newSource: null,
      facts: [...new Set(c.facts)],
      locator: orNull(c.locator),
    }));
  const s = form.newSource;
  if (s?.title)
    rows.push({
      sourceId: null,
      newSource: {
        title: s.title,
        url: orNull(s.url),
        authors: orNull(s.authors),
        year: s.year ? Number(s.year) : null,
        accessedOn: orNull(s.accessedOn),
        archiveUrl: orNull(s.archiveUrl),
      },
      facts: [...new Set(s.facts)],
      locator: orNull(s.locator),
    });
  return rows;
}

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** The hidden field a form that edits citations posts, so a save without it (an import) leaves them alone. */
export const CITATIONS_MARKER = "citations";

/** The posted citation rows ("citation.0.sourceId", …) and new source ("newSource.title", …) as the schema's input. */
export function citationInput(values: Values): CitationForm {
  if (!(CITATIONS_MARKER in values)) return {};
  const rows = new Set(Object.keys(values).flatMap((key) => key.match(/^citation\.(\d{1,2})\./)?.[1] ?? []));
  const citation = [...rows]
    .sort((a, b) => Number(a) - Number(b))
    .map((i) => ({
      sourceId: one(values[`citation.${i}.sourceId`]),
      facts: many(values[`citation.${i}.facts`]),
      locator: one(values[`citation.${i}.locator`]),
    }));
  const field = (name: string) => one(values[`newSource.${name}`]).trim();
  return {
    citation,
    newSource: {
      title: field("title"),
      url: field("url"),
      authors: field("authors"),
      year: field("year"),
      accessedOn: field("accessedOn"),
      archiveUrl: field("archiveUrl"),
      facts: many(values["newSource.facts"]),
      locator: field("locator"),
    },
  };
}

/** The form's values for stored citations (a revision's new source is shown again as the new-source fields). */
export function citationValues(citations: readonly CitationSnapshot[] | undefined): Values {
  // A snapshot from before curators cited sources says nothing about them: no marker, so they stay as stored.
  if (!citations) return {};
  const values: Values = { [CITATIONS_MARKER]: "1" };
  let row = 0;
  for (const c of citations) {
    if (c.sourceId) {
      values[`citation.${row}.sourceId`] = c.sourceId;
      values[`citation.${row}.facts`] = c.facts;
      values[`citation.${row}.locator`] = c.locator ?? "";
      row += 1;
    } else if (c.newSource) {
      const s = c.newSource;
      Object.assign(values, {
        "newSource.title": s.title,
        "newSource.url": s.url ?? "",
        "newSource.authors": s.authors ?? "",
        "newSource.year": s.year ? String(s.year) : "",
        "newSource.accessedOn": s.accessedOn ?? "",
        "newSource.archiveUrl": s.archiveUrl ?? "",
        "newSource.facts": c.facts,
        "newSource.locator": c.locator ?? "",
      });
    }
  }
  return values;
}

/** Citations as field → displayed value for the moderation diff; `source` names an existing source. */
export function flattenCitations(
  citations: readonly CitationSnapshot[] | undefined,
  source: (id: string) => string,
  fact: (name: string) => string,
): [string, string][] {
  return (citations ?? []).map((c, i) => {
    const work = c.sourceId
      ? source(c.sourceId)
      : [c.newSource!.authors, c.newSource!.title, c.newSource!.year, c.newSource!.url].filter(Boolean).join(", ");
    const facts = c.facts.map(fact).sort().join(", ");
    return [`citation.${i}`, `${work}${c.locator ? `, ${c.locator}` : ""}${facts ? ` — ${facts}` : ""}`];
  });
}
