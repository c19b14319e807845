// Notifications against the test database and a local SMTP catcher (issue #14, item 6): moderators are mailed what
// came into their queue, at once or as a daily digest as each chose, once per item, in their language; authors are
// mailed the decisions on their revisions; a visitor's weekly digest of new events starts only after the
// confirmation from its mail, lists only matching events not over, carries a one-click unsubscribe (RFC 8058), and
// ends when the visitor unsubscribes.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { eventKind } from "../../lib/events/kind";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { translatorFor } from "../../lib/i18n/translator";
import { stopJobRunner } from "../../lib/jobs/app-runner";
import {
  confirmDigest,
  mailDigestConfirmation,
  mailEventDigests,
  mailLostConfirmations,
  unsubscribeDigest,
} from "../../lib/notifications/digests";
import { DIGEST_RATE_LIMIT, subscribeToDigest } from "../../lib/notifications/subscribe";
import { mailProposalDecisions } from "../../lib/notifications/proposals";
import { mailDecisions, mailModerators } from "../../lib/notifications/staff";
import { proposalChallenge } from "../../lib/proposals/challenge";
import { submitProposal } from "../../lib/proposals/submit-proposal";
import { submitSuggestion } from "../../lib/suggestions/submit-suggestion";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { setUpMailCatcher } from "../support/mail-catcher-suite";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let armenianId: string;
let georgianId: string;
let curator: Actor;
let armenianModerator: Actor;
let georgianModerator: Actor;

beforeEach(async () => {
  await resetToSeed(db);
  const ids = await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  });
  armenianId = ids.find((d) => d.slug === "armenian")!.id;
  georgianId = ids.find((d) => d.slug === "georgian")!.id;
  curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);
  armenianModerator = await makeActor(db, "mod-am@example.org", "MODERATOR", [armenianId]);
  georgianModerator = await makeActor(db, "mod-ge@example.org", "MODERATOR", [georgianId]);
  // Everyone's last mail covered the time before the test: only what the test makes is news.
  await db.user.updateMany({ data: { moderationMailedUntil: new Date(), decisionsMailedUntil: new Date() } });
});
const mailbox = setUpMailCatcher();
afterAll(async () => {
  await stopJobRunner(5);
  await db.$disconnect();
});

const later = (seconds = 1) => new Date(Date.now() + seconds * 1000);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const event = (title: string, diasporaId: string, start = day(20)) => ({
  version: "0",
  slug: title.toLowerCase().replaceAll(" ", "-"),
  type: "CONCERT",
  start,
  end: "",
  "title.en": title,
  "city.en": "Krasnodar",
  countryCode: "RU",
  diasporaIds: [diasporaId],
});
const mailsTo = (email: string) => mailbox.mails.filter((m) => m.to.includes(email));

async function propose(actor: Actor, title: string, diasporaId = armenianId, start = day(20)) {
  const result = await submitRevision(eventKind, actor, event(title, diasporaId, start));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.revisionId;
}

describe("moderators", () => {
  it("who chose mail at once get what came into their queue, once, in their language; others nothing", async () => {
    await db.user.update({ where: { email: "mod-am@example.org" }, data: { mailLocale: "ru" } });
    await db.user.update({ where: { email: "mod-ge@example.org" }, data: { moderationMail: "DAILY" } });
    await propose(curator, "Spring concert");
    await submitSuggestion(
      {
        entityType: "organization",
        slug: "association-of-armenians-of-russia",
        body: "The year founded is wrong.",
        website: "",
      },
      { ip: "203.0.113.5", locale: "en" },
    );
    expect(await mailModerators(db, "IMMEDIATE", new Date())).toMatchObject({ mailed: 1 });
    const [mail] = mailsTo("mod-am@example.org");
    const t = await translatorFor("ru", "Mail");
    expect(mail!.subject).toBe(t("moderation.subject", { count: 2 }));
    expect(mail!.text).toContain("Spring concert");
    expect(mail!.text).toContain(t("waiting.fromCurator", { author: "curator" }));
    expect(mail!.text).toContain("/ru/moderate");
    expect(mail!.text).toContain("/ru/account#mail");
    // The Georgian moderator chose a daily digest, and nothing waits in their scope anyway.
    expect(mailsTo("mod-ge@example.org")).toEqual([]);

    // Mailed once: the next run has nothing new for them; a new item comes alone.
    expect(await mailModerators(db, "IMMEDIATE", new Date())).toMatchObject({ mailed: 0 });
    await propose(curator, "Autumn concert");
    await mailModerators(db, "IMMEDIATE", new Date());
    const second = mailsTo("mod-am@example.org")[1]!;
    expect(second.subject).toBe(t("moderation.subject", { count: 1 }));
    expect(second.text).toContain("Autumn concert");
    expect(second.text).not.toContain("Spring concert");
  });

  it("who chose the daily digest get it from the daily run only; those who chose none get nothing", async () => {
    await db.user.update({
      where: { email: "mod-ge@example.org" },
      data: { moderationMail: "DAILY", mailLocale: "en" },
    });
    await db.user.update({ where: { email: "mod-am@example.org" }, data: { moderationMail: "OFF" } });
    const georgianCurator = await makeActor(db, "curator-ge@example.org", "CURATOR", [georgianId]);
    await propose(georgianCurator, "Tbilisoba evening", georgianId);
    await propose(curator, "Armenian evening");
    expect(await mailModerators(db, "IMMEDIATE", new Date())).toMatchObject({ mailed: 0 });
    expect(await mailModerators(db, "DAILY", new Date())).toMatchObject({ mailed: 1 });
    const [digest] = mailsTo("mod-ge@example.org");
    expect(digest!.subject).toBe("Today in your moderation queue: 1 new entry — Diaspora Atlas");
    expect(digest!.text).toContain("New event: Tbilisoba evening (by curator-ge)");
    expect(digest!.text).not.toContain("Armenian evening");
    expect(mailsTo("mod-am@example.org")).toEqual([]);
  });

  it("are not mailed their own revisions, and a run with nothing to say writes nothing", async () => {
    await propose(armenianModerator, "Own concert");
    const row = () =>
      db.user.findUniqueOrThrow({
        where: { email: "mod-am@example.org" },
        select: { moderationMailedUntil: true, updatedAt: true },
      });
    const before = await row();
    expect(await mailModerators(db, "IMMEDIATE", new Date())).toMatchObject({ mailed: 0 });
    expect(await row()).toEqual(before);
  });
});

describe("authors", () => {
  it("are mailed the decisions on their revisions, with the comment and the form to fix, once", async () => {
    await db.user.update({ where: { email: "curator@example.org" }, data: { mailLocale: "en" } });
    const approved = await propose(curator, "Winter concert");
    const returned = await propose(curator, "Summer concert");
    expect(await approveRevision(armenianModerator, { revisionId: approved })).toMatchObject({ ok: true });
    expect(
      await rejectRevision(armenianModerator, { revisionId: returned, comment: "Please add the organizer." }),
    ).toMatchObject({ ok: true });
    expect(await mailDecisions(db, later())).toEqual({ mailed: 1, users: 1 });
    const [mail] = mailsTo("curator@example.org");
    expect(mail!.subject).toBe("Moderators decided 2 of your revisions — Diaspora Atlas");
    expect(mail!.text).toContain("Published: the event Winter concert");
    expect(mail!.text).toContain("/en/events/winter-concert");
    expect(mail!.text).toContain("Returned to you: the event Summer concert");
    expect(mail!.text).toContain("The moderator's comment: Please add the organizer.");
    expect(mail!.text).toContain(`/en/curate/events/new?revision=${returned}`);
    expect(await mailDecisions(db, later(2))).toEqual({ mailed: 0, users: 0 });
  });

  it("who turned the mail off get none", async () => {
    await db.user.update({ where: { email: "curator@example.org" }, data: { decisionMail: false } });
    const revision = await propose(curator, "Quiet concert");
    await approveRevision(armenianModerator, { revisionId: revision });
    expect(await mailDecisions(db, later())).toEqual({ mailed: 0, users: 0 });
    expect(mailbox.mails).toEqual([]);
  });
});

describe("a visitor who proposed an entry", () => {
  async function proposeAsVisitor(title: string, email: string) {
    const challenge = await proposalChallenge();
    const solution = await solveChallenge({ challenge, deriveKey });
    const result = await submitProposal(
      {
        entityType: "event",
        "title.en": title,
        type: "CONCERT",
        start: day(15),
        diasporaIds: armenianId,
        sourceUrl: "https://example.org/news/1",
        email,
        altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString("base64"),
      },
      { ip: "198.51.100.77", locale: "en" },
    );
    if (!result.ok || !result.revisionId) throw new Error(JSON.stringify(result));
    return result.revisionId;
  }

  it("hears the decision once, with the link or the reason, if they gave an address", async () => {
    const published = await proposeAsVisitor("Visitor's concert", "visitor@example.org");
    const declined = await proposeAsVisitor("Doubtful concert", "visitor@example.org");
    await proposeAsVisitor("Silent concert", "");
    expect(await mailProposalDecisions(db, later())).toBe(0);
    await approveRevision(armenianModerator, { revisionId: published });
    await rejectRevision(armenianModerator, { revisionId: declined, comment: "The page does not mention it." });
    expect(await mailProposalDecisions(db, later())).toBe(2);
    const mails = mailsTo("visitor@example.org");
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "Your proposal is published: Visitor's concert — Diaspora Atlas",
      "Your proposal was not accepted: Doubtful concert — Diaspora Atlas",
    ]);
    expect(mails.find((m) => m.subject.startsWith("Your proposal is published"))!.text).toContain(
      "/en/events/visitors-concert-",
    );
    expect(mails.find((m) => m.subject.startsWith("Your proposal was not"))!.text).toContain(
      "The page does not mention it.",
    );
    expect(await mailProposalDecisions(db, later(2))).toBe(0);
    expect(mailbox.mails).toHaveLength(2);
  });
});

describe("a visitor's weekly digest", () => {
  const subscribe = (values: Record<string, string>, ip = "198.51.100.40") =>
    subscribeToDigest(
      { email: "reader@example.org", diaspora: "", country: "", city: "", website: "", ...values },
      { ip, locale: "en" },
    );

  /** The confirm link's id and token, from the confirmation mail. */
  function linkOf(text: string, path: string) {
    const url = new URL(/https?:\/\/\S+/.exec(text.slice(text.indexOf(path) - 40))![0]);
    return { id: url.searchParams.get("id")!, token: url.searchParams.get("token")! };
  }

  it("starts only when confirmed from its mail, lists only matching events not over, and ends on one click", async () => {
    const result = await subscribe({ diaspora: "armenian", country: "RU", email: " Reader@Example.org " });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { id: string }).id;
    expect(await db.eventDigest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      email: "reader@example.org",
      countryCode: "RU",
      diasporaId: armenianId,
      confirmedAt: null,
    });
    // The queued job sends the confirmation; sending it again (a retried job) sends nothing more.
    expect(await mailDigestConfirmation(db, id, new Date())).toEqual({ sent: true });
    expect(await mailDigestConfirmation(db, id, new Date())).toEqual({ sent: false });
    const [confirmation] = mailsTo("reader@example.org");
    expect(confirmation!.subject).toBe("Confirm your weekly mail of new events — Diaspora Atlas");
    expect(confirmation!.text).toContain("Armenian diaspora, Russia");

    // Unconfirmed: the weekly run sends nothing.
    const before = await propose(curator, "Early concert");
    await approveRevision(armenianModerator, { revisionId: before });
    expect(await mailEventDigests(db, later())).toEqual({ mailed: 0, digests: 0 });

    const link = linkOf(confirmation!.text, "/en/subscribe/confirm");
    expect(await confirmDigest({ id: link.id, token: `${link.token.slice(0, -2)}xx` })).toEqual({
      ok: false,
      formError: "badLink",
    });
    expect(await confirmDigest(link)).toEqual({ ok: true });

    const georgianCurator = await makeActor(db, "curator-ge@example.org", "CURATOR", [georgianId]);
    for (const [author, title, diaspora, start] of [
      [curator, "Harvest concert", armenianId, day(10)],
      [curator, "Past concert", armenianId, day(-10)],
      [georgianCurator, "Georgian concert", georgianId, day(10)],
    ] as const) {
      const revision = await propose(author, title, diaspora, start);
      const moderator = diaspora === armenianId ? armenianModerator : georgianModerator;
      expect(await approveRevision(moderator, { revisionId: revision })).toMatchObject({ ok: true });
    }
    mailbox.mails.length = 0;
    expect(await mailEventDigests(db, later(5))).toEqual({ mailed: 1, digests: 1 });
    const [digest] = mailsTo("reader@example.org");
    expect(digest!.subject).toBe("1 new event in the Diaspora Atlas");
    expect(digest!.text).toContain("Harvest concert (Krasnodar, Russia)");
    expect(digest!.text).toContain("/en/events/harvest-concert");
    expect(digest!.text).not.toContain("Past concert");
    expect(digest!.text).not.toContain("Georgian concert");
    // Published before the confirmation: not news for this digest.
    expect(digest!.text).not.toContain("Early concert");
    expect(digest!.text).toContain("/en/events?diaspora=armenian&country=RU");
    expect(digest!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(.+)>$/.exec(digest!.headers["list-unsubscribe"]!)![1]!;
    expect(oneClick).toContain("/api/unsubscribe?");

    // Mailed once; then the one-click address deletes the digest.
    expect(await mailEventDigests(db, later(6))).toEqual({ mailed: 0, digests: 1 });
    const params = new URL(oneClick).searchParams;
    expect(await unsubscribeDigest({ id: params.get("id")!, token: "wrong-token-value" })).toEqual({ ok: false });
    expect(await unsubscribeDigest({ id: params.get("id")!, token: params.get("token")! })).toEqual({ ok: true });
    expect(await db.eventDigest.count()).toBe(0);
  });

  it("refuses bad input beside its fields, thanks a filled honeypot, limits sign-ups per address", async () => {
    expect(await subscribe({ email: "", diaspora: "martians", country: "ZZ" })).toEqual({
      ok: false,
      fieldErrors: { email: ["emailRequired"] },
    });
    expect(await subscribe({ email: "not an address", diaspora: "Armenian" })).toEqual({
      ok: false,
      fieldErrors: { email: ["email"], diaspora: ["unknownReference"] },
    });
    expect(await subscribe({ diaspora: "martians", country: "ZZ" })).toEqual({
      ok: false,
      fieldErrors: { diaspora: ["unknownReference"], country: ["unknownReference"] },
    });
    expect(await subscribe({ website: "https://spam.example" })).toEqual({ ok: true, id: null });
    expect(await db.eventDigest.count()).toBe(0);
    for (let i = 0; i < DIGEST_RATE_LIMIT.max; i++)
      expect(await subscribe({ city: `City ${i}` })).toMatchObject({ ok: true });
    expect(await subscribe({ city: "One more" })).toEqual({ ok: false, fieldErrors: {}, formError: "rateLimited" });
    expect(await subscribe({ city: "Elsewhere" }, "198.51.100.41")).toMatchObject({ ok: true });
  });

  it("gets a confirmation a lost job did not send from the notify run", async () => {
    const { id } = (await subscribe({})) as { id: string };
    // A job that never ran: two minutes later the notify run sends it.
    expect(await mailLostConfirmations(db, new Date())).toBe(0);
    expect(await mailLostConfirmations(db, new Date(Date.now() + 3 * 60 * 1000))).toBe(1);
    expect(mailsTo("reader@example.org")).toHaveLength(1);
    expect((await db.eventDigest.findUniqueOrThrow({ where: { id } })).confirmationSentAt).not.toBeNull();
  });
});
