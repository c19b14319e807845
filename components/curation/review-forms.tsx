"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { approveRevisionAction, rejectRevisionAction } from "@/lib/curation/actions";
import { initialCurationState } from "@/lib/curation/result";
import { ConflictView } from "./conflict-view";
import { TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { useCurateErrorText } from "./curate-error-text";

const button =
  "rounded px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800";

/**
 * Approve, or return with a comment; errors show here, the outcome on the queue page it returns to. The viewer's own
 * revision (`own`) cannot be approved (four eyes): a note says so, and an admin gets the explicit, audited
 * "publish without review" instead.
 */
export function ReviewForms({
  revisionId,
  stale,
  own,
  unsourced = false,
  proposal = false,
}: {
  revisionId: string;
  stale: boolean;
  own: "refused" | "publishWithoutReview" | null;
  /** A visitor's proposal: there is no curator to return it to, so it is rejected with a reason for the history. */
  proposal?: boolean;
  /** Facts no source backs: approving asks for the reason none is needed (review-revision.ts). */
  unsourced?: boolean;
}) {
  const t = useTranslations("Moderate");
  const errorText = useCurateErrorText();
  const [approved, approve] = useActionState(approveRevisionAction, initialCurationState);
  const [rejected, reject] = useActionState(rejectRevisionAction, initialCurationState);
  const error = approved.formError ?? rejected.formError;
  return (
    <div className="mt-4">
      {error && (
        <p role="alert" className="rounded border border-red-800/40 bg-red-50 px-3 py-2 text-red-900">
          {errorText(error)}
        </p>
      )}
      {approved.conflict && <ConflictView fields={approved.conflict} />}
      {own === "refused" && <p className="mt-2 text-stone-800">{t("ownRevision")}</p>}
      {!stale && own !== "refused" && (
        <Form action={approve} errorText={errorText} className="mt-2">
          <input type="hidden" name="revisionId" value={revisionId} />
          {own === "publishWithoutReview" && <input type="hidden" name="withoutReview" value="1" />}
          {own === "publishWithoutReview" && (
            <p id={`own-${revisionId}`} className="mb-2 max-w-xl text-stone-800">
              {t("publishWithoutReviewHint")}
            </p>
          )}
          {unsourced && (
            <div className="mb-2 max-w-xl">
              <TextField
                state={approved}
                name="sourceWaiver"
                label={t("sourceWaiver")}
                hint={t("sourceWaiverHint")}
                multiline
                rows={2}
                scope={revisionId}
              />
            </div>
          )}
          <button
            type="submit"
            aria-describedby={own ? `own-${revisionId}` : undefined}
            className={`${button} bg-blue-800 text-white hover:bg-blue-900`}
          >
            {t(own === "publishWithoutReview" ? "publishWithoutReview" : "approve")}
          </button>
        </Form>
      )}
      <Form action={reject} errorText={errorText} className="mt-4 max-w-xl">
        <input type="hidden" name="revisionId" value={revisionId} />
        <TextField
          state={{ ...rejected, fieldErrors: rejected.fieldErrors }}
          name="comment"
          label={t(proposal ? "commentProposal" : "comment")}
          multiline
          scope={revisionId}
        />
        <button
          type="submit"
          className={`${button} mt-2 border border-stone-600 bg-white text-stone-900 hover:bg-stone-100`}
        >
          {t(proposal ? "rejectProposal" : "reject")}
        </button>
      </Form>
    </div>
  );
}
