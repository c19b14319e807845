// The Atom writer's output parsed back with a real XML parser (fast-xml-parser, which also validates), with the
// elements RFC 4287 requires checked by name, and read as a feed reader reads it (@rowanmanning/feed-parser), full
// and empty.
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, writeAtom, type AtomEntry, type AtomFeed } from "./atom";

const feed: AtomFeed = {
  id: "https://atlas.example/ru/events/feed.atom?diaspora=armenian",
  title: "Атлас диаспор — мероприятия",
  subtitle: "Диаспора: Армянская диаспора",
  updated: "2025-03-04T05:06:07.000Z",
  lang: "ru",
  author: { name: "Атлас диаспор", uri: "https://atlas.example/ru" },
  links: [
    {
      rel: "self",
      type: "application/atom+xml",
      href: "https://atlas.example/ru/events/feed.atom?diaspora=armenian&type=FESTIVAL",
    },
    { rel: "alternate", type: "text/html", href: "https://atlas.example/ru/events?diaspora=armenian&type=FESTIVAL" },
  ],
};
const entry: AtomEntry = {
  id: "urn:uuid:0b0e6f4e-7d7a-4a43-9d62-2f1f5c1a0001",
  title: { value: "Фестиваль «R&D <script>» 'x'" },
  updated: "2025-03-04T05:06:07.000Z",
  link: "https://atlas.example/ru/events/festival?x=1&y=2",
  summary: { value: "Line one\nline two \u0007 with a bell and a lone \ud800 surrogate" },
  categories: [{ term: "FESTIVAL", label: "Фестиваль" }],
};
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

/** An element's text: fast-xml-parser gives a plain string when the element has no attributes. */
const textOf = (node: string | { "#text": string }) => (typeof node === "string" ? node : node["#text"]);

describe("writeAtom", () => {
  const xml = writeAtom(feed, [entry, { ...entry, id: "urn:uuid:2", title: { value: "Second" } }]);

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has every element RFC 4287 requires of a feed and its entries", () => {
    const parsed = parser.parse(xml).feed;
    expect(parsed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(parsed["@xml:lang"]).toBe("ru");
    expect(parsed.id).toBe(feed.id);
    expect(parsed.title).toBe(feed.title);
    expect(parsed.updated).toBe(feed.updated);
    expect(parsed.author.name).toBe("Атлас диаспор");
    expect(parsed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(feed.links[0]!.href);
    expect(parsed.entry).toHaveLength(2);
    for (const e of parsed.entry) {
      expect(e.id).toMatch(/^urn:uuid:/);
      expect(textOf(e.title)).toBeTruthy();
      expect(Date.parse(e.updated)).not.toBeNaN();
      expect(e.link[0]["@rel"]).toBe("alternate");
    }
  });

  it("escapes markup and keeps the text as written, dropping what XML cannot carry", () => {
    const first = parser.parse(xml).feed.entry[0];
    expect(textOf(first.title)).toBe("Фестиваль «R&D <script>» 'x'");
    expect(first.link[0]["@href"]).toBe("https://atlas.example/ru/events/festival?x=1&y=2");
    expect(first.summary["#text"]).toBe("Line one\nline two  with a bell and a lone  surrogate");
    expect(first.category[0]["@label"]).toBe("Фестиваль");
    expect(xml).not.toContain("<script>");
  });

  it("tags each text with its own language, not the whole entry", () => {
    const mixed = writeAtom(feed, [
      {
        ...entry,
        title: { value: "Azerbaijani Youth Organization of Russia", lang: "en" },
        summary: { value: "Азербайджанская диаспора · Москва, Россия" },
        content: { value: "An association of young Azerbaijanis in Russia.", lang: "en" },
      },
    ]);
    const e = parser.parse(mixed).feed.entry[0];
    expect(e["@xml:lang"]).toBeUndefined();
    expect(e.title["@xml:lang"]).toBe("en");
    // The atlas's own summary and the category labels are in the feed's language: no tag, they inherit "ru".
    expect(e.summary["@xml:lang"]).toBeUndefined();
    expect(e.content["@xml:lang"]).toBe("en");
    expect(e.content["#text"]).toBe("An association of young Azerbaijanis in Russia.");
  });

  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("a feed reader (@rowanmanning/feed-parser) reads the feeds as written", () => {
  it("a full feed: its title, dates, address and each entry's id, title, link and category", () => {
    const read = parseFeed(writeAtom(feed, [entry, { ...entry, id: "urn:uuid:2", title: { value: "Second" } }]));
    expect(read.meta.type).toBe("atom");
    expect(read.title).toBe(feed.title);
    expect(read.description).toBe(feed.subtitle);
    expect(read.language).toBe("ru");
    expect(read.updated?.toISOString()).toBe(feed.updated);
    expect(read.self).toBe(feed.links[0]!.href);
    expect(read.url).toBe(feed.links[1]!.href);
    expect(read.items.map((i) => [i.id, i.title, i.url])).toEqual([
      [entry.id, "Фестиваль «R&D <script>» 'x'", entry.link],
      ["urn:uuid:2", "Second", entry.link],
    ]);
    expect(read.items[0]!.categories.map((c) => [c.term, c.label])).toEqual([["FESTIVAL", "Фестиваль"]]);
  });

  it("an empty feed: a valid feed with its own last change and no entries", () => {
    const read = parseFeed(writeAtom(feed, []));
    expect(read.meta.type).toBe("atom");
    expect(read.title).toBe(feed.title);
    expect(read.updated?.toISOString()).toBe(feed.updated);
    expect(read.items).toEqual([]);
  });
});
