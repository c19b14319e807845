import "server-only";
// Mail to the atlas's staff (issue #14, item 6): moderators hear of what waits in their scope (at once, that is within
// the notify job's few minutes, or as a daily digest, as each chose on their account page), curators of the
// decisions on their revisions. Each user's watermark (User.moderationMailedUntil, decisionsMailedUntil) says what
// their last mail covered, so every item is mailed once: it moves only after a mail went (a run with nothing to say
// writes nothing), and a run that dies before sends the same mail again on the next run rather than none.
import { loadActor } from "@/lib/auth/load-actor";
import { listPendingRevisions } from "@/lib/curation/list-revisions";
import { kindOf } from "@/lib/curation/kinds";
import type { Database } from "@/lib/db/connect";
import { sendMail } from "@/lib/mail/send-mail";
import { listOpenSuggestions } from "@/lib/suggestions/list-suggestions";
import { absolute } from "./links";
import { decisionsMail, moderationMail, type DecisionItem, type WaitingItem } from "./templates";

export type MailRun = { mailed: number; users: number };

const DECISION_NEWS_MS = 7 * 24 * 60 * 60 * 1000;

const after = (since: Date | null, fallback: Date) => since ?? fallback;

/**
 * Mails each moderator (and admin) who chose `mode` what came into their queue since their last mail: pending
 * revisions they may decide (not their own) and readers' corrections in their scope.
 */
export async function mailModerators(db: Database, mode: "IMMEDIATE" | "DAILY", now: Date): Promise<MailRun> {
  const users = await db.user.findMany({
    where: { moderationMail: mode, roles: { some: { role: { in: ["MODERATOR", "ADMIN"] } } } },
    select: { id: true, name: true, email: true, mailLocale: true, moderationMailedUntil: true, createdAt: true },
  });
  let mailed = 0;
  for (const user of users) {
    const actor = await loadActor(user.id);
    if (!actor) continue;
    const since = after(user.moderationMailedUntil, user.createdAt);
    const fresh = (createdAt: string) => new Date(createdAt) > since && new Date(createdAt) <= now;
    const [revisions, suggestions] = await Promise.all([
      listPendingRevisions(actor, user.mailLocale),
      listOpenSuggestions(actor, user.mailLocale),
    ]);
    const items: WaitingItem[] = [
      ...revisions
        .filter((r) => !r.mine && fresh(r.createdAt))
        .map((r) => ({
          kind: r.isNew ? ("new" as const) : ("edit" as const),
          entityType: r.entityType,
          name: r.name?.value ?? r.key,
          from: r.proposal ? ("visitor" as const) : r.calendar ? ("calendar" as const) : ("curator" as const),
          author: r.author?.name ?? null,
        })),
      ...suggestions
        .filter((s) => fresh(s.createdAt))
        .map((s) => ({
          kind: "suggestion" as const,
          entityType: s.entityType,
          name: s.name?.value ?? s.slug,
          from: "visitor" as const,
          author: null,
        })),
    ];
    if (items.length) {
      await sendMail(
        await moderationMail({
          to: user.email,
          name: user.name,
          locale: user.mailLocale,
          items,
          daily: mode === "DAILY",
          queue: absolute(`/${user.mailLocale}/moderate`),
          settings: absolute(`/${user.mailLocale}/account#mail`),
        }),
      );
      // Moved only after a mail: a run with nothing to say writes nothing.
      await db.user.update({ where: { id: user.id }, data: { moderationMailedUntil: now }, select: { id: true } });
      mailed++;
    }
  }
  return { mailed, users: users.length };
}

/** Mails each author who wants it the decisions on their revisions since their last mail (not their own decisions). */
export async function mailDecisions(db: Database, now: Date): Promise<MailRun> {
  const decided = await db.revision.findMany({
    where: {
      status: { in: ["APPROVED", "REJECTED"] },
      // A decision older than a week is no news (and the scan stays small).
      reviewedAt: { gt: new Date(now.getTime() - DECISION_NEWS_MS), lte: now },
      author: { decisionMail: true },
      reviewerId: { not: null },
    },
    orderBy: { reviewedAt: "asc" },
    select: {
      id: true,
      entityType: true,
      entityId: true,
      status: true,
      snapshot: true,
      comment: true,
      reviewedAt: true,
      reviewerId: true,
      author: {
        select: { id: true, name: true, email: true, mailLocale: true, decisionsMailedUntil: true, createdAt: true },
      },
    },
  });
  const byAuthor = new Map<
    string,
    { author: NonNullable<(typeof decided)[number]["author"]>; items: DecisionItem[] }
  >();
  for (const row of decided) {
    const author = row.author!;
    if (row.reviewerId === author.id) continue;
    if (row.reviewedAt! <= after(author.decisionsMailedUntil, author.createdAt)) continue;
    const kind = kindOf(row.entityType);
    if (!kind) continue;
    const locale = author.mailLocale;
    const ref = row.entityId ? kind.ref({ id: row.entityId, snapshot: row.snapshot }) : null;
    const entry = byAuthor.get(author.id) ?? { author, items: [] };
    entry.items.push({
      approved: row.status === "APPROVED",
      entityType: kind.type,
      name: kind.title(row.snapshot, locale, {})?.value ?? kind.key(row.snapshot),
      comment: row.comment,
      link:
        row.status === "APPROVED"
          ? ref && kind.publicHref
            ? absolute(`/${locale}${kind.publicHref(row.snapshot, {})}`)
            : null
          : absolute(`/${locale}/curate/${kind.path}/${ref ? `${ref}/edit` : "new"}?revision=${row.id}`),
    });
    byAuthor.set(author.id, entry);
  }
  let mailed = 0;
  for (const { author, items } of byAuthor.values()) {
    await sendMail(
      await decisionsMail({
        to: author.email,
        name: author.name,
        locale: author.mailLocale,
        items,
        revisions: absolute(`/${author.mailLocale}/curate`),
        settings: absolute(`/${author.mailLocale}/account#mail`),
      }),
    );
    await db.user.update({ where: { id: author.id }, data: { decisionsMailedUntil: now }, select: { id: true } });
    mailed++;
  }
  return { mailed, users: byAuthor.size };
}
