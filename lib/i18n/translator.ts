// Messages outside a request (mail, diffs computed in lib/, tests): a next-intl translator for any locale. From
// use-intl's core (next-intl's own engine) rather than "next-intl", which under the react-server condition of
// `npm run worker` loads React's client hooks.
import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import { createTranslator, hasLocale } from "use-intl/core";
import type messages from "@/messages/en.json";
import { routing, type Locale } from "./routing";

type Messages = typeof messages;

/** A translator for `namespace` in `locale` (the default locale when it is not one of ours). */
export async function translatorFor<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  locale: string,
  namespace: N,
) {
  const checked: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const loaded: Messages = (await import(`../../messages/${checked}.json`)).default;
  return createTranslator({ locale: checked, messages: loaded, namespace });
}

/** A translator over every namespace, keys written in full ("Enums.EventType.FESTIVAL"), for any locale. */
export async function rootTranslatorFor(locale: string) {
  const checked: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const loaded: Messages = (await import(`../../messages/${checked}.json`)).default;
  return createTranslator({ locale: checked, messages: loaded });
}
