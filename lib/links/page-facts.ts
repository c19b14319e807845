// What a checked page says about itself: the languages it declares and a fingerprint of its visible text, read from
// the first part of its HTML (lib/links/check-link.ts reads at most LINK_PAGE_BYTES).
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

export type PageFacts = {
  /** BCP-47, canonical, without repeats: <html lang> first, then hreflang alternates, then Content-Language. */
  languages: string[];
  /** SHA-256 of the visible text with its spacing folded, or null when the page has none. */
  textHash: string | null;
};

/** A language tag in its canonical form ("EN-us" → "en-US"), or null for "x-default", "" and what is not one. */
export function canonicalLanguage(value: string): string | null {
  const tag = value.trim();
  if (!tag || tag.toLowerCase() === "x-default") return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Languages a page declares and the hash of its text. `contentLanguage` is the HTTP header, if sent. */
export function readPageFacts(html: string, contentLanguage?: string): PageFacts {
  const declared: string[] = [];
  const alternates: string[] = [];
  const text: string[] = [];
  let metaLanguage: string | null = null;
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "html" && attributes.lang !== undefined) declared.push(attributes.lang);
        else if (name === "link" && attributes.hreflang && /\balternate\b/i.test(attributes.rel ?? ""))
          alternates.push(attributes.hreflang);
        else if (name === "meta" && attributes["http-equiv"]?.toLowerCase() === "content-language")
          metaLanguage = attributes.content ?? null;
        if (name === "script" || name === "style" || name === "noscript" || name === "template") hidden++;
      },
      onclosetag(name) {
        if (name === "script" || name === "style" || name === "noscript" || name === "template")
          hidden = Math.max(0, hidden - 1);
      },
      ontext(value) {
        if (hidden === 0) text.push(value);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const headerLanguages = [metaLanguage, contentLanguage].flatMap((value) => (value ? value.split(",") : []));
  const languages = [...new Set([...declared, ...alternates, ...headerLanguages].map(canonicalLanguage))].filter(
    (tag): tag is string => tag !== null,
  );
  const visible = text.join(" ").replace(/\s+/g, " ").trim();
  return { languages, textHash: visible ? createHash("sha256").update(visible).digest("hex") : null };
}
