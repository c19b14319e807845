// Property: every server action, called as Next calls it (a FormData from a signed-in admin's browser), answers
// generated bad input with a clear error code (known to the messages files, never "unknown", never a thrown
// error) and leaves the database byte-for-byte as it was. Each form is valid except for at least one field
// broken on purpose (tests/support/arbitraries.ts: brokenForm), so every input must be refused; the other fields
// carry noise, wrong shapes (repeated values, files) or nothing, and extra fields come along. The database is
// fingerprinted before and after each property's run, so an input accepted by mistake cannot go unnoticed.
// Only Next's request context (next/headers, next/cache, next-intl's getLocale, React's per-request cache) is
// stood in for (tests/support/next-request.ts): the session cookie is a real better-auth session of a real admin
// account, looked up once per property as if all its inputs came in one request.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { grantRoleAction, inviteAction, revokeRoleAction } from "../../../lib/auth/actions/admin";
import { acceptInvitationAction } from "../../../lib/auth/actions/invitation";
import { requestPasswordResetAction, resetPasswordAction } from "../../../lib/auth/actions/password-reset";
import { revokeOtherSessionsAction } from "../../../lib/auth/actions/sessions";
import { signInAction } from "../../../lib/auth/actions/sign-in";
import { signOutAction } from "../../../lib/auth/actions/sign-out";
import { loadActor } from "../../../lib/auth/load-actor";
import {
  approveRevisionAction,
  rejectRevisionAction,
  restoreRevisionAction,
  saveEntryAction,
} from "../../../lib/curation/actions";
import { eventKind } from "../../../lib/events/kind";
import { organizationKind } from "../../../lib/organizations/kind";
import { presenceKind } from "../../../lib/diasporas/presence/kind";
import { sourceKind } from "../../../lib/sources/kind";
import { approveRevision } from "../../../lib/curation/review-revision";
import { submitRevision } from "../../../lib/curation/submit-revision";
import { importIcalAction } from "../../../lib/feeds/import/actions";
import { importEntriesAction } from "../../../lib/import/actions";
import { stopJobRunner } from "../../../lib/jobs/app-runner";
import { retryJobAction, runJobNowAction } from "../../../lib/jobs/actions";
import {
  createSubscriptionAction,
  deleteSubscriptionAction,
  pauseSubscriptionAction,
  pollSubscriptionAction,
  trustSubscriptionAction,
} from "../../../lib/subscriptions/actions";
import {
  confirmDigestAction,
  saveMailSettingsAction,
  subscribeDigestAction,
  unsubscribeDigestAction,
} from "../../../lib/notifications/actions";
import { proposeEntryAction } from "../../../lib/proposals/actions";
import { checkLinksAgainAction } from "../../../lib/links/actions";
import { isSlug } from "../../../lib/validation/text";
import { decideSuggestionAction, suggestCorrectionAction } from "../../../lib/suggestions/actions";
import { submitSuggestion } from "../../../lib/suggestions/submit-suggestion";
import {
  brokenForm,
  huge,
  invalidText,
  malformedDate,
  malformedSlug,
  malformedUuid,
  noise,
  poisonedText,
  toFormData,
  wrongShape,
  type FieldValue,
} from "../../support/arbitraries";
import { databaseFingerprint, openTestDatabase } from "../../support/database";
import { resetToSeed } from "../../support/seeded-database";
import { errorCodes } from "../../support/message-codes";
import { propertyRuns } from "../../support/property-runs";
import { serverActions } from "../../support/server-actions";
import { setRequest } from "../../support/next-request";
import { signIn } from "../../support/sessions";

vi.mock("next/headers", () => import("../../support/next-request"));
vi.mock("next/cache", () => import("../../support/next-request"));
vi.mock("next-intl/server", async (original) => ({
  ...(await original<object>()),
  getLocale: (await import("../../support/next-request")).getLocale,
}));
vi.mock("react", async (original) => ({
  ...(await original<object>()),
  cache: (await import("../../support/next-request")).requestCache,
}));

const db = openTestDatabase();
const RUNS = propertyRuns({ embeddedDatabase: inject("databaseKind") === "embedded" });
// A property's 1 000 inputs take seconds on a quiet machine; a busy one (CI, a shared box) may need minutes.
const TIMEOUT = 300_000;
let cookie: string;
const ids = {} as {
  armenian: string;
  pending: string;
  approved: string;
  user: string;
  suggestion: string;
  event: Record<string, FieldValue>;
  presence: Record<string, FieldValue>;
  source: Record<string, FieldValue>;
  organization: Record<string, FieldValue>;
};

beforeAll(async () => {
  await resetToSeed(db);
  ids.armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
  const { userId, cookie: session } = await signIn(db, "admin@example.org", "ADMIN");
  cookie = session;
  const admin = (await loadActor(userId))!;
  ids.user = (await db.user.create({ data: { email: "someone@example.org", name: "Someone" } })).id;
  await db.roleAssignment.create({
    data: { userId: ids.user, role: "CURATOR", diasporas: { create: { diasporaId: ids.armenian } } },
  });
  const org = {
    version: "0",
    slug: "props-org",
    "name.en": "Props Org",
    types: ["CULTURAL_SOCIETY"],
    diasporaIds: [ids.armenian],
    countryCodes: ["FR"],
    status: "ACTIVE",
    foundedYear: "",
    languages: "",
    acronym: "",
  };
  const created = await submitRevision(organizationKind, admin, org);
  if (!created.ok) throw new Error(`fixture: ${JSON.stringify(created)}`);
  ids.approved = created.revisionId;
  await approveRevision(admin, { revisionId: created.revisionId, withoutReview: "1" });
  const stored = (await organizationKind.find(db, "props-org"))!;
  ids.organization = flat(organizationKind.toValues(stored.snapshot, { id: stored.id, version: stored.version }));
  const pending = await submitRevision(organizationKind, admin, { ...ids.organization, acronym: "PO" });
  if (!pending.ok) throw new Error("fixture");
  ids.pending = pending.revisionId;
  const event = {
    version: "0",
    slug: "props-event",
    "title.en": "Props event",
    type: "FESTIVAL",
    start: "2024-05",
    diasporaIds: [ids.armenian],
  };
  const newEvent = await submitRevision(eventKind, admin, event);
  if (!newEvent.ok) throw new Error("fixture");
  await approveRevision(admin, { revisionId: newEvent.revisionId, withoutReview: "1" });
  const ev = (await eventKind.find(db, "props-event"))!;
  ids.event = flat(eventKind.toValues(ev.snapshot, { id: ev.id, version: ev.version }));
  const figure = await db.diasporaPresence.create({
    data: { diasporaId: ids.armenian, countryCode: "DE", year: 1999, population: 1000 },
    select: { id: true },
  });
  const presence = (await presenceKind.find(db, figure.id))!;
  ids.presence = flat(presenceKind.toValues(presence.snapshot, { id: presence.id, version: presence.version }));
  const cited = await db.source.create({ data: { key: "props-source", title: "Props source" }, select: { key: true } });
  const source = (await sourceKind.find(db, cited.key))!;
  ids.source = flat(sourceKind.toValues(source.snapshot, { id: source.id, version: source.version }));
  const suggested = await submitSuggestion(
    { entityType: "organization", slug: "props-org", body: "The founding year looks wrong to me." },
    { ip: "198.51.100.7", locale: "en" },
  );
  if (!suggested.ok || !suggested.suggestionId) throw new Error("fixture");
  ids.suggestion = suggested.suggestionId;
});
afterAll(async () => {
  await stopJobRunner(5);
  await db.$disconnect();
});

/** Form values as the edit form posts them (arrays stay arrays). */
function flat(values: Record<string, unknown>): Record<string, FieldValue> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]),
  ) as Record<string, FieldValue>;
}

type Reply = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> } | void;

/** What came back: the action's result, or the redirect a successful action ends with. */
async function call(action: (data: FormData) => Promise<Reply>, values: Record<string, FieldValue | undefined>) {
  try {
    return { result: await action(toFormData(values)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirected: digest };
    throw error;
  }
}

/** A refusal a person can read: no redirect, ok false, at least one error code, each one translated, none "unknown". */
function expectClearRefusal(
  outcome: Awaited<ReturnType<typeof call>>,
  values: unknown,
  known: Set<string>,
  hidden: string[] = [],
) {
  const result = outcome.result;
  const fieldErrors = Object.entries(result?.fieldErrors ?? {});
  const formError = result?.formError ? [result.formError] : [];
  const shown = [...formError, ...fieldErrors.filter(([field]) => !hidden.includes(field)).flatMap(([, c]) => c)];
  const problem = outcome.redirected
    ? `accepted (redirected to ${outcome.redirected})`
    : result?.ok !== false
      ? `accepted: ${JSON.stringify(result)?.slice(0, 300)}`
      : formError.length + fieldErrors.length === 0
        ? "refused without saying why"
        : result.formError === "unknown"
          ? "refused as an unexpected error"
          : shown.filter((code) => !known.has(code)).map((code) => `"${code}" has no message`)[0];
  // The input is written out only on failure: it can be hundreds of kilobytes.
  if (problem) expect.fail(`${problem}; input: ${JSON.stringify(values)?.slice(0, 500)}`);
}

const validCsv = "slug,name_en,types,diasporas\r\nprops-imported,Props imported,MEDIA,armenian\r\n";
const calendar = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Props//EN",
  "BEGIN:VEVENT",
  "UID:props@example",
  "DTSTAMP:20240101T000000Z",
  "DTSTART;VALUE=DATE:20240601",
  "SUMMARY:Props",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");
const uuidList = fc.array(malformedUuid, { minLength: 1, maxLength: 3 });
const invalidVersion = fc.constantFrom("-1", "1.5", "one", "1e309", "1000001", "１", "0x10", "NaN", "Infinity");
const invalidEmail = fc.oneof(
  fc.constantFrom("", " ", "a", "a@", "@b.c", "a@b", "a b@c.org", "a@b..org", "<a@b.org>", "a@b.org\u0000"),
  huge,
  poisonedText.filter((s) => !s.includes("@")),
);
// Non-empty files only: an empty upload counts as no file, and the form's text field is used instead.
const badFile = fc.constantFrom(
  new File(["\u0000\u0001"], "bin.csv"),
  new File([validCsv], "a\u202E.csv"),
  new File(["slug\n"], "x.csv"),
  new File(["{"], "x.json"),
);
const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

type Case = {
  action: string;
  messages: string[];
  hidden?: string[];
  run: (data: FormData) => Promise<Reply>;
  valid: () => Record<string, FieldValue>;
  broken: () => Record<string, fc.Arbitrary<FieldValue>>;
};

const CASES: Case[] = [
  {
    action: "saveEntryAction (organization)",
    messages: ["Curate"],
    run: (d) => saveEntryAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ entityType: "organization", ...ids.organization, acronym: "NEW" }),
    broken: () => ({
      entityType: fc.oneof(
        fc.constantFrom("", "Organization", "user", "organisation", "__proto__", "constructor"),
        noise.filter((s) => !["organization", "event", "presence", "source"].includes(s)),
      ),
      slug: malformedSlug,
      "name.en": invalidText,
      "description.ru": invalidText,
      acronym: invalidText,
      types: fc
        .array(fc.oneof(noise, fc.constant("cultural_society")), { maxLength: 3 })
        .map((a) => a.filter((t) => t !== "MEDIA" && t !== "YOUTH")),
      diasporaIds: uuidList,
      countryCodes: fc.array(fc.constantFrom("fr", "FRA", "F", "1", "Ф", " FR"), { minLength: 1, maxLength: 3 }),
      foundedYear: fc.constantFrom("abc", "-5", "99999", "20 20", "1.5", "0"),
      status: fc.constantFrom("", "active", "DELETED", "ACTIVE\u0000"),
      version: invalidVersion,
      "channel.0.url": fc.constantFrom(
        "javascript:alert(1)",
        "ftp://x.org",
        "http://localhost",
        "not a url",
        "https://",
      ),
      languages: fc.constantFrom(
        "english",
        "123",
        "hy ru en de fr es it pt nl sv no da fi pl cs sk hu ro bg el tr",
        "<b>",
      ),
    }),
  },
  {
    action: "saveEntryAction (event)",
    messages: ["Curate"],
    run: (d) => saveEntryAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ entityType: "event", ...ids.event, start: "2024-06" }),
    broken: () => ({
      slug: malformedSlug,
      "title.en": invalidText,
      type: fc.constantFrom("", "festival", "PARTY", "FESTIVAL\u200B"),
      start: malformedDate.filter((d) => d.trim() !== ""),
      end: malformedDate.filter((d) => d.trim() !== ""),
      countryCode: fc.constantFrom("fr", "FRA", "1", " F"),
      onlineUrl: fc.constantFrom("javascript:alert(1)", "not a url", "ftp://x.org"),
      organizerIds: uuidList,
      diasporaIds: uuidList,
      version: invalidVersion,
    }),
  },
  {
    action: "saveEntryAction (presence)",
    messages: ["Curate"],
    run: (d) => saveEntryAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ entityType: "presence", ...ids.presence, population: "2000" }),
    broken: () => ({
      diasporaId: malformedUuid,
      hostCountry: fc.constantFrom("", "de", "DEU", "1"),
      population: fc.constantFrom("-1", "1.5", "abc", "1 000 00", "1,000.000", "99999999999999999999", "١٠٠"),
      year: fc.constantFrom("abc", "-1", "99999", "1.5"),
      sourceId: malformedUuid.filter((u) => u !== ""),
      locator: invalidText,
      version: invalidVersion,
    }),
  },
  {
    action: "saveEntryAction (source)",
    messages: ["Curate"],
    run: (d) => saveEntryAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ entityType: "source", ...ids.source, title: "Edited" }),
    broken: () => ({
      key: malformedSlug,
      title: invalidText,
      authors: invalidText,
      publisher: invalidText,
      url: fc.constantFrom("javascript:alert(1)", "not a url", "ftp://x.org"),
      accessedOn: malformedDate.filter((d) => d.trim() !== ""),
      year: fc.constantFrom("abc", "-1", "99999", "1.5"),
      version: invalidVersion,
    }),
  },
  {
    action: "approveRevisionAction",
    messages: ["Curate"],
    run: (d) => approveRevisionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ revisionId: ids.pending }),
    broken: () => ({ revisionId: fc.oneof(malformedUuid, fc.uuid(), wrongShape) }),
  },
  {
    action: "rejectRevisionAction",
    messages: ["Curate"],
    run: (d) => rejectRevisionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ revisionId: ids.pending, comment: "Needs a source." }),
    broken: () => ({
      revisionId: fc.oneof(malformedUuid, fc.uuid()),
      comment: fc.oneof(invalidText, fc.constantFrom("", "   ")),
    }),
  },
  {
    action: "restoreRevisionAction",
    messages: ["Curate"],
    run: (d) => restoreRevisionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ revisionId: ids.approved, version: "1" }),
    broken: () => ({
      revisionId: fc.oneof(malformedUuid, fc.uuid()),
      version: fc.oneof(invalidVersion, fc.constantFrom("0", "2", "999999")),
    }),
  },
  {
    action: "suggestCorrectionAction",
    messages: ["Suggest"],
    // The entry's type and slug are hidden inputs of the page, never typed: their codes are not shown beside a field.
    hidden: ["entityType", "slug"],
    run: (d) => suggestCorrectionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      entityType: "organization",
      slug: "props-org",
      body: "The founding year looks wrong to me.",
      sourceUrl: "",
      email: "",
    }),
    broken: () => ({
      entityType: fc.constantFrom("", "source", "Organization", "presence"),
      slug: fc.oneof(malformedSlug, fc.constantFrom("no-such-org", "props-event")),
      body: fc.oneof(invalidText, fc.constantFrom("", "short", "         x")),
      sourceUrl: fc.constantFrom("javascript:alert(1)", "not a url", "ftp://x.org", "<a>"),
      email: invalidEmail.filter((e) => e.trim() !== ""),
    }),
  },
  {
    action: "proposeEntryAction",
    messages: ["Propose", "Curate"],
    // The form's kind is a hidden input of the page, never typed.
    hidden: ["entityType"],
    run: (d) => proposeEntryAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      entityType: "event",
      "title.ru": "Вечер поэзии",
      type: "MEETING",
      start: "2027-03-14",
      diasporaIds: ids.armenian,
      sourceUrl: "https://example.org/afisha",
      note: "",
      email: "",
      // No browser solved a challenge here: a form that is otherwise valid is refused by the proof of work.
      altcha: "",
    }),
    broken: () => ({
      entityType: fc.constantFrom("", "source", "Event", "presence"),
      "title.ru": fc.oneof(invalidText, fc.constant("")),
      type: fc.constantFrom("", "PARTY", "meeting"),
      start: fc.oneof(malformedDate, fc.constant("")),
      diasporaIds: fc.oneof(malformedUuid, fc.uuid()),
      sourceUrl: fc.constantFrom("", "javascript:alert(1)", "not a url", "ftp://x.org", "<a>"),
      email: invalidEmail.filter((e) => e.trim() !== ""),
      altcha: fc.oneof(noise, fc.constantFrom("e30=", "eyJjaGFsbGVuZ2UiOnt9fQ==")),
    }),
  },
  {
    action: "saveMailSettingsAction",
    messages: ["Notify"],
    run: (d) => saveMailSettingsAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ moderationMail: "DAILY", decisionMail: "1" }),
    broken: () => ({
      moderationMail: fc.oneof(noise, fc.constantFrom("", "daily", "WEEKLY", "ON")),
      decisionMail: fc.constantFrom("yes", "0", "on", "true"),
    }),
  },
  {
    action: "subscribeDigestAction",
    messages: ["Notify"],
    run: (d) => subscribeDigestAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ email: "reader@example.org", diaspora: "armenian", country: "RU", city: "" }),
    broken: () => ({
      email: fc.oneof(invalidEmail, fc.constant("")),
      // Empty means every diaspora, every city: only what cannot name one is broken.
      diaspora: fc.oneof(
        malformedSlug.filter((v) => typeof v !== "string" || (v.trim() !== "" && !isSlug(v.trim()))),
        fc.constantFrom("martians", "Armenian"),
      ),
      country: fc.constantFrom("ru", "ZZ", "RUS", "1"),
      city: fc.oneof(invalidText, huge).filter((v) => typeof v !== "string" || v.trim() !== ""),
    }),
  },
  {
    action: "confirmDigestAction",
    messages: ["Notify"],
    // The link's id and token are hidden inputs of the page the mail opens.
    hidden: ["id", "token"],
    run: (d) => confirmDigestAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ id: "00000000-0000-4000-8000-000000000000", token: "x".repeat(43) }),
    broken: () => ({
      id: fc.oneof(malformedUuid, fc.uuid()),
      token: fc.oneof(noise, fc.constantFrom("", "a".repeat(43))),
    }),
  },
  {
    action: "unsubscribeDigestAction",
    messages: ["Notify"],
    hidden: ["id", "token"],
    run: (d) => unsubscribeDigestAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ id: "00000000-0000-4000-8000-000000000000", token: "x".repeat(43) }),
    broken: () => ({
      id: fc.oneof(malformedUuid, fc.uuid()),
      token: fc.oneof(noise, fc.constantFrom("", "a".repeat(43))),
    }),
  },
  {
    action: "decideSuggestionAction",
    messages: ["Suggest"],
    run: (d) => decideSuggestionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ suggestionId: ids.suggestion, decision: "RESOLVED" }),
    broken: () => ({
      suggestionId: fc.oneof(malformedUuid, fc.uuid()),
      decision: fc.oneof(
        fc.constantFrom("", "resolved", "OPEN", "RESOLVED "),
        noise.filter((s) => s !== "RESOLVED" && s !== "DISMISSED"),
      ),
    }),
  },
  {
    action: "inviteAction",
    messages: ["Auth"],
    run: (d) => inviteAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ email: "invitee@example.org", name: "Invitee", role: "CURATOR", diasporaIds: [ids.armenian] }),
    broken: () => ({
      email: invalidEmail,
      name: invalidText,
      role: fc.constantFrom("", "curator", "KING", "ADMIN\u0000"),
      diasporaIds: uuidList,
    }),
  },
  {
    action: "grantRoleAction",
    messages: ["Auth"],
    run: (d) => grantRoleAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ userId: ids.user, role: "MODERATOR", diasporaIds: [ids.armenian] }),
    broken: () => ({
      userId: fc.oneof(malformedUuid, fc.uuid()),
      role: fc.constantFrom("", "moderator", "KING", "OWNER"),
      diasporaIds: uuidList,
    }),
  },
  {
    action: "revokeRoleAction",
    messages: ["Auth"],
    run: (d) => revokeRoleAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ userId: ids.user, role: "CURATOR" }),
    broken: () => ({ userId: fc.oneof(malformedUuid, fc.uuid()), role: fc.constantFrom("", "curator", "KING") }),
  },
  {
    action: "importEntriesAction",
    messages: ["Import", "Curate"],
    run: (d) => importEntriesAction({ ok: false, fieldErrors: {} }, d),
    valid: () => ({ kind: "organization", mode: "import", fileName: "props.csv", content: validCsv }),
    broken: () => ({
      kind: fc.constantFrom("", "planet", "Organization", "source"),
      mode: fc.constantFrom("commit", "IMPORT", "import\u0000"),
      fileName: fc.oneof(poisonedText, fc.constant("a".repeat(201))),
      content: fc.oneof(
        fc.constantFrom("slug\n", "\u0000\u0001\u0002", "{", '[{"slug": 1}]'),
        invalidText.map((t) => `slug,name_en,types,diasporas\r\nbad-row,${csvCell(t)},MEDIA,armenian\r\n`),
        fc.constant(`slug\n${"x".repeat(2_000_001)}`),
      ),
      file: badFile,
    }),
  },
  {
    action: "importIcalAction",
    messages: ["ImportIcal", "Curate"],
    run: (d) => importIcalAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      intent: "import",
      calendar,
      fileName: "props.ics",
      locale: "en",
      type: "FESTIVAL",
      diasporaIds: [ids.armenian],
      planHash: "0".repeat(64),
    }),
    broken: () => ({
      intent: fc.constantFrom("", "PREVIEW", "delete"),
      url: fc.constantFrom(
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://user:pw@example.org/x.ics",
        "not a url",
      ),
      calendar: fc.oneof(noise, fc.constant("BEGIN:VCALENDAR\r\nEND:VCALENDAR")),
      fileName: poisonedText,
      locale: fc.constantFrom("", "xx", "EN", "en-US", "../en"),
      type: fc.constantFrom("", "festival", "PARTY"),
      diasporaIds: uuidList,
      planHash: fc.oneof(noise, fc.constant("z".repeat(64))),
    }),
  },
  {
    action: "runJobNowAction",
    messages: ["Jobs"],
    run: (d) => runJobNowAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ name: "purge-expired" }),
    broken: () => ({
      name: fc.oneof(poisonedText, fc.constantFrom("", "PURGE-EXPIRED", "purge-expired ", "../purge-expired")),
    }),
  },
  {
    action: "retryJobAction",
    messages: ["Jobs"],
    run: (d) => retryJobAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ name: "purge-expired", id: "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b" }),
    // A well-formed id of no failed run is refused too ("notFailed").
    broken: () => ({ name: fc.constantFrom("", "drop", "Purge-Expired"), id: fc.oneof(malformedUuid, fc.uuid()) }),
  },
  {
    action: "createSubscriptionAction",
    messages: ["Subscriptions"],
    run: (d) => createSubscriptionAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      organizationId: String(ids.organization.id),
      url: "https://calendar.example/props.ics",
      locale: "en",
      eventType: "OTHER",
    }),
    // Every broken form is refused before the calendar would be fetched.
    broken: () => ({
      organizationId: malformedUuid,
      url: fc.constantFrom(
        "",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://user:pw@example.org/x.ics",
        "webcal//x",
        `https://example.org/${"a".repeat(2100)}`,
      ),
      locale: fc.constantFrom("", "xx", "EN", "en-US", "../en"),
      eventType: fc.constantFrom("", "other", "PARTY"),
    }),
  },
  {
    action: "checkLinksAgainAction",
    messages: ["Links"],
    run: (d: FormData) => checkLinksAgainAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ organizationId: "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b" }),
    // A well-formed id of no organization is refused too ("unknownOrganization").
    broken: () => ({ organizationId: fc.oneof(malformedUuid, fc.uuid()) }),
  },
  ...(
    [
      ["pollSubscriptionAction", pollSubscriptionAction],
      ["deleteSubscriptionAction", deleteSubscriptionAction],
    ] as const
  ).map(([action, run]) => ({
    action,
    messages: ["Subscriptions"],
    run: (d: FormData) => run({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ id: "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b" }),
    // A well-formed id of no subscription is refused too ("unknownSubscription").
    broken: () => ({ id: fc.oneof(malformedUuid, fc.uuid()) }),
  })),
  ...(
    [
      ["pauseSubscriptionAction", pauseSubscriptionAction],
      ["trustSubscriptionAction", trustSubscriptionAction],
    ] as const
  ).map(([action, run]) => ({
    action,
    messages: ["Subscriptions"],
    run: (d: FormData) => run({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ id: "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b", on: "1" }),
    broken: () => ({ id: fc.oneof(malformedUuid, fc.uuid()), on: fc.constantFrom("", "2", "yes", "true") }),
  })),
  {
    action: "signInAction",
    messages: ["Auth"],
    run: (d) => signInAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ email: "admin@example.org", password: "wrong password", next: "/admin" }),
    // An invalid address never reaches better-auth; a well-formed one would count against the rate limit (by design).
    broken: () => ({ email: invalidEmail }),
  },
  {
    action: "requestPasswordResetAction",
    messages: ["Auth"],
    run: (d) => requestPasswordResetAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({ email: "admin@example.org" }),
    broken: () => ({ email: invalidEmail }),
  },
  {
    action: "resetPasswordAction",
    messages: ["Auth"],
    run: (d) => resetPasswordAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      token: "no-such-token",
      password: "Quiet-harbour-lantern-8",
      confirmPassword: "Quiet-harbour-lantern-8",
    }),
    broken: () => ({
      token: fc.oneof(noise, fc.uuid()),
      password: fc.constantFrom("", "short", "password123", "x".repeat(200)),
      confirmPassword: fc.constantFrom("", "other"),
    }),
  },
  {
    action: "acceptInvitationAction",
    messages: ["Auth"],
    run: (d) => acceptInvitationAction({ ok: false, values: {}, fieldErrors: {} }, d),
    valid: () => ({
      token: "no-such-token",
      email: "invitee@example.org",
      name: "Invitee",
      password: "Quiet-harbour-lantern-8",
      confirmPassword: "Quiet-harbour-lantern-8",
    }),
    broken: () => ({
      token: fc.oneof(noise, fc.uuid()),
      email: invalidEmail,
      name: invalidText,
      password: fc.constantFrom("", "short", "password123", "x".repeat(200)),
      confirmPassword: fc.constantFrom("", "other"),
    }),
  },
];

// A refusal naming an entry that does not exist is audited (lib/auth/assert-can.ts refuseUnknownTarget): the audit
// log may gain "permission.denied" rows, and nothing else may change.
const REFUSAL_AUDIT = "permission.denied";
const otherAudits = () => db.auditLog.count({ where: { action: { not: REFUSAL_AUDIT } } });

describe.each(CASES)("$action", ({ action, messages, hidden, run, valid, broken }) => {
  const known = errorCodes(...messages);
  it(`refuses ${RUNS} broken forms clearly and changes nothing`, { timeout: TIMEOUT }, async () => {
    setRequest({ cookie, ip: "203.0.113.9", origin: "http://localhost:3000" });
    const before = await databaseFingerprint(db, { except: ["AuditLog"] });
    const auditsBefore = await otherAudits();
    await fc.assert(
      fc.asyncProperty(brokenForm(valid(), broken()), async (values) => {
        expectClearRefusal(await call(run, values), values, known, hidden);
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint(db, { except: ["AuditLog"] }), `${action} changed the database`).toEqual(before);
    expect(await otherAudits(), `${action} wrote audit rows other than refusals`).toBe(auditsBefore);
  });
});

// The two actions without a form read only the request: a forged, truncated or garbled session cookie must not
// sign anyone out, revoke anything or throw.
const garbledCookie = fc
  .oneof(
    noise.map((s) => `better-auth.session_token=${s}`),
    fc.string({ maxLength: 200 }),
    fc.constant(""),
    fc.constantFrom(
      "better-auth.session_token=",
      "better-auth.session_token=a.b",
      "__Secure-better-auth.session_token=x",
    ),
  )
  .map((c) => c.replace(/[^\x20-\x7E]/g, "")); // what an HTTP header can carry

describe("revokeOtherSessionsAction and signOutAction", () => {
  it(`treat ${RUNS} garbled session cookies each as no session`, { timeout: TIMEOUT }, async () => {
    const before = await databaseFingerprint(db);
    await fc.assert(
      fc.asyncProperty(garbledCookie, async (garbled) => {
        setRequest({ cookie: garbled, ip: "203.0.113.9" });
        expectClearRefusal(
          await call(() => revokeOtherSessionsAction({ ok: false, values: {}, fieldErrors: {} }), {}),
          garbled,
          errorCodes("Auth"),
        );
        // Without a session, signing out just goes home.
        expect(await call(() => signOutAction(), {})).toEqual({ redirected: expect.stringContaining("/en") });
      }),
      { numRuns: RUNS },
    );
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe("coverage", () => {
  it("has a property for every server action", async () => {
    const covered = new Set([
      ...CASES.map((c) => c.action.split(" ")[0]!),
      "revokeOtherSessionsAction",
      "signOutAction",
    ]);
    expect([...covered].sort()).toEqual(await serverActions());
  });
});

// Shrunk counterexamples the properties found, kept as plain regression tests (the bugs are fixed).
describe("counterexamples", () => {
  const state = { ok: false, values: {}, fieldErrors: {} };
  it("a repeated password field gets a translatable code, not zod's English message", async () => {
    setRequest({ ip: "203.0.113.9" });
    const result = await signInAction(state, toFormData({ email: "", password: ["", "' OR '1'='1"], next: "/admin" }));
    expect(result.fieldErrors).toEqual({ email: ["required"], password: ["invalid"] });
  });

  it("a per-language field without a language (name.) is refused as invalid, in words the form can show", async () => {
    setRequest({ cookie, ip: "203.0.113.9" });
    const before = await databaseFingerprint(db);
    const result = await saveEntryAction(
      state,
      toFormData({ entityType: "organization", ...ids.organization, "name.": ["' OR '1'='1", ""] }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { "name.": ["invalid"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("revoking a role of an account that does not exist says so instead of 'role removed'", async () => {
    setRequest({ cookie, ip: "203.0.113.9" });
    const result = await revokeRoleAction(
      state,
      toFormData({ userId: "20660117-f092-408d-8fff-61e35c43d48a", role: "MODERATOR" }),
    );
    expect(result).toMatchObject({ ok: false, formError: "userMissing" });
  });

  it("a reset token with a NUL byte is an invalid token, not an unexpected error", async () => {
    setRequest({ ip: "203.0.113.9" });
    const result = await resetPasswordAction(
      state,
      toFormData({
        token: "x\u0000x",
        password: "Quiet-harbour-lantern-8",
        confirmPassword: "Quiet-harbour-lantern-8",
      }),
    );
    expect(result).toMatchObject({ ok: false, formError: "resetTokenInvalid" });
  });

  it("a lone surrogate in an imported JSON file is refused, not stored as U+FFFD", async () => {
    setRequest({ cookie, ip: "203.0.113.9" });
    const before = await databaseFingerprint(db);
    // JSON's \ud800 escape is the one way a lone surrogate reaches the app: FormData and URLs replace it first.
    const content =
      '[{"slug": "lone-surrogate", "type": "FESTIVAL", "title": {"en": "Fest \\ud800 2024"}, "diasporas": ["armenian"]}]';
    const result = await importEntriesAction(
      { ok: false, fieldErrors: {} },
      toFormData({ kind: "event", mode: "import", fileName: "events.json", content }),
    );
    expect(result).toMatchObject({ ok: false, formError: "rowsRejected" });
    expect(result.report?.rows[0]).toMatchObject({ action: "rejected", errors: { title_en: ["invisibleCharacters"] } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});
