// The article's data set: complete enough for the product owner's brief, and internally consistent.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../lib/countries/iso-3166";
import articleNames from "../../tests/fixtures/article/article-names.json";
import { hasMentionNote, opensWithArticle, sentencesOf, sharedSentences } from "./description-check";
import { containsName, namesCitedTo } from "./name-check";
import { readSeedData } from "./seed";
import { apostropheProblems } from "../../lib/i18n/apostrophes";
import { routing } from "../../lib/i18n/routing";
import { seededProvenance } from "../../lib/sources/text-provenance";

const data = await readSeedData();

describe("seed data", () => {
  it("holds more than 25 organizations and more than 10 events, each with Russian and English names", () => {
    expect(data.organizations.length).toBeGreaterThan(25);
    expect(data.events.length).toBeGreaterThan(10);
    for (const o of data.organizations) expect(Object.keys(o.names)).toEqual(expect.arrayContaining(["ru", "en"]));
    for (const e of data.events) expect(Object.keys(e.titles)).toEqual(expect.arrayContaining(["ru", "en"]));
  });

  it("cites the article for every organization and event", () => {
    for (const entry of [...data.organizations, ...data.events]) {
      expect(
        entry.sources.map((s) => s.source),
        entry.slug,
      ).toContain("article");
    }
  });

  it("has unique slugs and only references that resolve", () => {
    const sources = new Set(data.sources.map((s) => s.key));
    const diasporas = new Set(data.diasporas.map((d) => d.slug));
    const organizations = new Set(data.organizations.map((o) => o.slug));
    expect(sources.size).toBe(data.sources.length);
    expect(diasporas.size).toBe(data.diasporas.length);
    expect(organizations.size).toBe(data.organizations.length);
    expect(new Set(data.events.map((e) => e.slug)).size).toBe(data.events.length);
    const cited = [...data.organizations, ...data.events, ...data.diasporas].flatMap((x) =>
      x.sources.map((s) => s.source),
    );
    for (const key of [...cited, ...data.diasporas.flatMap((d) => d.presences.map((p) => p.source))])
      expect(sources).toContain(key);
    for (const o of data.organizations) for (const d of o.diasporas) expect(diasporas).toContain(d);
    for (const e of data.events) {
      for (const d of e.diasporas) expect(diasporas).toContain(d);
      for (const o of e.organizers) expect(organizations).toContain(o);
    }
  });

  it("says which events are dated only by the report that describes them (issue #13, item 2)", () => {
    const byReport = data.events.filter((e) => e.dateBasis === "REPORT");
    expect(byReport.map((e) => [e.slug, e.start])).toEqual([
      ["presentation-of-the-association-of-armenians-of-russia-2018", "2018-06"],
      ["vardanian-lecture-migration-to-the-future-2019", "2019-09"],
    ]);
    // The date is the one source the event cites for it, and the note says which report and when it appeared.
    const report = {
      "presentation-of-the-association-of-armenians-of-russia-2018": "regnum-2018-union-of-armenians-of-russia",
      "vardanian-lecture-migration-to-the-future-2019": "vardanian-lecture-2019",
    } as Record<string, string>;
    for (const e of byReport) {
      expect(
        e.sources.filter((c) => c.facts.includes("start")).map((c) => c.source),
        e.slug,
      ).toEqual([report[e.slug]]);
      const source = data.sources.find((s) => s.key === report[e.slug])!;
      expect(source.note, e.slug).toMatch(/dated/);
      expect(e.dateBasisNote, e.slug).toMatch(/date of the report/);
    }
  });

  it("uses assigned ISO country codes only", () => {
    const codes = [
      ...data.organizations.flatMap((o) => o.countries),
      ...data.events.flatMap((e) => (e.country ? [e.country] : [])),
      ...data.diasporas.flatMap((d) => [
        ...(d.originCountry ? [d.originCountry] : []),
        ...d.presences.map((p) => p.country),
      ]),
    ];
    for (const code of codes) expect(isCountryCode(code), code).toBe(true);
  });

  it("holds the names the seed review corrected (docs/research/seed-review.md §5)", () => {
    const by = new Map(data.organizations.map((o) => [o.slug, o]));
    expect(by.get("amor")!.names).toMatchObject({
      ru: "Азербайджанское молодёжное объединение России",
      en: "Azerbaijani Youth Organization of Russia",
    });
    expect(by.get("all-russian-azerbaijan-congress")).toMatchObject({
      names: { ru: "Всероссийский азербайджанский конгресс" },
      foundedYear: 2001,
      status: "DISSOLVED",
    });
    expect(by.get("federal-georgian-national-cultural-autonomy")!.names.ru).toBe(
      "Федеральная грузинская национально-культурная автономия в России",
    );
    expect(by.get("ojag")!.names).toMatchObject({
      ru: "Азербайджанское культурное общество «Оджаг»",
      az: "Ocaq Azərbaycan Mədəniyyəti Cəmiyyəti",
    });
    expect(by.get("society-of-russian-speaking-scientists-finland")!.names.en).not.toMatch(/Science$/);
    expect(by.get("assembly-of-peoples-of-kazakhstan")!.names.en).toBe("Assembly of People of Kazakhstan");
    // ОАР (2018) is not САР (2000): the seed no longer gives it САР's English name as an alias.
    const armenians = JSON.stringify(by.get("association-of-armenians-of-russia")!.descriptions);
    expect(armenians).not.toContain("also rendered in English as the Union of Armenians of Russia");
    expect(armenians).toContain("It is not the Union of Armenians of Russia");
  });

  it("classifies its entries as the seed review does (§6), the judgement calls as related institutions", () => {
    const review = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../docs/research/seed-review.json"), "utf8"),
    ) as { classification: { slug: string; classification: string }[] };
    const expected = Object.fromEntries(
      review.classification.map((c) => [
        c.slug,
        // Decided conservatively (docs/decisions/0025): no source gives these a diaspora of their own.
        c.classification === "diaspora_organization" ? "DIASPORA_ORGANIZATION" : "RELATED_INSTITUTION",
      ]),
    );
    expect(Object.fromEntries(data.organizations.map((o) => [o.slug, o.category]))).toEqual(expected);
    // Every diaspora organization has a diaspora.
    for (const o of data.organizations)
      if (o.category === "DIASPORA_ORGANIZATION") expect(o.diasporas.length, o.slug).toBeGreaterThan(0);
    expect(data.organizations.filter((o) => o.category === "RELATED_INSTITUTION")).toHaveLength(30);
  });

  it("gives every correction the old values it replaces, and cites beyond the article what it names", () => {
    const sources = new Map(data.sources.map((s) => [s.key, s]));
    const corrections = data.organizations.filter((o) => o.replaces);
    expect(corrections.length).toBeGreaterThanOrEqual(7);
    for (const o of corrections) {
      const old = o.replaces!;
      for (const [locale, value] of Object.entries(old.names ?? {})) expect(o.names[locale], o.slug).not.toBe(value);
      for (const [locale, value] of Object.entries(old.descriptions ?? {}))
        expect(o.descriptions?.[locale], o.slug).not.toBe(value);
      if (old.status) expect(o.status, o.slug).not.toBe(old.status);
      // Every address the revision's comment names is a source the entry cites.
      const cited = new Set(o.sources.map((c) => sources.get(c.source)!.url));
      for (const url of o.revisionNote!.match(/https?:\/\/[^\s)]*[^\s).,;:]/g) ?? [])
        expect(cited, o.slug).toContain(url);
      // A corrected name rests on a source that contains it in that language (the article's are checked below),
      // except the atlas's own normalisation of the Finnish society's English name, which no source gives (its
      // description says so, and the name is marked as the atlas's).
      for (const locale of Object.keys(old.names ?? {})) {
        if (o.slug === "society-of-russian-speaking-scientists-finland" || !o.names[locale]) continue;
        expect(
          o.sources.some((c) => c.facts.includes(`names.${locale}`)),
          `${o.slug} names.${locale}`,
        ).toBe(true);
      }
      for (const fact of [...(old.status ? ["status"] : []), ...(old.foundedYear !== undefined ? ["foundedYear"] : [])])
        expect(
          o.sources.some((c) => c.source !== "article" && c.facts.includes(fact)),
          `${o.slug} ${fact}`,
        ).toBe(true);
    }
  });
});

// Issue #13, "Done when": the seed holds no name cited to a source that does not contain it. The article's text is
// not in the repository; tests/fixtures/article/article-names.json holds the names it contains, each with the
// excerpt of the text it stands in, and a name cited to the article must occur in one of those excerpts.
describe("the article's references and figures", () => {
  const sources = new Set(data.sources.map((s) => s.key));

  it("cover every footnote of the article, 1 to 25, and name only sources the seed holds", () => {
    const footnotes = new Set(data.references.filter((r) => r.citing === "article").map((r) => r.footnote));
    expect([...footnotes].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const r of data.references) {
      expect(sources, `${r.citing} n. ${r.footnote}`).toContain(r.citing);
      expect(sources, `${r.citing} n. ${r.footnote}`).toContain(r.cited);
    }
    for (const f of data.figures) {
      expect(sources, f.key).toContain(f.source);
      if (f.attributedTo) expect(sources, f.key).toContain(f.attributedTo);
    }
  });

  it("leave no source unused: every source backs an entry, is cited by another source, or is a figure's", () => {
    const used = new Set([
      ...[...data.organizations, ...data.events, ...data.diasporas].flatMap((x) => x.sources.map((s) => s.source)),
      ...data.diasporas.flatMap((d) => d.presences.map((p) => p.source)),
      ...data.references.flatMap((r) => [r.citing, r.cited]),
      ...data.figures.flatMap((f) => [f.source, f.attributedTo ?? f.source]),
    ]);
    expect(data.sources.map((s) => s.key).filter((key) => !used.has(key))).toEqual([]);
  });

  it("quote each figure with its value, and name the footnote where the source attributes it", () => {
    for (const f of data.figures) {
      const printed = f.unit === "PERCENT" ? `${f.value}%` : String(f.value);
      expect(f.quote, f.key).toContain(printed);
      expect(f.locator, f.key).toMatch(/^section '/);
      expect(Boolean(f.attributedTo), f.key).toBe(f.footnote !== undefined);
      if (f.footnote) {
        const reference = data.references.find((r) => r.citing === f.source && r.footnote === f.footnote);
        expect(reference?.cited, f.key).toBe(f.attributedTo);
      }
    }
  });
});

describe("names cited to their sources", () => {
  const excerpts = articleNames.names.map((n) => n.excerpt);

  it("cites to the article only names the article contains", () => {
    const cited = namesCitedTo(data, "article");
    expect(cited.length).toBeGreaterThan(60);
    const absent = cited.filter((c) => !excerpts.some((text) => containsName(text, c.name)));
    expect(absent).toEqual([]);
  });

  it("records as other names only names a cited source prints: the article's, checked against its text", () => {
    const alt = data.organizations.flatMap((o) =>
      Object.entries(o.altNames).flatMap(([locale, names]) =>
        names.map((name) => ({
          slug: o.slug,
          name,
          sources: o.sources.filter((c) => c.facts.includes(`altNames.${locale}`)).map((c) => c.source),
        })),
      ),
    );
    expect(alt.map((a) => [a.slug, a.name])).toEqual(
      expect.arrayContaining([
        ["assembly-of-peoples-of-kazakhstan", "Assembly of Peoples of Kazakhstan"],
        ["amor", "Azerbaijani Youth Association of Russia"],
      ]),
    );
    for (const a of alt) {
      expect(a.sources, a.name).toEqual(["article"]);
      expect(
        excerpts.some((text) => containsName(text, a.name)),
        a.name,
      ).toBe(true);
      // Another name, not the entry's name again.
      expect(Object.values(data.organizations.find((o) => o.slug === a.slug)!.names)).not.toContain(a.name);
    }
  });

  it("holds article excerpts that contain the name they stand for", () => {
    for (const entry of articleNames.names) expect(containsName(entry.excerpt, entry.name), entry.name).toBe(true);
  });

  it("says which language's name a source contains: no bare names or titles fact, no language without a name", () => {
    const entries = [
      ...data.organizations.map((o) => ({ slug: o.slug, names: o.names, fact: "names", sources: o.sources })),
      ...data.diasporas.map((d) => ({ slug: d.slug, names: d.names, fact: "names", sources: d.sources })),
      ...data.events.map((e) => ({ slug: e.slug, names: e.titles, fact: "titles", sources: e.sources })),
    ];
    for (const { slug, names, fact, sources } of entries)
      for (const c of sources) {
        expect(c.facts, `${slug} ${c.source}`).not.toContain(fact);
        for (const f of c.facts.filter((x) => x.startsWith(`${fact}.`)))
          expect(names[f.slice(fact.length + 1)], `${slug} ${c.source} ${f}`).toBeTruthy();
      }
  });

  it("no longer cites to the article the English names the review found absent from it (seed-review.md §4a)", () => {
    const article = new Map(namesCitedTo(data, "article").map((c) => [`${c.slug}/${c.locale}`, c.name]));
    const by = new Map(data.organizations.map((o) => [o.slug, o]));
    // Two took the name the article prints, which is the organization's own; the rest are the atlas's (or, for the
    // Russkiy Mir Foundation, its own English site's) and are not cited to the article (docs/decisions/0024).
    expect(by.get("russian-compatriots-in-uzbekistan-portal")!.names.en).toBe(
      "Russian Compatriots in the Republic of Uzbekistan",
    );
    expect(by.get("institute-for-post-soviet-and-interregional-studies")!.names.en).toBe(
      "Institute for Post-Soviet and Interregional Studies",
    );
    for (const slug of [
      "ojag",
      "vatan-kazakhstan",
      "russkiy-mir-foundation",
      "idea-foundation",
      "rossotrudnichestvo",
      "raiffeisenbank",
      "russian-consulate-general-in-shanghai",
    ])
      expect(article.has(`${slug}/en`), slug).toBe(false);
    expect(by.get("russkiy-mir-foundation")!.sources).toContainEqual(
      expect.objectContaining({ source: "russkiymir-2015-quasi-friends", facts: ["names.en"] }),
    );
  });

  it("keeps no presence row the review found inferred only from the Shanghai march (seed-review.md §7)", () => {
    const rows = data.diasporas.flatMap((d) => d.presences.map((p) => `${d.slug} ${p.country}`));
    for (const row of ["kazakh CN", "belarusian CN", "ukrainian CN"]) expect(rows).not.toContain(row);
    const inferred = data.diasporas.flatMap((d) =>
      d.presences.filter((p) => p.inferredFrom).map((p) => `${d.slug} ${p.country}`),
    );
    expect(inferred.toSorted()).toEqual([
      "armenian RU",
      "azerbaijani KZ",
      "russian US",
      "russian-speaking FI",
      "russian-speaking US",
    ]);
    for (const d of data.diasporas)
      for (const p of d.presences)
        if (p.inferredFrom) expect(Object.keys(p.inferredFrom).toSorted(), d.slug).toEqual(["en", "ru"]);
  });
});

// Issue #15, item 7: a diaspora reads in the page's language, whichever of the UI languages that is.
describe("diaspora names", () => {
  it("name every diaspora in every UI language", () => {
    expect(data.diasporas.length).toBe(16);
    for (const d of data.diasporas)
      for (const locale of routing.locales) expect(d.names[locale]?.trim(), `${d.slug} ${locale}`).toBeTruthy();
  });

  it("are not another language's name copied in (Russian or English where the language's own is due)", () => {
    for (const d of data.diasporas)
      for (const locale of routing.locales.filter((l) => l !== "ru" && l !== "en")) {
        expect(d.names[locale], `${d.slug} ${locale}`).not.toBe(d.names.ru);
        expect(d.names[locale], `${d.slug} ${locale}`).not.toBe(d.names.en);
      }
    // Each Latin-script language writes its own word for "diaspora"; the Cyrillic ones are not Russian.
    const word: Record<string, RegExp> = {
      az: /diaspor/,
      uz: /diaspora/,
      tk: /diaspora/,
      lt: /diaspora/,
      et: /diasporaa/,
    };
    for (const d of data.diasporas) for (const [l, re] of Object.entries(word)) expect(d.names[l], d.slug).toMatch(re);
    for (const d of data.diasporas) expect(d.names.uk, d.slug).toMatch(/діаспора$/);
    for (const d of data.diasporas) expect(d.names.be, d.slug).toMatch(/дыяспара$/);
  });

  it("write Uzbek's oʻ and gʻ with U+02BB and its tutuq belgisi with U+02BC, never a quotation mark", () => {
    for (const d of data.diasporas) {
      expect(d.names.uz, d.slug).not.toMatch(/[‘’'`]/);
      expect(apostropheProblems("uz", d.names.uz!), d.slug).toEqual([]);
    }
    expect(data.diasporas.find((d) => d.slug === "kyrgyz")!.names.uz).toBe("Qirg\u02BBiz diasporasi");
    // The check can fail: a typewriter apostrophe or a quotation mark is caught.
    expect(apostropheProblems("uz", "Qirg'iz diasporasi")).toHaveLength(1);
    expect(apostropheProblems("uz", "Qirg‘iz diasporasi")).toHaveLength(1);
  });

  it("are the atlas's own translations unless a citation backs that language's name (decision 0024)", () => {
    for (const d of data.diasporas) {
      const provenance = seededProvenance(d.names, d.sources, "names");
      expect(Object.keys(provenance).toSorted(), d.slug).toEqual(Object.keys(d.names).toSorted());
      const cited = d.sources.flatMap((c) => c.facts.filter((f) => f.startsWith("names.")).map((f) => f.slice(6)));
      for (const locale of routing.locales)
        expect(provenance[locale], `${d.slug} ${locale}`).toBe(cited.includes(locale) ? "SOURCE" : "ATLAS");
      // No source of the seed's gives a diaspora's name in Kazakh: the /kk names are all the atlas's.
      expect(provenance.kk, d.slug).toBe("ATLAS");
    }
  });
});

// Issue #13, item 9: descriptions are directory entries about the organization, with no shared boilerplate.
describe("organization descriptions", () => {
  const locales = [...new Set(data.organizations.flatMap((o) => Object.keys(o.descriptions ?? {})))];

  it("share no sentence between two organizations, in any language", () => {
    expect(locales).toEqual(expect.arrayContaining(["ru", "en"]));
    for (const locale of locales) {
      const shared = sharedSentences(
        data.organizations.flatMap((o) =>
          o.descriptions?.[locale] ? [{ key: o.slug, text: o.descriptions[locale] }] : [],
        ),
      );
      expect(Object.fromEntries(shared), locale).toEqual({});
    }
  });

  it("are about the organization, not the article that names it", () => {
    for (const o of data.organizations)
      for (const [locale, text] of Object.entries(o.descriptions ?? {})) {
        expect(opensWithArticle(text), `${o.slug} ${locale}: ${text}`).toBe(false);
        expect(hasMentionNote(text), `${o.slug} ${locale}: ${text}`).toBe(false);
      }
  });

  it("would have caught the boilerplate the seed had before (the checks can fail)", () => {
    // The earlier seed's descriptions, as corrections record them.
    const earlier = data.organizations.flatMap((o) =>
      Object.entries(o.replaces?.descriptions ?? {}).flatMap(([locale, text]) =>
        text ? [{ key: o.slug, locale, text }] : [],
      ),
    );
    const english = earlier.filter((d) => d.locale === "en");
    expect(sharedSentences(english).size).toBeGreaterThan(0);
    expect(earlier.filter((d) => opensWithArticle(d.text)).map((d) => d.key)).toEqual(
      expect.arrayContaining(["sberbank", "rama", "eaeu", "moscow-house-of-nationalities"]),
    );
    expect(opensWithArticle("Назван в статье среди ведущих участников финансовых потоков.")).toBe(true);
    expect(opensWithArticle("По данным статьи, играет ведущую роль.")).toBe(true);
    expect(opensWithArticle("Mentioned by the article for its university network.")).toBe(true);
    expect(hasMentionNote("A bank. Named by the article among leading players.")).toBe(true);
    expect(opensWithArticle("Russian bank and one of the leading players in financial flows.")).toBe(false);
    expect(sentencesOf("Founded in 2001. Dissolved in 2017 by the Supreme Court (see “Meydan TV”).")).toHaveLength(2);
  });
});
