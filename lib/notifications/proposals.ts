import "server-only";
// A visitor who proposed an entry and gave an address hears the moderator's decision once (lib/proposals): published
// with its link, or not accepted with the moderator's reason. In the proposal's language.
import { kindOf } from "@/lib/curation/kinds";
import type { Database } from "@/lib/db/connect";
import { sendMail } from "@/lib/mail/send-mail";
import { absolute } from "./links";
import { proposalDecisionMail } from "./templates";

/** A decision older than a week is no news (and the scan stays small). */
const NEWS_MS = 7 * 24 * 60 * 60 * 1000;

export async function mailProposalDecisions(db: Database, now: Date): Promise<number> {
  const decided = await db.publicProposal.findMany({
    where: {
      email: { not: null },
      decisionMailedAt: null,
      revision: {
        status: { in: ["APPROVED", "REJECTED"] },
        reviewedAt: { gt: new Date(now.getTime() - NEWS_MS), lte: now },
      },
    },
    select: {
      id: true,
      email: true,
      locale: true,
      revision: { select: { entityType: true, entityId: true, status: true, snapshot: true, comment: true } },
    },
    take: 200,
  });
  for (const proposal of decided) {
    const { revision } = proposal;
    const kind = kindOf(revision.entityType);
    if (!kind) continue;
    const approved = revision.status === "APPROVED";
    await sendMail(
      await proposalDecisionMail({
        to: proposal.email!,
        locale: proposal.locale,
        approved,
        entityType: kind.type,
        name: kind.title(revision.snapshot, proposal.locale, {})?.value ?? kind.key(revision.snapshot),
        reason: revision.comment,
        link:
          approved && revision.entityId && kind.publicHref
            ? absolute(`/${proposal.locale}${kind.publicHref(revision.snapshot, {})}`)
            : null,
      }),
    );
    await db.publicProposal.update({
      where: { id: proposal.id },
      data: { decisionMailedAt: now },
      select: { id: true },
    });
  }
  return decided.length;
}
