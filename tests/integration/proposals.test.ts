// Visitors' proposals against the test database (issue #14, item 5): a proposal with a solved proof of work becomes a
// pending revision without an author, in its diaspora's moderation queue, with what the moderator needs; without the
// solution, with a forged, expired or reused one, with a filled honeypot, bad input or past the hourly limit, nothing
// is stored; approved, the entry is published citing the page the visitor named.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { approveRevision } from "../../lib/curation/review-revision";
import { listPendingRevisions } from "../../lib/curation/list-revisions";
import { proposalChallenge } from "../../lib/proposals/challenge";
import { PROPOSAL_RATE_LIMIT, submitProposal } from "../../lib/proposals/submit-proposal";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const VISITOR = "198.51.100.23";
let armenianId: string;
let georgianId: string;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  const ids = await db.diaspora.findMany({
    where: { slug: { in: ["armenian", "georgian"] } },
    select: { id: true, slug: true },
  });
  armenianId = ids.find((d) => d.slug === "armenian")!.id;
  georgianId = ids.find((d) => d.slug === "georgian")!.id;
});

/** What the visitor's browser does: fetch a challenge, find its counter, post both as the widget would. */
async function solved(now?: Date): Promise<string> {
  const challenge = await proposalChallenge(now);
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const eventForm = async (overrides: Record<string, string> = {}) => ({
  entityType: "event",
  "title.ru": "Вечер армянской поэзии",
  type: "MEETING",
  start: "2027-03-14",
  end: "",
  countryCode: "RU",
  "city.ru": "Краснодар",
  onlineUrl: "",
  diasporaIds: armenianId,
  "description.ru": "Чтения стихов Ованеса Туманяна.",
  sourceUrl: "example.org/afisha/poetry",
  note: "Анонс в группе общины.",
  email: "visitor@example.org",
  website: "",
  altcha: await solved(),
  ...overrides,
});

const propose = (values: Record<string, string>, options: { ip?: string | null; locale?: string; now?: Date } = {}) =>
  submitProposal(values, {
    ip: options.ip === undefined ? VISITOR : options.ip,
    locale: options.locale ?? "ru",
    now: options.now,
  });

async function stored() {
  const [revisions, proposals, audit] = await Promise.all([
    db.revision.count({ where: { authorId: null } }),
    db.publicProposal.count(),
    db.auditLog.count({ where: { action: "proposal.received" } }),
  ]);
  return { revisions, proposals, audit };
}
const nothing = { revisions: 0, proposals: 0, audit: 0 };

describe("a visitor's proposal", () => {
  it("becomes a pending revision without an author, in its diaspora's queue, with the page, note and address", async () => {
    const result = await propose(await eventForm());
    expect(result).toMatchObject({ ok: true });
    const revisionId = (result as { revisionId: string }).revisionId;
    const revision = await db.revision.findUniqueOrThrow({
      where: { id: revisionId },
      include: { proposal: true },
    });
    expect(revision).toMatchObject({ status: "PENDING", authorId: null, entityId: null, diasporaIds: [armenianId] });
    expect(revision.snapshot).toMatchObject({
      slug: "vecher-armianskoi-poezii-2027",
      start: "2027-03-14",
      type: "MEETING",
    });
    expect(revision.proposal).toMatchObject({
      sourceUrl: "https://example.org/afisha/poetry",
      note: "Анонс в группе общины.",
      email: "visitor@example.org",
      locale: "ru",
      facts: ["title", "dates", "city", "description"],
    });
    expect(revision.proposal!.ipHash).not.toContain(VISITOR);
    expect(await db.auditLog.count({ where: { action: "proposal.received", targetId: revisionId } })).toBe(1);

    const armenianModerator = await makeActor(db, "mod-am@example.org", "MODERATOR", [armenianId]);
    const georgianModerator = await makeActor(db, "mod-ge@example.org", "MODERATOR", [georgianId]);
    const queue = await listPendingRevisions(armenianModerator, "ru");
    expect(queue.find((r) => r.id === revisionId)).toMatchObject({
      author: null,
      isNew: true,
      proposal: { sourceUrl: "https://example.org/afisha/poetry", note: "Анонс в группе общины.", locale: "ru" },
    });
    expect((await listPendingRevisions(georgianModerator, "ru")).some((r) => r.id === revisionId)).toBe(false);
  });

  it("once approved, publishes the event citing the page the visitor named, for the facts they gave", async () => {
    const result = await propose(await eventForm());
    const revisionId = (result as { revisionId: string }).revisionId;
    const moderator = await makeActor(db, "mod-am@example.org", "MODERATOR", [armenianId]);
    expect(await approveRevision(moderator, { revisionId })).toMatchObject({ ok: true });
    const event = await db.event.findUniqueOrThrow({
      where: { slug: "vecher-armianskoi-poezii-2027" },
      select: { sources: { select: { facts: true, source: { select: { url: true, title: true } } } } },
    });
    expect(event.sources).toEqual([
      {
        facts: ["title", "dates", "city", "description"],
        source: { url: "https://example.org/afisha/poetry", title: "example.org/afisha/poetry" },
      },
    ]);
  });

  it("proposes an organization from a page in a national language, citing an existing source of the same page", async () => {
    const existing = await db.source.findFirstOrThrow({
      where: { url: { not: null } },
      select: { id: true, url: true },
    });
    const result = await propose(
      {
        entityType: "organization",
        "name.ka": "ქართველთა სათვისტომო",
        "name.ru": "Грузинское землячество Тестова",
        "name.en": "",
        types: "CULTURAL_SOCIETY",
        diasporaIds: georgianId,
        countryCodes: "RU",
        "city.ka": "",
        websiteUrl: "georgians-test.example.org",
        foundedYear: "2004",
        "description.ka": "",
        sourceUrl: existing.url!,
        note: "",
        email: "",
        website: "",
        altcha: await solved(),
      },
      { locale: "ka" },
    );
    expect(result).toMatchObject({ ok: true });
    const revisionId = (result as { revisionId: string }).revisionId;
    const revision = await db.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { proposal: true } });
    expect(revision.snapshot).toMatchObject({
      slug: "gruzinskoe-zemliachestvo-testova",
      foundedYear: 2004,
      countryCodes: ["RU"],
      channels: [{ kind: "WEBSITE", url: "https://georgians-test.example.org" }],
    });
    expect(revision.proposal!.facts).toEqual(["names", "diasporas", "countries", "types", "foundedYear", "channels"]);
    const moderator = await makeActor(db, "mod-ge@example.org", "MODERATOR", [georgianId]);
    expect(await approveRevision(moderator, { revisionId })).toMatchObject({ ok: true });
    const sources = await db.organizationSource.findMany({
      where: { organization: { slug: "gruzinskoe-zemliachestvo-testova" } },
      select: { sourceId: true },
    });
    expect(sources).toEqual([{ sourceId: existing.id }]);
  });

  it("is refused with nothing stored without the proof of work, with a forged or expired one, and when reused", async () => {
    expect(await propose(await eventForm({ altcha: "" }))).toMatchObject({ ok: false, formError: "challengeMissing" });
    expect(await propose(await eventForm({ altcha: "not base64 json" }))).toMatchObject({
      ok: false,
      formError: "challengeFailed",
    });
    // A made-up key with the public prefix: only the work finds the rest of it.
    const payload = JSON.parse(Buffer.from(await solved(), "base64").toString());
    payload.solution.derivedKey = payload.challenge.parameters.keyPrefix.padEnd(64, "0");
    const forged = Buffer.from(JSON.stringify(payload)).toString("base64");
    expect(await propose(await eventForm({ altcha: forged }))).toMatchObject({
      ok: false,
      formError: "challengeFailed",
    });
    // Parameters changed (an easier prefix): the signature no longer matches.
    const tampered = JSON.parse(Buffer.from(await solved(), "base64").toString());
    tampered.challenge.parameters.keyPrefix = "00";
    expect(
      await propose(await eventForm({ altcha: Buffer.from(JSON.stringify(tampered)).toString("base64") })),
    ).toMatchObject({ ok: false, formError: "challengeFailed" });
    const old = await solved(new Date(Date.now() - 3 * 60 * 60 * 1000));
    expect(await propose(await eventForm({ altcha: old }))).toMatchObject({ ok: false, formError: "challengeExpired" });
    expect(await stored()).toEqual(nothing);

    const once = await solved();
    expect(await propose(await eventForm({ altcha: once }))).toMatchObject({ ok: true });
    expect(await propose(await eventForm({ altcha: once, "title.ru": "Другой вечер" }))).toMatchObject({
      ok: false,
      formError: "challengeUsed",
    });
    expect(await stored()).toEqual({ revisions: 1, proposals: 1, audit: 1 });
  });

  it("answers field by field, in the page's fields, before the proof of work is looked at", async () => {
    const result = await propose(
      await eventForm({ "title.ru": "", "title.en": "", start: "", sourceUrl: "", diasporaIds: "", altcha: "" }),
      { locale: "en" },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        diasporaIds: ["chooseDiaspora"],
        start: ["startRequired"],
        "title.en": ["titleRequired"],
        sourceUrl: ["sourceRequired"],
      },
    });
    expect(
      await propose(await eventForm({ sourceUrl: "ftp://example.org/file", email: "nobody", start: "2027-02-30" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { sourceUrl: ["url"], email: ["email"], start: ["noSuchDate"] },
    });
    expect(
      await propose({
        ...(await eventForm()),
        entityType: "organization",
        "name.ru": "Без страны",
        types: "CULTURAL_SOCIETY",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { countryCodes: ["chooseCountry"] } });
    expect(await propose(await eventForm({ diasporaIds: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({
      ok: false,
      fieldErrors: { diasporaIds: ["unknownReference"] },
    });
    expect(await propose(await eventForm({ entityType: "source" }))).toMatchObject({ ok: false, formError: "invalid" });
    expect(await stored()).toEqual(nothing);
  });

  it("gives an organization named like a page of the lists an address of its own", async () => {
    const result = await propose({
      entityType: "organization",
      "name.en": "Export",
      types: "CULTURAL_SOCIETY",
      diasporaIds: georgianId,
      countryCodes: "RU",
      sourceUrl: "https://example.org/export",
      website: "",
      altcha: await solved(),
    });
    expect(result).toMatchObject({ ok: true });
    const revision = await db.revision.findUniqueOrThrow({
      where: { id: (result as { revisionId: string }).revisionId },
    });
    expect(revision.snapshot).toMatchObject({ slug: "export-2" });
  });

  it("thanks a bot that fills the honeypot and stores nothing", async () => {
    expect(await propose(await eventForm({ website: "https://spam.example" }))).toEqual({ ok: true, revisionId: null });
    expect(await stored()).toEqual(nothing);
  });

  it("limits each client address to a few proposals an hour, counting parallel posts exactly", async () => {
    const forms = await Promise.all(
      Array.from({ length: PROPOSAL_RATE_LIMIT.max + 2 }, (_, i) => eventForm({ "title.ru": `Вечер номер ${i + 1}` })),
    );
    const results = await Promise.all(forms.map((form) => propose(form)));
    expect(results.filter((r) => r.ok)).toHaveLength(PROPOSAL_RATE_LIMIT.max);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, fieldErrors: {}, formError: "rateLimited" },
      { ok: false, fieldErrors: {}, formError: "rateLimited" },
    ]);
    // Another address is not held back; an hour later the first one may propose again.
    expect(await propose(await eventForm({ "title.ru": "Другой адрес" }), { ip: "198.51.100.99" })).toMatchObject({
      ok: true,
    });
    const later = new Date(Date.now() + PROPOSAL_RATE_LIMIT.windowMs + 60_000);
    expect(await propose(await eventForm({ "title.ru": "Через час" }), { now: later })).toMatchObject({ ok: true });
    expect(await propose(await eventForm(), { ip: null })).toMatchObject({ ok: false, formError: "unknown" });
  });
});
