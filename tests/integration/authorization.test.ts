// Who may run which server action, over the whole matrix: every gated action × every kind of actor (nobody, an
// account without roles, curators and moderators scoped to the Armenian or the Georgian diaspora, a global
// moderator, an admin) × entries of either diaspora. The allowed actors are written out per case, not derived
// from lib/auth/permissions.ts. A refusal must be the typed "forbidden" result (or Forbidden thrown for admin
// commands), be audited as permission.denied, and change nothing. A last test reads every "use server" file so a
// new action cannot skip this matrix.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantRoleCommand, inviteUser, revokeRoleCommand } from "../../lib/auth/admin/commands";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { eventKind } from "../../lib/events/kind";
import { organizationKind } from "../../lib/organizations/kind";
import { presenceKind } from "../../lib/diasporas/presence/kind";
import { sourceKind } from "../../lib/sources/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { Forbidden } from "../../lib/errors";
import { importEntries } from "../../lib/import/import-entries";
import { importIcal } from "../../lib/feeds/import/import-ical";
import { jobRunner, stopJobRunner } from "../../lib/jobs/app-runner";
import { retryJob, runJobNow } from "../../lib/jobs/commands";
import { JOB_SCHEMA } from "../../lib/jobs/runner";
import { env } from "../../lib/env";
import {
  createSubscription,
  deleteSubscription,
  pauseSubscription,
  pollSubscriptionNow,
  trustSubscription,
} from "../../lib/subscriptions/commands";
import { checkLinksAgain } from "../../lib/links/commands";
import { decideSuggestion } from "../../lib/suggestions/decide-suggestion";
import { submitSuggestion } from "../../lib/suggestions/submit-suggestion";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { refusalsRecorded } from "../support/refusals";
import { serverActions } from "../support/server-actions";

const db = openTestDatabase();
const WHO = [
  "nobody",
  "noRole",
  "curatorArmenian",
  "curatorGeorgian",
  "moderatorArmenian",
  "moderatorGlobal",
  "admin",
] as const;
type Who = (typeof WHO)[number];
type Diaspora = "armenian" | "georgian";
const actors = {} as Record<Who, Actor | null>;
const diasporaIds = {} as Record<Diaspora, string>;
let counter = 0;
// A calendar server on the loopback for subscribing (allowed as the end-to-end app's TEST_FETCH_LOOPBACK_PORTS is).
const calendarServer = http.createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/calendar" });
  res.end(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Matrix//EN", "END:VCALENDAR"].join("\r\n"));
});
let calendarBase = "";

async function makeActor(
  email: string,
  grants: { role: "CURATOR" | "MODERATOR" | "ADMIN"; global?: boolean; diasporas?: Diaspora[] }[],
): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email.split("@")[0]! }, select: { id: true } });
  for (const g of grants) {
    await db.roleAssignment.create({
      data: {
        userId: user.id,
        role: g.role,
        global: g.global ?? false,
        diasporas: { createMany: { data: (g.diasporas ?? []).map((d) => ({ diasporaId: diasporaIds[d] })) } },
      },
    });
  }
  return (await loadActor(user.id))!;
}

beforeAll(async () => {
  await resetToSeed(db);
  for (const d of await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  }))
    diasporaIds[d.slug as Diaspora] = d.id;
  actors.nobody = null;
  actors.noRole = await makeActor("norole@example.org", []);
  actors.curatorArmenian = await makeActor("curator-hy@example.org", [{ role: "CURATOR", diasporas: ["armenian"] }]);
  actors.curatorGeorgian = await makeActor("curator-ka@example.org", [{ role: "CURATOR", diasporas: ["georgian"] }]);
  actors.moderatorArmenian = await makeActor("moderator-hy@example.org", [
    { role: "MODERATOR", diasporas: ["armenian"] },
  ]);
  actors.moderatorGlobal = await makeActor("moderator@example.org", [{ role: "MODERATOR", global: true }]);
  actors.admin = await makeActor("admin@example.org", [{ role: "ADMIN", global: true }]);
  await new Promise<void>((resolve) => calendarServer.listen(0, "127.0.0.1", resolve));
  const port = (calendarServer.address() as AddressInfo).port;
  calendarBase = `http://127.0.0.1:${port}`;
  (env as { TEST_FETCH_LOOPBACK_PORTS: number[] }).TEST_FETCH_LOOPBACK_PORTS = [port];
});
afterAll(async () => {
  (env as { TEST_FETCH_LOOPBACK_PORTS: number[] }).TEST_FETCH_LOOPBACK_PORTS = [];
  calendarServer.closeAllConnections();
  calendarServer.close();
  await stopJobRunner(5);
  await db.$disconnect();
});

/** A fresh published organization of one diaspora at version 2, with a pending revision by its curator, and a user holding a curator role there. */
async function fixture(diaspora: Diaspora) {
  const slug = `matrix-${diaspora}-${++counter}`;
  const author = diaspora === "armenian" ? actors.curatorArmenian! : actors.curatorGeorgian!;
  const fresh = {
    version: "0",
    slug,
    "name.en": `Matrix ${counter}`,
    types: ["CULTURAL_SOCIETY"],
    diasporaIds: [diasporaIds[diaspora]],
    countryCodes: ["FR"],
    status: "ACTIVE",
    foundedYear: "",
    languages: "",
    acronym: "",
    notDuplicate: "1",
  };
  const created = await submitRevision(organizationKind, author, fresh);
  if (!created.ok) throw new Error(`fixture: ${JSON.stringify(created)}`);
  await approveRevision(actors.admin, { revisionId: created.revisionId });
  const stored = (await organizationKind.find(db, slug))!;
  // A second approved version, so the first is an older state to restore.
  const edited = await submitRevision(organizationKind, actors.moderatorGlobal, {
    ...organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version }),
    foundedYear: "2001",
  });
  if (!edited.ok) throw new Error(`fixture: ${JSON.stringify(edited)}`);
  await approveRevision(actors.admin, { revisionId: edited.revisionId });
  const current = (await organizationKind.find(db, slug))!;
  const values = organizationKind.toValues(current.snapshot, { id: current.id, version: current.version });
  const pending = await submitRevision(organizationKind, author, { ...values, acronym: "PEND" });
  if (!pending.ok) throw new Error(`fixture: ${JSON.stringify(pending)}`);
  const target = (
    await db.user.create({ data: { email: `target-${counter}@example.org`, name: "Target" }, select: { id: true } })
  ).id;
  await db.roleAssignment.create({
    data: { userId: target, role: "CURATOR", diasporas: { create: { diasporaId: diasporaIds[diaspora] } } },
  });
  const suggested = await submitSuggestion(
    { entityType: "organization", slug, body: "The founding year looks wrong to me." },
    { ip: `198.51.100.${counter % 250}`, locale: "en" },
  );
  if (!suggested.ok) throw new Error(`fixture: ${JSON.stringify(suggested)}`);
  const suggestion = (await db.suggestion.findFirstOrThrow({ where: { entityId: current.id }, select: { id: true } }))
    .id;
  // A source cited by the organization, so it belongs to the organization's diaspora.
  const cited = await db.source.create({
    data: {
      key: `matrix-source-${counter}`,
      title: `Matrix source ${counter}`,
      organizations: { create: { organizationId: current.id, facts: ["name"] } },
    },
    select: { id: true, key: true },
  });
  // The organization's calendar subscription.
  const subscription = (
    await db.calendarSubscription.create({
      data: { organizationId: current.id, url: `${calendarBase}/${slug}.ics`, locale: "en", sourceId: cited.id },
      select: { id: true },
    })
  ).id;
  const source = (await sourceKind.find(db, cited.key))!;
  const eventValues = {
    version: "0",
    slug: `matrix-event-${diaspora}-${counter}`,
    "title.en": `Matrix event ${counter}`,
    type: "FESTIVAL",
    start: "2024-05",
    diasporaIds: [diasporaIds[diaspora]],
  };
  const newEvent = await submitRevision(eventKind, actors.admin, eventValues);
  if (!newEvent.ok) throw new Error(`fixture: ${JSON.stringify(newEvent)}`);
  await approveRevision(actors.moderatorGlobal, { revisionId: newEvent.revisionId });
  const event = (await eventKind.find(db, eventValues.slug))!;
  // A published population figure of the diaspora, its (country, year) unique across the run's fixtures.
  const figure = await db.diasporaPresence.create({
    data: {
      diasporaId: diasporaIds[diaspora],
      countryCode: counter < 200 ? "DE" : "AT",
      year: 1800 + (counter % 200),
      population: 1000,
    },
    select: { id: true },
  });
  const presence = (await presenceKind.find(db, figure.id))!;
  // The job queue: no run of the purge waiting (so "run now" may queue one), and one failed run to retry.
  const { boss } = await jobRunner();
  await db.$executeRawUnsafe(
    `DELETE FROM ${JOB_SCHEMA}.job WHERE name = 'purge-expired' AND state IN ('created', 'retry', 'active')`,
  );
  const failedJob = (await boss.send("purge-expired", {}, { retryLimit: 0 }))!;
  await boss.fail("purge-expired", failedJob, { message: "fixture" });
  return {
    slug,
    failedJob,
    subscription,
    id: current.id,
    version: current.version,
    values,
    pending: pending.revisionId,
    first: created.revisionId,
    target,
    diaspora,
    suggestion,
    source,
    event,
    eventValues,
    presence,
  };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

/** Everything an action could change, apart from the audit log (a refusal adds one row there). */
async function state() {
  const [organizations, sources, events, presences, revisions, roles, invitations, suggestions, subscriptions] =
    await Promise.all([
      db.organization.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } }),
      db.source.findMany({ select: { key: true, version: true, title: true }, orderBy: { key: "asc" } }),
      db.event.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } }),
      db.diasporaPresence.findMany({ select: { id: true, version: true, population: true }, orderBy: { id: "asc" } }),
      db.revision.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
      db.roleAssignment.findMany({
        select: { userId: true, role: true, global: true, diasporas: { select: { diasporaId: true } } },
        orderBy: [{ userId: "asc" }, { role: "asc" }],
      }),
      db.invitation.count(),
      db.suggestion.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
      db.calendarSubscription.findMany({ select: { id: true, paused: true, trusted: true }, orderBy: { id: "asc" } }),
    ]);
  const [{ queue } = { queue: false }] = await db.$queryRawUnsafe<{ queue: boolean }[]>(
    `SELECT to_regclass('${JOB_SCHEMA}.job') IS NOT NULL AS queue`,
  );
  const jobs = queue
    ? await db.$queryRawUnsafe<{ id: string; state: string }[]>(
        `SELECT id::text AS id, state::text AS state FROM ${JOB_SCHEMA}.job ORDER BY id`,
      )
    : [];
  return { organizations, sources, events, presences, revisions, roles, invitations, suggestions, subscriptions, jobs };
}

type Outcome = "allowed" | "denied";
const outcome = async (run: () => Promise<{ ok: boolean; formError?: string }>): Promise<Outcome> => {
  try {
    const result = await run();
    if (!result.ok && result.formError === "forbidden") return "denied";
    if (!result.ok) throw new Error(`neither allowed nor refused: ${JSON.stringify(result)}`);
    return "allowed";
  } catch (error) {
    if (error instanceof Forbidden) return "denied";
    throw error;
  }
};

type Case = {
  action: string;
  run: (actor: Actor | null, f: Fixture) => Promise<{ ok: boolean; formError?: string }>;
  allowed: Record<Diaspora, Who[]>;
};
const editors: Record<Diaspora, Who[]> = {
  armenian: ["curatorArmenian", "moderatorArmenian", "moderatorGlobal", "admin"],
  georgian: ["curatorGeorgian", "moderatorGlobal", "admin"],
};
const reviewers: Record<Diaspora, Who[]> = {
  armenian: ["moderatorArmenian", "moderatorGlobal", "admin"],
  georgian: ["moderatorGlobal", "admin"],
};
const admins: Record<Diaspora, Who[]> = { armenian: ["admin"], georgian: ["admin"] };
// Anyone with a live scope may propose a new source, whatever diaspora they work on.
const anyScope: Record<Diaspora, Who[]> = {
  armenian: ["curatorArmenian", "curatorGeorgian", "moderatorArmenian", "moderatorGlobal", "admin"],
  georgian: ["curatorArmenian", "curatorGeorgian", "moderatorArmenian", "moderatorGlobal", "admin"],
};

const CASES: Case[] = [
  {
    action: "saveEntryAction (new organization)",
    allowed: editors,
    run: (a, f) =>
      submitRevision(organizationKind, a, {
        ...f.values,
        id: "",
        version: "0",
        slug: `${f.slug}-new`,
        notDuplicate: "1",
      }),
  },
  {
    action: "saveEntryAction (edit organization)",
    allowed: editors,
    run: (a, f) => submitRevision(organizationKind, a, { ...f.values, acronym: "EDIT" }),
  },
  {
    action: "saveEntryAction (new event)",
    allowed: editors,
    run: (a, f) => submitRevision(eventKind, a, { ...f.eventValues, slug: `${f.eventValues.slug}-new` }),
  },
  {
    action: "saveEntryAction (edit event)",
    allowed: editors,
    run: (a, f) =>
      submitRevision(eventKind, a, {
        ...eventKind.toValues(f.event.snapshot, { id: f.event.id, version: f.event.version }),
        start: "2024-06",
      }),
  },
  {
    action: "saveEntryAction (new presence)",
    allowed: editors,
    run: (a, f) =>
      submitRevision(presenceKind, a, {
        version: "0",
        diasporaId: diasporaIds[f.diaspora],
        hostCountry: "NL",
        population: "100",
        year: "",
      }),
  },
  {
    action: "saveEntryAction (edit presence)",
    allowed: editors,
    run: (a, f) =>
      submitRevision(presenceKind, a, {
        ...presenceKind.toValues(f.presence.snapshot, { id: f.presence.id, version: f.presence.version }),
        population: "12345",
      }),
  },
  {
    action: "saveEntryAction (new source)",
    allowed: anyScope,
    run: (a, f) =>
      submitRevision(sourceKind, a, { version: "0", key: `${f.source.snapshot.key}-new`, title: "A new source" }),
  },
  {
    action: "saveEntryAction (edit source cited in the diaspora)",
    allowed: editors,
    run: (a, f) =>
      submitRevision(sourceKind, a, {
        ...sourceKind.toValues(f.source.snapshot, { id: f.source.id, version: f.source.version }),
        title: "Edited title",
      }),
  },
  {
    action: "approveRevisionAction",
    allowed: reviewers,
    // The pending acronym cites no source: a reviewer who may approve records why none is needed (curation-sourcing).
    run: (a, f) => approveRevision(a, { revisionId: f.pending, sourceWaiver: "Spelling of the cited acronym" }),
  },
  {
    action: "rejectRevisionAction",
    allowed: reviewers,
    run: (a, f) => rejectRevision(a, { revisionId: f.pending, comment: "Needs a source." }),
  },
  {
    action: "restoreRevisionAction",
    allowed: editors,
    run: (a, f) => restoreRevision(a, { revisionId: f.first, version: String(f.version) }),
  },
  {
    action: "decideSuggestionAction",
    allowed: reviewers,
    run: (a, f) => decideSuggestion(a, { suggestionId: f.suggestion, decision: "RESOLVED" }),
  },
  {
    action: "inviteAction",
    allowed: admins,
    run: (a, f) =>
      inviteUser(
        a,
        { email: `invitee-${f.slug}@example.org`, role: "CURATOR", diasporaIds: [diasporaIds[f.diaspora]] },
        { locale: "en", origin: "http://localhost" },
      ),
  },
  {
    action: "grantRoleAction",
    allowed: admins,
    run: (a, f) =>
      grantRoleCommand(a, { userId: f.target, role: "MODERATOR", diasporaIds: [diasporaIds[f.diaspora]] }, {}),
  },
  {
    action: "revokeRoleAction",
    allowed: admins,
    run: (a, f) => revokeRoleCommand(a, { userId: f.target, role: "CURATOR" }, {}),
  },
  // Imports (lib/import): admins only, whatever diaspora the file's entries belong to.
  {
    action: "importEntriesAction",
    allowed: admins,
    run: (a, f) =>
      importEntries(
        a,
        {
          kind: "organization",
          mode: "import",
          fileName: "matrix.csv",
          content: `slug,name_en,types,diasporas\r\n${f.slug}-imported,Imported ${f.slug},MEDIA,${f.diaspora}\r\n`,
        },
        { locale: "en" },
      ),
  },
  // Feeds: importing events from iCalendar. The plan's hash comes from an admin's dry run of the same calendar.
  {
    action: "importIcalAction (import)",
    allowed: admins,
    run: async (a, f) => {
      const event = [
        "BEGIN:VEVENT",
        `UID:${f.slug}@matrix.example`,
        "DTSTAMP:20240101T000000Z",
        "DTSTART;VALUE=DATE:20240601",
        `SUMMARY:Matrix import ${f.slug}`,
        "END:VEVENT",
      ];
      const calendar = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Matrix//EN", ...event, "END:VCALENDAR"].join(
        "\r\n",
      );
      const values = {
        calendar,
        fileName: "matrix.ics",
        locale: "en",
        type: "FESTIVAL",
        diasporaIds: [diasporaIds[f.diaspora]],
      };
      const preview = await importIcal(actors.admin, { intent: "preview", ...values });
      if (!preview.ok || preview.intent !== "preview") throw new Error(`fixture: ${JSON.stringify(preview)}`);
      return importIcal(a, { intent: "import", ...values, planHash: preview.planHash });
    },
  },
  // The job queue (lib/jobs): admins only.
  { action: "runJobNowAction", allowed: admins, run: (a) => runJobNow(a, { name: "purge-expired" }, {}) },
  {
    action: "retryJobAction",
    allowed: admins,
    run: (a, f) => retryJob(a, { name: "purge-expired", id: f.failedJob }, {}),
  },
  // Calendar subscriptions (lib/subscriptions): the organization's editors; trusting one, admins only.
  {
    action: "createSubscriptionAction",
    allowed: editors,
    run: (a, f) =>
      createSubscription(
        a,
        { organizationId: f.id, url: `${calendarBase}/${f.slug}-new.ics`, locale: "en", eventType: "OTHER" },
        {},
      ),
  },
  {
    action: "pollSubscriptionAction",
    allowed: editors,
    run: (a, f) => pollSubscriptionNow(a, { id: f.subscription }, {}),
  },
  {
    action: "pauseSubscriptionAction",
    allowed: editors,
    run: (a, f) => pauseSubscription(a, { id: f.subscription, on: "1" }, {}),
  },
  {
    action: "trustSubscriptionAction",
    allowed: admins,
    run: (a, f) => trustSubscription(a, { id: f.subscription, on: "1" }, {}),
  },
  {
    action: "deleteSubscriptionAction",
    allowed: editors,
    run: (a, f) => deleteSubscription(a, { id: f.subscription }, {}),
  },
  {
    action: "checkLinksAgainAction",
    allowed: editors,
    run: (a, f) => checkLinksAgain(a, { organizationId: f.id }, {}),
  },
];

describe("every gated action × actor × diaspora", () => {
  for (const c of CASES) {
    for (const diaspora of ["armenian", "georgian"] as const) {
      it(`${c.action} on a ${diaspora} entry`, async () => {
        const seen: Record<string, Outcome> = {};
        // A refusal is checked to change nothing, so the next actor meets the fixture exactly as made; an allowed
        // action used it up, and the next actor gets a fresh one. (Making one per actor cost most of this file's time.)
        let f: Fixture | null = null;
        for (const who of WHO) {
          const current = (f ??= await fixture(diaspora));
          const before = await state();
          const denials = await refusalsRecorded(db);
          seen[who] = await outcome(() => c.run(actors[who], current));
          if (seen[who] === "denied") {
            expect(await state(), `${who} changed something`).toEqual(before);
            expect(await refusalsRecorded(db), `${who}'s refusal audited`).toBe(denials + 1);
          } else {
            expect(await state(), `${who} was allowed but nothing changed`).not.toEqual(before);
            f = null;
          }
        }
        expect(seen).toEqual(
          Object.fromEntries(WHO.map((who) => [who, c.allowed[diaspora].includes(who) ? "allowed" : "denied"])),
        );
      });
    }
  }
});

// Four eyes: a reviewer's own revision, written in their scope. Plain approval is refused to every reviewer (typed
// "ownRevision", audited as permission.denied, nothing published); only an admin may use the explicit "publish
// without review", audited as revision.self_published and never as an ordinary approval.
describe("four eyes: a reviewer's own revision", () => {
  const OWN: Record<string, { plain: Outcome; withoutReview: Outcome }> = {
    moderatorArmenian: { plain: "denied", withoutReview: "denied" },
    moderatorGlobal: { plain: "denied", withoutReview: "denied" },
    admin: { plain: "denied", withoutReview: "allowed" },
  };
  for (const [who, expected] of Object.entries(OWN)) {
    for (const mode of ["plain", "withoutReview"] as const) {
      it(`${who}, ${mode === "plain" ? "approving" : "publishing without review"}: ${expected[mode]}`, async () => {
        const f = await fixture("armenian");
        const actor = actors[who as Who]!;
        const own = await submitRevision(organizationKind, actor, { ...f.values, acronym: "OWN" });
        if (!own.ok) throw new Error(`fixture: ${JSON.stringify(own)}`);
        const before = await state();
        const counts = async () =>
          Object.fromEntries(
            await Promise.all(
              ["permission.denied", "revision.approved", "revision.self_published"].map(async (action) => [
                action,
                await db.auditLog.count({ where: { action, targetId: own.revisionId } }),
              ]),
            ),
          );
        const result = await approveRevision(actor, {
          revisionId: own.revisionId,
          sourceWaiver: "Spelling of the cited acronym",
          ...(mode === "withoutReview" ? { withoutReview: "1" } : {}),
        });
        if (expected[mode] === "denied") {
          expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "ownRevision" });
          expect(await state()).toEqual(before);
          expect(await counts()).toEqual({
            "permission.denied": 1,
            "revision.approved": 0,
            "revision.self_published": 0,
          });
          const row = await db.auditLog.findFirstOrThrow({
            where: { action: "permission.denied", targetId: own.revisionId },
            select: { actorId: true, details: true },
          });
          expect(row).toMatchObject({
            actorId: actor.userId,
            details: { permission: "approve:revision", reason: "ownRevision" },
          });
        } else {
          expect(result).toMatchObject({ ok: true, revisionId: own.revisionId });
          expect((await organizationKind.find(db, f.slug))!.snapshot.acronym).toBe("OWN");
          expect(await counts()).toEqual({
            "permission.denied": 0,
            "revision.approved": 0,
            "revision.self_published": 1,
          });
        }
      });
    }
  }

  it("another reviewer approves the same revision as usual", async () => {
    const f = await fixture("armenian");
    const own = await submitRevision(organizationKind, actors.moderatorArmenian, { ...f.values, acronym: "PEER" });
    if (!own.ok) throw new Error(`fixture: ${JSON.stringify(own)}`);
    // The flag changes nothing on someone else's revision: an ordinary, reviewed approval.
    expect(
      await approveRevision(actors.admin, {
        revisionId: own.revisionId,
        withoutReview: "1",
        sourceWaiver: "Spelling of the cited acronym",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(await db.auditLog.count({ where: { action: "revision.approved", targetId: own.revisionId } })).toBe(1);
  });
});

// Actions that need no role, each with the reason; everything else must appear in CASES.
const UNGATED: Record<string, string> = {
  signInAction: "signing in is how one gets a session",
  signOutAction: "ends the caller's own session",
  acceptInvitationAction: "the invitation token is the credential",
  requestPasswordResetAction: "anyone may ask; the mail goes to the account's own address",
  resetPasswordAction: "the reset token is the credential",
  revokeOtherSessionsAction: "acts on the caller's own sessions only",
  suggestCorrectionAction: "readers need no account; rate-limited per address, lands in the moderation queue",
  saveMailSettingsAction: "acts on the caller's own settings only; refused without a session",
  subscribeDigestAction: "visitors need no account; double opt-in, rate-limited per address",
  confirmDigestAction: "the signed link's token is the credential",
  unsubscribeDigestAction: "the signed link's token is the credential",
  proposeEntryAction:
    "visitors need no account; proof of work, rate-limited per address, lands in the moderation queue",
};

describe("coverage", () => {
  it("puts every server action in the matrix or in the ungated list", async () => {
    const gated = new Set(CASES.map((c) => c.action.split(" ")[0]!));
    expect(await serverActions()).toEqual([...new Set([...gated, ...Object.keys(UNGATED)])].sort());
  });
});
