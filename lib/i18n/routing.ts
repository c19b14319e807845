import { defineRouting } from "next-intl/routing";

/** UI languages: Russian (default), English, and the national languages we have translated so far. */
export const locales = ["ru", "en", "az"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "ru",
  localePrefix: "always",
});
