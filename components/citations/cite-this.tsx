import { getFormatter, getTranslations } from "next-intl/server";
import { KIND_PATHS, type PageCitations } from "@/lib/citations/cite-work";
import { htmlText, plainText } from "@/lib/citations/format";
import type { CitationPart } from "@/lib/citations/types";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CopyButton } from "./copy-button";

const parts = (list: CitationPart[]) =>
  list.map((p, i) => (p.italic ? <i key={i}>{p.text}</i> : <span key={i}>{p.text}</span>));
const pre = "mt-1 max-h-72 overflow-auto whitespace-pre rounded border border-stone-300 bg-stone-50 p-3 text-sm";
const download = "text-blue-800 underline";

type Style = {
  id: string;
  name: string;
  body: React.ReactNode;
  /** What "Copy" puts on the clipboard; `html` beside it keeps italics. */
  text: string;
  html?: string;
  /** A file to download, with its link text. */
  href?: string;
  download?: string;
};

/**
 * "Cite this": a folded section with the permanent link of the version shown, the access date, APA, Chicago and
 * GOST citations, and BibTeX and CSL-JSON to copy or download (works without JavaScript, except copying).
 */
export async function CiteThis({ cite, locale }: { cite: PageCitations; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Cite"), getFormatter()]);
  const { work, citations } = cite;
  const file = (extension: string) => {
    const path = getPathname({ locale, href: `/cite/${KIND_PATHS[work.kind]}/${work.key}.${extension}` });
    return work.version === null ? path : `${path}?version=${work.version}`;
  };
  const accessed = format.dateTime(new Date(`${work.accessed}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const gost: Style = {
    id: "gost",
    name: t("styles.gost"),
    body: <p className="mt-1">{citations.gost}</p>,
    text: citations.gost,
  };
  const others: Style[] = [
    {
      id: "apa",
      name: t("styles.apa"),
      body: <p className="mt-1">{parts(citations.apa)}</p>,
      text: plainText(citations.apa),
      html: htmlText(citations.apa),
    },
    {
      id: "chicago",
      name: t("styles.chicago"),
      body: <p className="mt-1">{parts(citations.chicago)}</p>,
      text: plainText(citations.chicago),
      html: htmlText(citations.chicago),
    },
    {
      id: "bibtex",
      name: t("styles.bibtex"),
      body: (
        <pre className={pre} tabIndex={0}>
          {citations.bibtex}
        </pre>
      ),
      text: citations.bibtex,
      href: file("bib"),
      download: t("downloadBib"),
    },
    {
      id: "csl",
      name: t("styles.csl"),
      body: (
        <pre className={pre} tabIndex={0}>
          {citations.cslJson}
        </pre>
      ),
      text: citations.cslJson,
      href: file("json"),
      download: t("downloadCsl"),
    },
  ];
  // GOST R 7.0.100-2018 is what Russian theses and journals require: first on Russian pages, after Chicago elsewhere.
  const styles = locale === "ru" ? [gost, ...others] : [...others.slice(0, 2), gost, ...others.slice(2)];
  return (
    <details className="mt-10 rounded border border-stone-300 bg-white" id="cite">
      <summary className="cursor-pointer px-4 py-3 font-medium text-blue-800 hover:underline">{t("summary")}</summary>
      <div className="px-4 pb-4">
        <p>
          {work.version === null ? t("pageLink") : t("permalink", { version: work.version })}{" "}
          <a href={work.url} className="break-all text-blue-800 underline">
            {work.url}
          </a>{" "}
          <CopyButton text={work.url} label={t("copyLabel", { what: t("permalinkShort") })} />
        </p>
        <p className="mt-1 text-sm text-stone-700">
          {t("accessedOn", { date: accessed })} {work.version === null ? t("noVersions") : null}
        </p>
        <dl className="mt-4 space-y-4">
          {styles.map((style) => (
            <div key={style.id}>
              <dt className="flex flex-wrap items-center gap-3 font-medium">
                {style.name}
                <CopyButton text={style.text} html={style.html} label={t("copyLabel", { what: style.name })} />
                {style.href ? (
                  <a href={style.href} download className={download}>
                    {style.download}
                  </a>
                ) : null}
              </dt>
              <dd>{style.body}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
