import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces the client components of public pages use (error boundary, language switcher, "copy"
 * buttons, the suggestion form and the form kit it is built on). Every page inlines its client messages into the HTML, so the [locale] layout
 * passes only these instead of the whole catalogue (60–80 KB per locale) — see docs/PERFORMANCE.md.
 */
export const PUBLIC_CLIENT_NAMESPACES = ["Error", "Layout", "Cite", "Suggest", "Forms"] as const;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}

/**
 * The layout of signed-in areas (account, admin, curation, moderation) and the auth pages: their forms are client
 * components using many namespaces, so they get the locale's whole catalogue (the provider inherits it on the server).
 */
export function FullMessagesLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
