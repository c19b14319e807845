import { ImageResponse } from "next/og";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LogoMark } from "@/components/brand/logo-mark";
import { BRAND } from "@/lib/brand/colors";
import { cardFamily, cardFonts } from "@/lib/brand/card-fonts";
import { routing, type Locale } from "@/lib/i18n/routing";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const localeOf = (locale: string): Locale => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);

// The social card shared pages show: the mark, the site's name in the heading face and its description, on paper.
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOf((await params).locale);
  const [t, fonts] = await Promise.all([getTranslations({ locale, namespace: "Meta" }), cardFonts()]);
  // Noto Serif has no Armenian or Georgian: those names are set in the sans, as on the pages.
  const heading = cardFamily(locale === "hy" || locale === "ka" ? "Text" : "Heading");
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: "72px 80px",
        background: BRAND.paper,
        borderBottom: `16px solid ${BRAND.accent}`,
        fontFamily: cardFamily("Text"),
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 36 }}>
        <LogoMark size={132} ink={BRAND.ink} accent={BRAND.accent} ground={BRAND.paper} weight={1.6} />
        <div style={{ display: "flex", fontFamily: heading, fontWeight: 600, fontSize: 80, color: BRAND.ink }}>
          {t("title")}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 36, lineHeight: 1.4, color: BRAND.inkSoft }}>{t("description")}</div>
    </div>,
    { ...size, fonts },
  );
}
