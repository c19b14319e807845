// Where the core HSDS name and description come from (decision 0024), in HSDS's own terms: an `attribute` of the
// organization whose taxonomy term is one of the atlas's text provenances. HSDS asserts a property of any entity
// by applying a taxonomy term to it ("Classifications, Attributes & Taxonomies"), and its `metadata` is a change
// log (dates, previous and new values), not an origin. The taxonomy is embedded: each term carries its definition.
// Ids are HSDS's UUIDs, derived from names (RFC 9562 version 5), so the same fact keeps its id across exports.
import { createHash } from "node:crypto";
import { TEXT_PROVENANCES, type TextProvenance } from "@/lib/sources/text-provenance";

/** The namespace of the atlas's name-based UUIDs in HSDS exports (a fixed random UUID). */
const NAMESPACE = "0d40a1c7-94dd-4f8a-834e-70c565742d5d";

/** A version 5 (SHA-1, name-based) UUID of `name` in the atlas's namespace. */
export function nameUuid(name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const PROVENANCE_TAXONOMY = {
  id: nameUuid("taxonomy:text-provenance"),
  name: "Diaspora Atlas text provenance",
  description:
    "Where a name or text in the Diaspora Atlas comes from: a cited source, a curator, the atlas's own translation or wording, or machine translation.",
  version: "1",
};

const TERMS: Record<TextProvenance, { name: string; description: string }> = {
  SOURCE: {
    name: "From a cited source",
    description: "A source the entry cites contains this text in this language; the entry's sources say which.",
  },
  CURATOR: { name: "Entered by a curator", description: "A curator of the atlas wrote this text." },
  ATLAS: {
    name: "Translated or written by the atlas",
    description: "The atlas translated this text or wrote it itself; no cited source contains it in this language.",
  },
  MACHINE: { name: "Machine translation", description: "This text is a machine translation." },
  VISITOR: {
    name: "Proposed by a visitor",
    description: "A visitor proposed this text without an account; a moderator of the atlas approved it.",
  },
};

/** The taxonomy term of one provenance, with its taxonomy embedded. */
export function provenanceTerm(provenance: TextProvenance) {
  return {
    id: nameUuid(`term:text-provenance:${provenance}`),
    code: provenance,
    ...TERMS[provenance],
    taxonomy: PROVENANCE_TAXONOMY.name,
    taxonomy_id: PROVENANCE_TAXONOMY.id,
    taxonomy_detail: PROVENANCE_TAXONOMY,
    language: "en",
  };
}

const isProvenance = (value: string | undefined): value is TextProvenance =>
  (TEXT_PROVENANCES as readonly string[]).includes(value ?? "");

/**
 * The attributes saying where the organization's core `name` and `description` come from: `link_type` names the
 * field, `value` the language of the text the export gives. A text without a recorded provenance has none.
 */
export function provenanceAttributes(
  organizationId: string,
  texts: { field: "name" | "description"; locale: string | undefined; provenance: Record<string, string> }[],
) {
  return texts.flatMap(({ field, locale, provenance }) => {
    const value = locale ? provenance[locale] : undefined;
    if (!locale || !isProvenance(value)) return [];
    const term = provenanceTerm(value);
    return [
      {
        id: nameUuid(`attribute:${organizationId}:${field}:${locale}`),
        link_id: organizationId,
        link_entity: "organization",
        link_type: field,
        value: locale,
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      },
    ];
  });
}
