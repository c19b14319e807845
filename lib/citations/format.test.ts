// Hand-checked citations of seed entries (Ojag, the Armenian diaspora, the Shanghai "Immortal Regiment" march)
// in Russian and English, with the words taken from the real UI messages.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hy from "@/messages/hy.json";
import ru from "@/messages/ru.json";
import { citationTerms } from "./terms";
import { formatCitations, htmlText, plainText } from "./format";
import type { CitableKind, CitableWork } from "./types";

const MESSAGES = { en, ru, hy } as const;
const terms = (locale: keyof typeof MESSAGES, kind: CitableKind) =>
  citationTerms(createTranslator({ locale, messages: MESSAGES[locale] }) as never, kind, locale);

const ojagRu: CitableWork = {
  kind: "organization",
  key: "ojag",
  title: "Азербайджанское общество «Оджаг»",
  titleLocale: "ru",
  version: 3,
  published: "2025-03-04",
  url: "https://atlas.example.org/ru/organizations/ojag?version=3",
  accessed: "2026-05-01",
};

describe("one entry in two languages", () => {
  it("has a BibTeX key and CSL id per language, so both fit in one reference library", () => {
    const english = formatCitations(
      { ...ojagRu, title: "Ojag Society", titleLocale: "en" },
      terms("en", "organization"),
    );
    const armenian = formatCitations(ojagRu, terms("hy", "organization"));
    expect(english.id).toBe("organization-ojag-v3-en");
    expect(armenian.id).toBe("organization-ojag-v3-hy");
    expect(english.bibtex).toMatch(/^@misc\{organization-ojag-v3-en,/);
    expect(armenian.bibtex).toMatch(/^@misc\{organization-ojag-v3-hy,/);
  });
});

describe("the clipboard's HTML", () => {
  it("keeps APA's italic title and escapes markup in stored text", () => {
    const c = formatCitations({ ...ojagRu, title: "R&D <b>" }, terms("en", "organization"));
    expect(htmlText(c.apa)).toContain("<i>R&amp;D &lt;b&gt;</i>");
    expect(
      htmlText(c.apa)
        .replace(/<\/?i>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    ).toBe(plainText(c.apa));
  });
});

describe("APA and Chicago", () => {
  it("cites an organization in Russian with Cyrillic guillemets in the name", () => {
    const c = formatCitations(ojagRu, terms("ru", "organization"));
    expect(plainText(c.apa)).toBe(
      "Атлас диаспор. (2025, 4 марта). Азербайджанское общество «Оджаг» (Версия 3) [Профиль организации]. https://atlas.example.org/ru/organizations/ojag?version=3",
    );
    expect(c.apa.filter((p) => p.italic).map((p) => p.text)).toEqual(["Азербайджанское общество «Оджаг»"]);
    expect(plainText(c.chicago)).toBe(
      "Атлас диаспор. «Азербайджанское общество «Оджаг»». Версия 3. Последнее изменение: 4 марта 2025 г. https://atlas.example.org/ru/organizations/ojag?version=3.",
    );
  });

  it("cites the same organization in English", () => {
    const work = {
      ...ojagRu,
      title: "Ojag Society",
      titleLocale: "en",
      url: "https://atlas.example.org/en/organizations/ojag?version=3",
    };
    const c = formatCitations(work, terms("en", "organization"));
    expect(plainText(c.apa)).toBe(
      "Diaspora Atlas. (2025, March 4). Ojag Society (Version 3) [Organization profile]. https://atlas.example.org/en/organizations/ojag?version=3",
    );
    expect(plainText(c.chicago)).toBe(
      "Diaspora Atlas. “Ojag Society.” Version 3. Last modified March 4, 2025. https://atlas.example.org/en/organizations/ojag?version=3.",
    );
  });

  it("cites an event whose English title carries its own quotation marks", () => {
    const work: CitableWork = {
      kind: "event",
      key: "immortal-regiment-march-shanghai-2021",
      title: "“Immortal Regiment” march in Shanghai",
      titleLocale: "en",
      version: 1,
      published: "2024-12-31",
      url: "https://atlas.example.org/en/events/immortal-regiment-march-shanghai-2021?version=1",
      accessed: "2026-01-09",
    };
    const c = formatCitations(work, terms("en", "event"));
    expect(plainText(c.apa)).toBe(
      "Diaspora Atlas. (2024, December 31). “Immortal Regiment” march in Shanghai (Version 1) [Event entry]. https://atlas.example.org/en/events/immortal-regiment-march-shanghai-2021?version=1",
    );
    expect(c.id).toBe("event-immortal-regiment-march-shanghai-2021-v1-en");
  });

  it("cites a diaspora page, which has no versions, by its last change; an Armenian title on the Armenian page", () => {
    const work: CitableWork = {
      kind: "diaspora",
      key: "armenian",
      title: "Հայկական սփյուռք",
      titleLocale: "hy",
      version: null,
      published: "2025-11-20",
      url: "https://atlas.example.org/hy/diasporas/armenian",
      accessed: "2026-05-01",
    };
    const c = formatCitations(work, terms("hy", "diaspora"));
    expect(plainText(c.apa)).toBe(
      "Սփյուռքների ատլաս. (2025, նոյեմբերի 20). Հայկական սփյուռք [Սփյուռքի պրոֆիլ]. Վերցված է 1 մայիսի, 2026 թ., https://atlas.example.org/hy/diasporas/armenian",
    );
    expect(plainText(c.chicago)).toBe(
      "Սփյուռքների ատլաս. «Հայկական սփյուռք». Վերջին փոփոխություն՝ 20 նոյեմբերի, 2025 թ. Դիմելու ամսաթիվ՝ 1 մայիսի, 2026 թ. https://atlas.example.org/hy/diasporas/armenian.",
    );
    expect(c.id).toBe("diaspora-armenian-hy");
    expect(c.bibtex).not.toContain("version");
  });
});

describe("BibTeX and CSL-JSON text", () => {
  it("writes a @misc entry with the version, the permanent URL and the access date", () => {
    const c = formatCitations(ojagRu, terms("ru", "organization"));
    expect(c.bibtex).toBe(
      [
        "@misc{organization-ojag-v3-ru,",
        "  author       = {{Атлас диаспор}},",
        "  title        = {{Азербайджанское общество «Оджаг»}},",
        "  year         = {2025},",
        "  date         = {2025-03-04},",
        "  version      = {3},",
        "  howpublished = {Атлас диаспор},",
        "  type         = {Профиль организации},",
        "  url          = {https://atlas.example.org/ru/organizations/ojag?version=3},",
        "  urldate      = {2026-05-01}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("writes one CSL-JSON item with date parts and the title's language", () => {
    const [item] = JSON.parse(formatCitations(ojagRu, terms("ru", "organization")).cslJson);
    expect(item).toEqual({
      id: "organization-ojag-v3-ru",
      type: "webpage",
      title: "Азербайджанское общество «Оджаг»",
      author: [{ literal: "Атлас диаспор" }],
      "container-title": "Атлас диаспор",
      genre: "Профиль организации",
      version: "3",
      issued: { "date-parts": [[2025, 3, 4]] },
      accessed: { "date-parts": [[2026, 5, 1]] },
      URL: "https://atlas.example.org/ru/organizations/ojag?version=3",
      language: "ru",
    });
  });
});

describe("CSL-JSON layout", () => {
  it("keeps date parts on one line and leaves text with brackets alone", () => {
    const text = formatCitations({ ...ojagRu, title: "Dates [1,2] and [3, 4]" }, terms("en", "organization")).cslJson;
    expect(text).toContain('"issued": {\n      "date-parts": [[2025, 3, 4]]\n    }');
    expect(JSON.parse(text)[0].title).toBe("Dates [1,2] and [3, 4]");
  });
});
