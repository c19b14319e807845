import { defineRouting } from "next-intl/routing";

/** UI languages: Russian (default), English, and the national languages of the post-Soviet peoples. */
export const locales = [
  "ru",
  "en",
  "az",
  "hy",
  "ka",
  "kk",
  "ky",
  "uz",
  "tg",
  "tk",
  "be",
  "uk",
  "ro",
  "lv",
  "lt",
  "et",
] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "ru",
  localePrefix: "always",
  // next-intl would build the `Link` header from the request's Host; lib/seo/alternate-links.ts builds it from SITE_URL.
  alternateLinks: false,
});
