import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/display-names";
import type { PendingRevision } from "@/lib/curation/list-revisions";
import { PersonLabel } from "@/components/ui/person-label";
import { ChangeTable } from "./change-table";
import { ReviewForms } from "./review-forms";

/**
 * Every pending revision with a field-by-field comparison against the published entry, and its decision forms.
 * `isAdmin`: the viewer may publish their own revisions without review (a one-moderator deployment).
 */
export async function ModerationQueue({ revisions, isAdmin }: { revisions: PendingRevision[]; isAdmin: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("Moderate"), getFormatter(), getLocale()]);
  if (revisions.length === 0) return <p className="mt-6 text-stone-800">{t("empty")}</p>;
  return (
    <ul className="mt-6 space-y-8">
      {revisions.map((r) => {
        const name = r.name?.value ?? r.key;
        return (
          <li key={r.id}>
            <article aria-labelledby={`rev-${r.id}`} className="rounded border border-stone-300 bg-white p-4">
              <h2 id={`rev-${r.id}`} className="text-xl font-semibold">
                {r.isNew ? t("newOfKind", { kind: r.entityType, name }) : t("editEntry", { name })}
              </h2>
              <p className="mt-1 text-sm text-stone-700">
                {r.proposal
                  ? t("byVisitor", {
                      date: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                      language: languageName(r.proposal.locale, locale),
                    })
                  : t.rich("by", {
                      author: () => (r.author ? <PersonLabel person={r.author} /> : "—"),
                      date: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                    })}
              </p>
              {r.proposal && <ProposalDetails proposal={r.proposal} />}
              {r.calendar && (
                <p className="mt-2 text-sm text-stone-800">
                  {t.rich("fromCalendar", {
                    calendar: () => <span className="break-all font-mono">{r.calendar!.url}</span>,
                    uid: r.calendar.uid,
                  })}
                </p>
              )}
              {r.stale && (
                <p className="mt-2 rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950">
                  {t("stale")}
                </p>
              )}
              {r.unsourcedFacts.length > 0 && (
                <p className="mt-2 rounded border border-amber-700/50 bg-amber-50 px-3 py-2 text-amber-950">
                  <strong>{t("noSourceFlag")}</strong> {t("noSourceFacts", { facts: r.unsourcedFacts.join(", ") })}
                </p>
              )}
              {r.changes.length === 0 ? (
                <p className="mt-2">{t("noChanges")}</p>
              ) : (
                <ChangeTable
                  changes={r.changes}
                  kind={r.entityType}
                  caption={t("changesCaption")}
                  beforeLabel={t("before")}
                  afterLabel={t("after")}
                  showBefore={!r.isNew}
                />
              )}
              <ReviewForms
                revisionId={r.id}
                stale={r.stale}
                unsourced={r.unsourcedFacts.length > 0}
                proposal={r.proposal !== null}
                own={r.mine ? (isAdmin ? "publishWithoutReview" : "refused") : null}
              />
            </article>
          </li>
        );
      })}
    </ul>
  );
}

/** What a visitor's proposal brings besides the entry: the page to check it against, their note, their address. */
async function ProposalDetails({ proposal }: { proposal: NonNullable<PendingRevision["proposal"]> }) {
  const t = await getTranslations("Moderate");
  return (
    <dl className="mt-2 space-y-1 text-sm text-stone-800">
      <div>
        <dt className="inline font-medium">{t("proposalSource")} </dt>
        <dd className="inline">
          <a href={proposal.sourceUrl} rel="nofollow noopener noreferrer" className="break-all text-blue-800 underline">
            {proposal.sourceUrl}
          </a>{" "}
          {t("proposalSourceCited")}
        </dd>
      </div>
      {proposal.note && (
        <div>
          <dt className="font-medium">{t("proposalNote")}</dt>
          <dd lang={proposal.locale} className="mt-1 whitespace-pre-line border-l-4 border-stone-300 pl-3">
            {proposal.note}
          </dd>
        </div>
      )}
      {proposal.email && (
        <div>
          <dt className="inline font-medium">{t("proposalEmail")} </dt>
          <dd className="inline">
            <a href={`mailto:${proposal.email}`} className="break-all text-blue-800 underline">
              {proposal.email}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
