import type { LocalizedText } from "@/lib/i18n/localized";
import { languageName } from "@/lib/i18n/display-names";

type Props = {
  text: LocalizedText | null;
  pageLocale: string;
  fallback?: string;
  className?: string;
  /** Renders the value (e.g. with search matches marked); plain text by default. */
  render?: (value: string) => React.ReactNode;
};

/**
 * Content in whatever language we hold it. When that is not the page's language, the text carries its own
 * `lang` and a visible marker naming the language it is shown in.
 */
export function LocalizedTextView({ text, pageLocale, fallback = "—", className, render = (value) => value }: Props) {
  if (!text) return <span className={className}>{fallback}</span>;
  if (!text.isFallback) return <span className={className}>{render(text.value)}</span>;
  const language = languageName(text.locale, pageLocale);
  return (
    <span className={className}>
      <span lang={text.locale}>{render(text.value)}</span>{" "}
      <span
        className="ml-1 inline-block rounded border border-amber-700/40 bg-amber-50 px-1 align-middle text-[0.7em] font-medium uppercase tracking-wide text-amber-900"
        title={language}
        data-fallback-language={text.locale}
      >
        <span aria-hidden="true">{text.locale}</span>
        <span className="sr-only">({language})</span>
      </span>
    </span>
  );
}
