// Checks JSON-LD against the schema.org vocabulary shipped as test data (tests/fixtures/schemaorg/vocabulary.json,
// made by scripts/fixtures/schemaorg-vocabulary.ts from a schema.org release): every type exists, every property
// exists and is used on a type in its domain, and every value is in its range — a typed node of a range class (or
// a subclass), an enumeration member's IRI of a range enumeration, or a literal where the range has a data type
// (dates checked for ISO 8601 at the precision they claim).
import { readFileSync } from "node:fs";
import path from "node:path";

type Vocabulary = {
  version: string;
  classes: Record<string, string[]>;
  properties: Record<string, { domains: string[]; ranges: string[] }>;
  members: Record<string, string[]>;
};

const vocabulary: Vocabulary = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/schemaorg/vocabulary.json"), "utf8"),
);
export const SCHEMA_ORG_VERSION = vocabulary.version;

/** The class and all its superclasses. */
function ancestry(type: string): Set<string> {
  const seen = new Set<string>();
  const walk = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const parent of vocabulary.classes[t] ?? []) walk(parent);
  };
  walk(type);
  return seen;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const literalFits: Record<string, (v: unknown) => boolean> = {
  Text: (v) => typeof v === "string",
  URL: (v) => typeof v === "string" && URL.canParse(v),
  Date: (v) => typeof v === "string" && DATE.test(v),
  DateTime: (v) => typeof v === "string" && DATE_TIME.test(v),
  Number: (v) => typeof v === "number",
  Integer: (v) => Number.isInteger(v),
  Boolean: (v) => typeof v === "boolean",
};

/** Every problem in a JSON-LD document, as "path: message"; [] when it is valid. */
export function schemaOrgProblems(document: unknown): string[] {
  const problems: string[] = [];
  const node = (value: Record<string, unknown>, at: string) => {
    const declared = value["@type"];
    const typeNames = (Array.isArray(declared) ? declared : [declared]).filter((t): t is string => !!t);
    if (typeNames.length === 0) problems.push(`${at}: a node without @type`);
    for (const t of typeNames) if (!(t in vocabulary.classes)) problems.push(`${at}: unknown type ${t}`);
    const own = new Set(typeNames.flatMap((t) => [...ancestry(t)]));
    for (const [key, raw] of Object.entries(value)) {
      if (key.startsWith("@")) continue;
      const property = vocabulary.properties[key];
      if (!property) {
        problems.push(`${at}.${key}: not a schema.org property`);
        continue;
      }
      if (!property.domains.some((d) => own.has(d)))
        problems.push(
          `${at}.${key}: not a property of ${typeNames.join("/")} (domain: ${property.domains.join(", ")})`,
        );
      const values = Array.isArray(raw) ? raw : [raw];
      values.forEach((v, i) => check(key, property.ranges, v, `${at}.${key}${Array.isArray(raw) ? `[${i}]` : ""}`));
    }
  };
  const check = (key: string, ranges: string[], v: unknown, at: string) => {
    if (v && typeof v === "object") {
      const typed = (v as Record<string, unknown>)["@type"];
      const classes = (Array.isArray(typed) ? typed : [typed]).filter((t): t is string => typeof t === "string");
      if (!classes.some((t) => [...ancestry(t)].some((a) => ranges.includes(a))))
        problems.push(
          `${at}: ${classes.join("/") || "untyped node"} is not in the range of ${key} (${ranges.join(", ")})`,
        );
      node(v as Record<string, unknown>, at);
      return;
    }
    const member = typeof v === "string" ? v.match(/^https?:\/\/schema\.org\/(\w+)$/)?.[1] : undefined;
    if (member && vocabulary.members[member]) {
      if (!vocabulary.members[member]!.some((e) => ranges.some((r) => ancestry(e).has(r))))
        problems.push(`${at}: ${member} is not a member of the range of ${key} (${ranges.join(", ")})`);
      return;
    }
    // A literal fits a data type in the range itself (URL is a kind of Text, so a Text range takes any string).
    const dataRanges = ranges.filter((r) => r in literalFits);
    if (!dataRanges.some((r) => literalFits[r]!(v)))
      problems.push(`${at}: ${JSON.stringify(v)} fits none of ${key}'s ranges (${ranges.join(", ")})`);
  };
  const root = document as Record<string, unknown>;
  if (root["@context"] !== "https://schema.org") problems.push(`@context is ${JSON.stringify(root["@context"])}`);
  node(root, "$");
  return problems;
}
