// GOST R 7.0.100-2018, the Russian standard for bibliographic description that Russian theses and journals require
// (decision 0028). Areas are separated by ". – " (point, space, en dash, space); a part of a larger resource is joined
// to it by " // "; a network resource ends its description with "URL: … (дата обращения: dd.mm.yyyy)". The standard's
// own words ("Текст : электронный", "сайт", "дата обращения", "Версия") are Russian on every page: it is the style of
// Russian reference lists; titles stay in the language of the page or source described. Pure.
import type { SourceFields } from "@/lib/sources/format-source";
import type { CitableKind, CitableWork } from "./types";

const AREA = ". – ";
/** What kind of page it is, as "сведения, относящиеся к заглавию". */
const KIND: Record<CitableKind, string> = {
  organization: "профиль организации",
  event: "страница мероприятия",
  diaspora: "страница диаспоры",
};

/** "06.12.2026" from "2026-12-06". */
export const gostDate = (iso: string) => iso.slice(0, 10).split("-").reverse().join(".");

const network = (url: string, accessed: string | null) =>
  accessed ? `URL: ${url} (дата обращения: ${gostDate(accessed)})` : `URL: ${url}`;

/** Closes an area's last element with a period unless it already ends with one. */
const closed = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** Joins areas with ". – ", dropping the period an element already ends with ("Moscow, 2003. – …"). */
const areas = (parts: (string | null | undefined | false)[]) =>
  closed(
    parts
      .filter((p): p is string => Boolean(p))
      .map((p, i, all) => (i < all.length - 1 ? p.replace(/\.$/, "") : p))
      .join(AREA),
  );

/** One page of the atlas, as a part of the site: "Оджаг : профиль организации. – Версия 3. – Текст : электронный // …". */
export function gostEntry(work: CitableWork, siteName: string): string {
  const site = siteName.replace(/\.$/, "");
  const part = [
    `${work.title} : ${KIND[work.kind]}`,
    work.version === null ? null : `Версия ${work.version}`,
    "Текст : электронный",
  ];
  const host = [`${site} : сайт`, work.published.slice(0, 4), network(work.url, work.accessed)];
  return `${areas(part).replace(/\.$/, "")} // ${areas(host)}`;
}

/** The atlas as a whole: "Атлас диаспор : сайт. – URL: … (дата обращения: …). – Текст : электронный." */
export function gostSite(siteName: string, url: string, accessed: string): string {
  return areas([`${siteName.replace(/\.$/, "")} : сайт`, network(url, accessed), "Текст : электронный"]);
}

type Person = { surname: string; initials: string };

/** "E.I. Pivovar" → Pivovar, E. I.; null when a name is not initials and a surname ("eds.", surnames only). */
function person(name: string): Person | null {
  const match = /^((?:\p{Lu}\p{Ll}?\.\s?)+)\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(name.trim());
  if (!match) return null;
  const initials = match[1]!.replace(/\s+/g, "").replace(/\./g, ". ").trim();
  return { surname: match[2]!, initials };
}

/** The authors as a source record writes them ("E.I. Pivovar, V.F. Ershov, and M.V. Katagoshchina"). */
function people(authors: string): Person[] | null {
  // Split on commas and semicolons, then on " and " (string operations: lib/security/redos.test.ts proves every
  // regular expression linear, and an alternation of whitespace runs is not).
  const names = authors
    .split(/[,;]/)
    .flatMap((part) => part.split(" and "))
    .map((n) => n.trim().replace(/^and /, ""))
    .filter(Boolean);
  const parsed = names.map(person);
  return parsed.every((p): p is Person => p !== null) ? parsed : null;
}

const cyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/**
 * A source the atlas cites: an article ("Фамилия, И. О. Заглавие / И. О. Фамилия … – Текст : электронный // Журнал. –
 * 2021. – Т. 20, № 3. – С. 437–447. – DOI …"), a book or a web page. One to three authors head the description; four
 * are named only after the slash; five or more are the first three and "[и др.]". Names the record does not give as
 * initials and surname are repeated as written, after the slash. Volume, issue and pages are designated in the
 * language of the title (Т., №, С. for Cyrillic; Vol., no., P. otherwise). A book's page figure is left out: a record
 * does not say whether it counts the book's pages or names the page cited. The content type is stated only for a
 * source with an address (electronic); an access date only where the record has one.
 */
export function gostSource(
  source: SourceFields & { doi: string | null; url: string | null; accessedOn: string | null },
): string {
  const ru = cyrillic(source.title);
  const list = source.authors ? people(source.authors) : null;
  const heading = list && list.length <= 3 ? `${list[0]!.surname}, ${list[0]!.initials}` : null;
  const responsibility = list
    ? (list.length >= 5 ? list.slice(0, 3) : list).map((p) => `${p.initials} ${p.surname}`).join(", ") +
      (list.length >= 5 ? " [и др.]" : "")
    : (source.authors ?? null);
  const title = `${source.title}${responsibility ? ` / ${responsibility}` : ""}`;
  const electronic = Boolean(source.url || source.doi);
  const numbering = [
    source.volume ? `${ru ? "Т." : "Vol."} ${source.volume}` : null,
    source.issue ? `${ru ? "№" : "no."} ${source.issue}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const tail = [source.doi ? `DOI ${source.doi}` : null, source.url ? network(source.url, source.accessedOn) : null];
  const head = heading ? `${heading} ` : "";
  // A page of an organization's site (a publisher with an address, no place, no journal): a part of that site.
  if (!source.publication && source.url && source.publisher && !source.place) {
    const part = areas([title, "Текст : электронный"]).replace(/\.$/, "");
    return `${head}${part} // ${areas([`${source.publisher} : сайт`, source.year ? String(source.year) : null, ...tail])}`;
  }
  if (source.publication) {
    const part = areas([title, electronic && "Текст : электронный"]).replace(/\.$/, "");
    const host = areas([
      source.publication,
      source.place || source.publisher
        ? [source.place, source.publisher].filter(Boolean).join(" : ") + (source.year ? `, ${source.year}` : "")
        : source.year
          ? String(source.year)
          : null,
      numbering,
      source.pages && `${ru ? "С." : "P."} ${source.pages}`,
      ...tail,
    ]);
    return `${head}${part} // ${host}`;
  }
  const publication =
    source.place || source.publisher
      ? [source.place, source.publisher].filter(Boolean).join(" : ") + (source.year ? `, ${source.year}` : "")
      : source.year
        ? String(source.year)
        : null;
  return `${head}${areas([title, publication, ...tail, electronic && "Текст : электронный"])}`;
}
