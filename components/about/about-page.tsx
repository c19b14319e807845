import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/citations/copy-button";
import { ReferenceText } from "@/components/sources/reference-text";
import { DATA_LICENSE } from "@/lib/about/data-license";
import { atlasCitation } from "@/lib/citations/atlas-citation";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/metadata";
import type { Citation } from "@/lib/sources/citation";

type Props = { locale: Locale; mainSource: Citation["source"] | null; contactEmail: string | null; today: string };

const link = "text-blue-800 underline";
const section = "mt-8";
const heading = "text-xl font-semibold";

/** What the atlas is, who curates it, how facts are sourced and reviewed, the licence, how to cite it, a contact. */
export async function AboutPage({ locale, mainSource, contactEmail, today }: Props) {
  const t = await getTranslations("About");
  const tRoot = await getTranslations();
  // The home page is the atlas's permanent address; the About page itself explains it.
  const home = new URL(getPathname({ locale, href: "/" }), siteUrl()).toString();
  const cite = atlasCitation({
    siteName: tRoot("Meta.title"),
    url: home,
    accessed: today,
    locale,
    description: t("citeDescription"),
    noDate: t("noDate"),
    retrieved: (date, url) => tRoot("Cite.retrieved", { date, url }),
    license: DATA_LICENSE.id,
  });
  const apaText = cite.apa.map((p) => p.text).join("");
  const mail = (chunks: React.ReactNode) => (
    <a className={link} href={`mailto:${contactEmail}`}>
      {chunks}
    </a>
  );
  return (
    <article className="max-w-3xl">
      <h1 className="text-title font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-stone-700">{t("translatedNotice")}</p>

      <section className={section} aria-labelledby="about-what">
        <h2 id="about-what" className={heading}>
          {t("whatHeading")}
        </h2>
        <p className="mt-3">{t("whatBody")}</p>
        {mainSource ? (
          <p className="mt-3 border-l-4 border-stone-300 pl-3">
            <ReferenceText source={mainSource} accessed={null} />.{" "}
            <Link href={`/sources/${mainSource.key}`} className="text-blue-800 underline underline-offset-2">
              {t("mainSourcePage")}
            </Link>
          </p>
        ) : null}
        <p className="mt-3">{t("whatSeed")}</p>
        <h3 className="mt-4 font-semibold">{t("historicalHeading")}</h3>
        <p className="mt-2">{t("historicalBody")}</p>
      </section>

      <section className={section} aria-labelledby="about-curators">
        <h2 id="about-curators" className={heading}>
          {t("curatorsHeading")}
        </h2>
        <p className="mt-3">{t("curatorsBody")}</p>
        <p className="mt-3">
          {contactEmail ? t.rich("becomeCurator", { email: contactEmail, mail }) : t("becomeCuratorNoContact")}
        </p>
      </section>

      <section className={section} aria-labelledby="about-method">
        <h2 id="about-method" className={heading}>
          {t("methodHeading")}
        </h2>
        <dl className="mt-3 space-y-3">
          {(["sources", "translations", "review"] as const).map((part) => (
            <div key={part}>
              <dt className="font-semibold">{t(`method.${part}Term`)}</dt>
              <dd className="mt-1">{t(`method.${part}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className={section} aria-labelledby="about-license">
        <h2 id="about-license" className={heading}>
          {t("licenseHeading")}
        </h2>
        <p className="mt-3">
          {t.rich("licenseBody", {
            license: (chunks) => (
              <a className={link} rel="license" href={DATA_LICENSE.url}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>

      <section className={section} aria-labelledby="about-cite">
        <h2 id="about-cite" className={heading}>
          {t("citeHeading")}
        </h2>
        <p className="mt-3">{t("citeIntro", { cite: tRoot("Cite.summary") })}</p>
        {/* GOST R 7.0.100-2018 first on Russian pages (what Russian theses require), after APA elsewhere. */}
        {(locale === "ru" ? ["gost", "apa"] : ["apa", "gost"]).map((style) =>
          style === "apa" ? (
            <div key={style}>
              <h3 className="mt-4 font-semibold">{tRoot("Cite.styles.apa")}</h3>
              <p className="mt-2">
                {cite.apa.map((part, i) =>
                  part.italic ? <i key={i}>{part.text}</i> : <span key={i}>{part.text}</span>,
                )}
              </p>
              <div className="mt-2">
                <CopyButton text={apaText} label={tRoot("Cite.copyLabel", { what: tRoot("Cite.styles.apa") })} />
              </div>
            </div>
          ) : (
            <div key={style}>
              <h3 className="mt-4 font-semibold">{tRoot("Cite.styles.gost")}</h3>
              <p className="mt-2 break-words">{cite.gost}</p>
              <div className="mt-2">
                <CopyButton text={cite.gost} label={tRoot("Cite.copyLabel", { what: tRoot("Cite.styles.gost") })} />
              </div>
            </div>
          ),
        )}
        <h3 className="mt-4 font-semibold">{tRoot("Cite.styles.bibtex")}</h3>
        <pre
          className="mt-2 relative overflow-x-auto rounded bg-stone-100 p-3 text-sm"
          tabIndex={0}
          aria-label={tRoot("Cite.styles.bibtex")}
        >
          {cite.bibtex}
        </pre>
        <div className="mt-2">
          <CopyButton text={cite.bibtex} label={tRoot("Cite.copyLabel", { what: tRoot("Cite.styles.bibtex") })} />
        </div>
      </section>

      <section className={section} aria-labelledby="about-contact">
        <h2 id="about-contact" className={heading}>
          {t("contactHeading")}
        </h2>
        <p className="mt-3">{contactEmail ? t.rich("contactBody", { email: contactEmail, mail }) : t("contactNone")}</p>
        <p className="mt-3">{t("corrections", { suggest: tRoot("Suggest.summary") })}</p>
      </section>
    </article>
  );
}
