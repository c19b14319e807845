// GOST R 7.0.100-2018 descriptions of real records: the 2021 article, a news page, a book, a page of an
// organization's site, an atlas entry and the atlas itself, checked element by element against the standard's
// punctuation (". – " between areas, " // " before the host, "URL: … (дата обращения: dd.mm.yyyy)").
import { describe, expect, it } from "vitest";
import { gostDate, gostEntry, gostSite, gostSource } from "./gost";

const none = {
  authors: null,
  publication: null,
  publisher: null,
  place: null,
  year: null,
  volume: null,
  issue: null,
  pages: null,
  doi: null,
  url: null,
  accessedOn: null,
};

describe("GOST R 7.0.100-2018", () => {
  it("an article: first author as heading, all three after the slash, content type before the journal, DOI", () => {
    expect(
      gostSource({
        ...none,
        authors: "E.I. Pivovar, V.F. Ershov, and M.V. Katagoshchina",
        title: "Post-Soviet diasporas in the age of the internet",
        publication: "RUDN Journal of Russian History",
        year: 2021,
        volume: "20",
        issue: "3",
        pages: "437–447",
        doi: "10.22363/2312-8674-2021-20-3-437-447",
        url: "https://journals.rudn.ru/russian-history/article/view/27274",
        accessedOn: "2026-12-06",
      }),
    ).toBe(
      "Pivovar, E. I. Post-Soviet diasporas in the age of the internet / E. I. Pivovar, V. F. Ershov, " +
        "M. V. Katagoshchina. – Текст : электронный // RUDN Journal of Russian History. – 2021. – Vol. 20, no. 3. – " +
        "P. 437–447. – DOI 10.22363/2312-8674-2021-20-3-437-447. – " +
        "URL: https://journals.rudn.ru/russian-history/article/view/27274 (дата обращения: 06.12.2026).",
    );
  });

  it("a Cyrillic article is numbered Т., №, С.; a printed one states no content type", () => {
    expect(
      gostSource({
        ...none,
        authors: "У.М. Мехдиева",
        title: "Азербайджанская диаспора в России: исторический опыт и перспективы",
        publication: "Клио",
        year: 2014,
        issue: "8",
        pages: "103–106",
      }),
    ).toBe(
      "Мехдиева, У. М. Азербайджанская диаспора в России: исторический опыт и перспективы / У. М. Мехдиева // " +
        "Клио. – 2014. – № 8. – С. 103–106.",
    );
  });

  it("a news page without authors or access date; a page of an organization's site", () => {
    expect(
      gostSource({
        ...none,
        title: "All-Russian Azerbaijani Congress officially abolished",
        publication: "Report.az",
        year: 2017,
        url: "https://report.az/en/diaspora/all-russian-azerbaijani-congress-officially-abolished/",
      }),
    ).toBe(
      "All-Russian Azerbaijani Congress officially abolished. – Текст : электронный // Report.az. – 2017. – " +
        "URL: https://report.az/en/diaspora/all-russian-azerbaijani-congress-officially-abolished/.",
    );
    expect(
      gostSource({
        ...none,
        title: "Russkiy Mir Foundation's Quasi-Friends",
        publisher: "Russkiy Mir Foundation",
        year: 2015,
        url: "https://russkiymir.ru/en/news/200969/",
      }),
    ).toBe(
      "Russkiy Mir Foundation's Quasi-Friends. – Текст : электронный // Russkiy Mir Foundation : сайт. – 2015. – " +
        "URL: https://russkiymir.ru/en/news/200969/.",
    );
  });

  it("a book: place and publisher, no page figure; four authors only after the slash, five or more cut to three", () => {
    const book = {
      ...none,
      title: "Rekviem po etnosu",
      place: "Moscow",
      publisher: "Nauka Publ.",
      year: 2003,
      pages: "464",
    };
    expect(gostSource({ ...book, authors: "V.A. Tishkov" })).toBe(
      "Tishkov, V. A. Rekviem po etnosu / V. A. Tishkov. – Moscow : Nauka Publ., 2003.",
    );
    expect(gostSource({ ...book, authors: "A.A. One, B.B. Two, C.C. Three, and D.D. Four" })).toBe(
      "Rekviem po etnosu / A. A. One, B. B. Two, C. C. Three, D. D. Four. – Moscow : Nauka Publ., 2003.",
    );
    expect(gostSource({ ...book, authors: "A.A. One, B.B. Two, C.C. Three, D.D. Four, E.E. Five" })).toBe(
      "Rekviem po etnosu / A. A. One, B. B. Two, C. C. Three [и др.]. – Moscow : Nauka Publ., 2003.",
    );
    // Names not given as initials and a surname stay as written, after the slash, with no heading.
    expect(gostSource({ ...book, authors: "Fokin, Bogoliubova and Nikolaeva" })).toBe(
      "Rekviem po etnosu / Fokin, Bogoliubova and Nikolaeva. – Moscow : Nauka Publ., 2003.",
    );
  });

  it("an atlas entry: a part of the site, with its version, the version's year and the access date", () => {
    const work = {
      kind: "organization" as const,
      key: "ojag",
      title: "Азербайджанское культурное общество «Оджаг»",
      titleLocale: "ru",
      version: 3,
      published: "2025-03-04",
      url: "https://atlas.example/ru/organizations/ojag?version=3",
      accessed: "2026-05-01",
    };
    expect(gostEntry(work, "Атлас диаспор")).toBe(
      "Азербайджанское культурное общество «Оджаг» : профиль организации. – Версия 3. – Текст : электронный // " +
        "Атлас диаспор : сайт. – 2025. – URL: https://atlas.example/ru/organizations/ojag?version=3 " +
        "(дата обращения: 01.05.2026).",
    );
    expect(gostEntry({ ...work, kind: "diaspora", title: "Armenian diaspora", version: null }, "Diaspora Atlas")).toBe(
      "Armenian diaspora : страница диаспоры. – Текст : электронный // Diaspora Atlas : сайт. – 2025. – " +
        "URL: https://atlas.example/ru/organizations/ojag?version=3 (дата обращения: 01.05.2026).",
    );
  });

  it("the atlas as a whole ends with its content type", () => {
    expect(gostSite("Атлас диаспор", "https://atlas.example/ru", "2026-12-06")).toBe(
      "Атлас диаспор : сайт. – URL: https://atlas.example/ru (дата обращения: 06.12.2026). – Текст : электронный.",
    );
    expect(gostDate("2026-01-09")).toBe("09.01.2026");
  });
});
