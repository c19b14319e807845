import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedTextView } from "@/components/ui/localized-text";
import type { Actor } from "@/lib/auth/permissions";
import { languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { listOpenSuggestions } from "@/lib/suggestions/list-suggestions";
import { DecisionButtons, SuggestionDecisions } from "./suggestion-decisions";

const link = "text-blue-800 underline";

/** "Suggestions from readers" on the moderation page: open notes about entries in the moderator's scope. */
export async function SuggestionQueue({ actor, locale }: { actor: Actor; locale: string }) {
  const [t, format, suggestions] = await Promise.all([
    getTranslations("Suggest.moderate"),
    getFormatter(),
    listOpenSuggestions(actor, locale),
  ]);
  return (
    <section aria-labelledby="reader-suggestions" className="mt-12">
      <h2 id="reader-suggestions" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-stone-800">{t("intro")}</p>
      <SuggestionDecisions>
        {suggestions.length === 0 ? (
          <p className="mt-4 text-stone-800">{t("empty")}</p>
        ) : (
          <ul className="mt-4 space-y-6">
            {suggestions.map((s) => {
              const href = `/${s.entityType === "organization" ? "organizations" : "events"}/${s.slug}`;
              return (
                <li key={s.id}>
                  <article
                    aria-labelledby={`suggestion-${s.id}`}
                    className="rounded border border-stone-300 bg-white p-4"
                  >
                    <h3 id={`suggestion-${s.id}`} className="text-lg font-semibold">
                      {s.entityType === "organization" ? t("aboutOrganization") : t("aboutEvent")}{" "}
                      <LocalizedTextView text={s.name} pageLocale={locale} fallback={s.slug} />
                    </h3>
                    <p className="mt-1 text-sm text-stone-700">
                      {t("received", {
                        date: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                        language: languageName(s.locale, locale),
                      })}
                    </p>
                    <p className="mt-3 whitespace-pre-wrap break-words border-l-4 border-stone-300 pl-3">{s.body}</p>
                    {(s.sourceUrl || s.email) && (
                      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                        {s.sourceUrl && (
                          <>
                            <dt className="font-medium">{t("source")}</dt>
                            <dd className="break-all">
                              <a
                                href={s.sourceUrl}
                                className={link}
                                rel="nofollow noopener noreferrer ugc"
                                target="_blank"
                              >
                                {s.sourceUrl}
                              </a>
                            </dd>
                          </>
                        )}
                        {s.email && (
                          <>
                            <dt className="font-medium">{t("contact")}</dt>
                            <dd className="break-all">
                              <a href={`mailto:${s.email}`} className={link}>
                                {s.email}
                              </a>
                            </dd>
                          </>
                        )}
                      </dl>
                    )}
                    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                      <Link href={href} className={link}>
                        {t("openEntry")}
                      </Link>
                      {s.editable && (
                        <Link href={`/curate/organizations/${s.slug}/edit`} className={link}>
                          {t("editEntry")}
                        </Link>
                      )}
                    </p>
                    <DecisionButtons suggestionId={s.id} />
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </SuggestionDecisions>
    </section>
  );
}
