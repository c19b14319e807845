// A minimal Atom (RFC 4287) writer. The feed's head and each entry are separate strings so a route can stream
// them. Text is escaped for XML and stripped of characters XML 1.0 cannot carry (control characters other than
// tab and line breaks, lone surrogates, U+FFFE and U+FFFF).

export type AtomLink = {
  href: string;
  rel?: "alternate" | "self" | "related" | "license";
  type?: string;
  hreflang?: string;
  title?: string;
};

/** A text with its own language when that differs from the feed's (BCP-47), written as xml:lang on its element. */
export type AtomText = { value: string; lang?: string };

/** A stored text, tagged with its language only when it is a fallback from another language than the feed's. */
export function atomText(text: { value: string; locale: string; isFallback: boolean }): AtomText {
  return { value: text.value, ...(text.isFallback ? { lang: text.locale } : {}) };
}

export type AtomEntry = {
  /** A permanent IRI that never changes for this entry (urn:uuid:…). */
  id: string;
  title: AtomText;
  /** ISO date-time of the last significant change. */
  updated: string;
  /** ISO date-time of first publication. */
  published?: string;
  /** The entry's page. */
  link: string;
  /** What the atlas says of the entry (dates, place, diasporas), in the feed's language. */
  summary?: AtomText;
  /** The entry's own description, often in another language than the feed's when no translation exists. */
  content?: AtomText;
  /** Category labels are the feed's language. */
  categories?: { term: string; label?: string }[];
};

export type AtomFeed = {
  /** A permanent IRI for the feed: its own address, filters included. */
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** The feed's language (BCP-47). */
  lang: string;
  author: { name: string; uri?: string };
  links: AtomLink[];
  generator?: string;
  /** Atom's rights statement (the data's licence); pair it with a rel="license" link (RFC 4946). */
  rights?: string;
};

const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join("");

const element = (name: string, text: string, attributes: Record<string, string | undefined> = {}) =>
  `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`;

/** The XML declaration and the feed's own elements, up to its first entry. */
export function atomStart(feed: AtomFeed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${attrs({ "xml:lang": feed.lang })}>`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle)}`] : []),
    `  ${element("updated", feed.updated)}`,
    `  <author>${element("name", feed.author.name)}${feed.author.uri ? element("uri", feed.author.uri) : ""}</author>`,
    ...feed.links.map(
      (l) =>
        `  <link${attrs({ rel: l.rel ?? "alternate", type: l.type, hreflang: l.hreflang, title: l.title, href: l.href })}/>`,
    ),
    ...(feed.generator ? [`  ${element("generator", feed.generator)}`] : []),
    ...(feed.rights ? [`  ${element("rights", feed.rights)}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}

const text = (name: string, t: AtomText, attributes: Record<string, string | undefined> = {}) =>
  element(name, t.value, { ...attributes, "xml:lang": t.lang });

export function atomEntry(entry: AtomEntry): string {
  const lines = [
    `  <entry>`,
    `    ${element("id", entry.id)}`,
    `    ${text("title", entry.title)}`,
    `    ${element("updated", entry.updated)}`,
    ...(entry.published ? [`    ${element("published", entry.published)}`] : []),
    `    <link${attrs({ rel: "alternate", type: "text/html", href: entry.link })}/>`,
    ...(entry.categories ?? []).map((c) => `    <category${attrs({ term: c.term, label: c.label })}/>`),
    ...(entry.summary ? [`    ${text("summary", entry.summary, { type: "text" })}`] : []),
    ...(entry.content ? [`    ${text("content", entry.content, { type: "text" })}`] : []),
    `  </entry>`,
  ];
  return `${lines.join("\n")}\n`;
}

export const ATOM_END = "</feed>\n";

export function writeAtom(feed: AtomFeed, entries: AtomEntry[]): string {
  return atomStart(feed) + entries.map(atomEntry).join("") + ATOM_END;
}
