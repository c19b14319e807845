// Readers' correction notes against the test database: a valid note is stored with its audit row and the sender's
// address only as a keyed hash; a filled honeypot, bad input and a sender past the hourly limit store nothing;
// only moderators of the entry's diasporas may resolve or dismiss a note, once.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { decideSuggestion } from "../../lib/suggestions/decide-suggestion";
import { listOpenSuggestions } from "../../lib/suggestions/list-suggestions";
import { submitSuggestion, SUGGESTION_RATE_LIMIT } from "../../lib/suggestions/submit-suggestion";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { refusalsRecorded } from "../support/refusals";

const db = openTestDatabase();
const ARMENIAN_ORG = "association-of-armenians-of-russia";
const GEORGIAN_ORG = "federal-georgian-national-cultural-autonomy";
const ARMENIAN_EVENT = "portal-to-the-armenian-world";
const READER = "203.0.113.7";
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

const note = (overrides: Record<string, unknown> = {}) => ({
  entityType: "organization",
  slug: ARMENIAN_ORG,
  body: "The association was registered in 2000, not in 2001; see its charter.",
  sourceUrl: "",
  email: "",
  website: "",
  ...overrides,
});

const send = (overrides: Record<string, unknown> = {}, ip: string | null = READER, now?: Date) =>
  submitSuggestion(note(overrides), { ip, locale: "ru", now });

/** Every row a suggestion could write. */
async function stored() {
  const [suggestions, audit] = await Promise.all([
    db.suggestion.findMany({ select: { id: true, status: true }, orderBy: { createdAt: "asc" } }),
    db.auditLog.findMany({ where: { action: { startsWith: "suggestion." } }, select: { id: true, action: true } }),
  ]);
  return { suggestions, audit };
}

describe("a reader's suggestion", () => {
  it("is stored with the entry's id, trimmed NFC text, and an audit row, keeping the address only as a hash", async () => {
    const result = await send({
      body: "  Cafe\u0301 «Ереван» closed in 2019.  ",
      sourceUrl: " https://example.org/news/1 ",
      email: "reader@example.org",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok || !result.suggestionId) throw new Error("expected a stored suggestion");
    const organization = await db.organization.findUniqueOrThrow({
      where: { slug: ARMENIAN_ORG },
      select: { id: true },
    });
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: result.suggestionId } });
    expect(row).toMatchObject({
      entityType: "organization",
      entityId: organization.id,
      body: "Café «Ереван» closed in 2019.",
      sourceUrl: "https://example.org/news/1",
      email: "reader@example.org",
      locale: "ru",
      status: "OPEN",
      resolvedById: null,
      resolvedAt: null,
    });
    expect(row.body).toBe(row.body.normalize("NFC"));
    expect(row.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await db.suggestion.findMany())).not.toContain(READER);
    const audit = await db.auditLog.findMany({ where: { action: "suggestion.received" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      targetType: "suggestion",
      targetId: row.id,
      actorId: null,
      ipAddress: null,
      details: { entityType: "organization", entityId: organization.id, slug: ARMENIAN_ORG },
    });
  });

  it("may be about an event", async () => {
    const result = await send({ entityType: "event", slug: ARMENIAN_EVENT });
    expect(result).toMatchObject({ ok: true });
    const event = await db.event.findUniqueOrThrow({ where: { slug: ARMENIAN_EVENT }, select: { id: true } });
    expect(await db.suggestion.findMany({ select: { entityType: true, entityId: true } })).toEqual([
      { entityType: "event", entityId: event.id },
    ]);
  });

  it("from a bot that fills the honeypot is answered like a success and nothing is stored", async () => {
    expect(await send({ website: "https://cheap-pills.example" })).toEqual({ ok: true, suggestionId: null });
    expect(await send({ website: "x", body: "<script>alert(1)</script>" })).toEqual({ ok: true, suggestionId: null });
    expect(await stored()).toEqual({ suggestions: [], audit: [] });
  });

  it("is refused past five an hour from one address, with nothing stored; another address may still send", async () => {
    for (let i = 0; i < SUGGESTION_RATE_LIMIT.max; i++)
      expect(await send({ body: `Correction number ${i + 1} for this entry.` })).toMatchObject({ ok: true });
    const before = await stored();
    expect(await send({ body: "The sixth correction within the hour." })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "rateLimited",
    });
    expect(await stored()).toEqual(before);
    expect(await send({ body: "A correction from someone else." }, "198.51.100.20")).toMatchObject({ ok: true });
    expect((await stored()).suggestions).toHaveLength(SUGGESTION_RATE_LIMIT.max + 1);
  });

  it("counts only the last hour", async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (let i = 0; i < SUGGESTION_RATE_LIMIT.max; i++)
      expect(await send({}, READER, twoHoursAgo)).toMatchObject({ ok: true });
    expect(await send()).toMatchObject({ ok: true });
  });

  it("holds the limit when one address posts many at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send({ body: `Parallel correction number ${i + 1}.` }, "192.0.2.99")),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(SUGGESTION_RATE_LIMIT.max);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(3).fill({ ok: false, fieldErrors: {}, formError: "rateLimited" }),
    );
    expect(await db.suggestion.count()).toBe(SUGGESTION_RATE_LIMIT.max);
  });

  it.each([
    ["oversized (100 KB)", { body: "a".repeat(100 * 1024) }, { body: ["tooLong"] }],
    ["just over the limit", { body: "b".repeat(5001) }, { body: ["tooLong"] }],
    ["empty", { body: "" }, { body: ["bodyRequired"] }],
    ["only spaces", { body: "   \n  " }, { body: ["bodyRequired"] }],
    ["too short", { body: "wrong yr!" }, { body: ["bodyTooShort"] }],
    ["missing", { body: undefined }, { body: ["invalid"] }],
    ["a number", { body: 12345678901 }, { body: ["invalid"] }],
    ["a list", { body: ["first part of it", "second part"] }, { body: ["invalid"] }],
    ["script-laden", { body: "Founded in 2001 <script>alert(document.cookie)</script>" }, { body: ["markup"] }],
    ["a javascript: link", { body: "See javascript:alert(1) for the real date" }, { body: ["markup"] }],
    ["bidi override", { body: "The name is \u202Eнеправильно\u202C written here." }, { body: ["invisibleCharacters"] }],
    ["a control character", { body: "The year\u0007 is wrong on this page." }, { body: ["invisibleCharacters"] }],
    ["a source that is not a web address", { sourceUrl: "ftp://example.org/file" }, { sourceUrl: ["url"] }],
    ["a script source", { sourceUrl: "javascript:alert(1)" }, { sourceUrl: ["markup"] }],
    ["a source with markup", { sourceUrl: "https://example.org/<script>" }, { sourceUrl: ["markup"] }],
    [
      "a source with bidi characters",
      { sourceUrl: "https://example.org/\u2066x" },
      { sourceUrl: ["invisibleCharacters"] },
    ],
    ["an oversized source", { sourceUrl: `https://example.org/${"p".repeat(600)}` }, { sourceUrl: ["tooLong"] }],
    ["a bad e-mail", { email: "not-an-address" }, { email: ["email"] }],
    ["an oversized e-mail", { email: `${"m".repeat(300)}@example.org` }, { email: ["tooLong"] }],
    ["an unknown entry type", { entityType: "user" }, { entityType: ["invalid"] }],
    ["a malformed address", { slug: "../../admin" }, { slug: ["slug"] }],
  ])("%s is refused with a code beside the field and nothing is stored", async (_name, overrides, fieldErrors) => {
    const result = await send(overrides);
    expect(result).toEqual({ ok: false, fieldErrors });
    expect(await stored()).toEqual({ suggestions: [], audit: [] });
  });

  it("about an entry that does not exist is refused", async () => {
    expect(await send({ slug: "no-such-organization" })).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect(await send({ entityType: "event", slug: ARMENIAN_ORG })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "notFound",
    });
    expect(await stored()).toEqual({ suggestions: [], audit: [] });
  });
});

describe("deciding a suggestion", () => {
  async function armenianSuggestion(): Promise<string> {
    const result = await send();
    if (!result.ok || !result.suggestionId) throw new Error("expected a stored suggestion");
    return result.suggestionId;
  }

  it("is refused to a curator of another diaspora and audited; a scoped moderator of the entry's diaspora may, once", async () => {
    const id = await armenianSuggestion();
    const georgianCurator = await makeActor(db, "georgian-curator@example.org", "CURATOR", [georgianId]);
    const georgianModerator = await makeActor(db, "georgian-moderator@example.org", "MODERATOR", [georgianId]);
    const armenianCurator = await makeActor(db, "armenian-curator@example.org", "CURATOR", [armenianId]);
    const armenianModerator = await makeActor(db, "armenian-moderator@example.org", "MODERATOR", [armenianId]);

    expect(
      await decideSuggestion(georgianCurator, { suggestionId: id, decision: "RESOLVED" }, { ipAddress: "192.0.2.5" }),
    ).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    const denied = await db.auditLog.findMany({ where: { action: "permission.denied" } });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actorId: georgianCurator.userId,
      targetType: "suggestion",
      targetId: id,
      ipAddress: "192.0.2.5",
      details: { permission: "approve:revision", diasporaIds: [armenianId] },
    });
    // Neither a moderator of another diaspora, a curator of the right one, nor nobody.
    for (const actor of [georgianModerator, armenianCurator, null]) {
      expect(await decideSuggestion(actor, { suggestionId: id, decision: "DISMISSED" })).toMatchObject({
        ok: false,
        formError: "forbidden",
      });
    }
    expect(await refusalsRecorded(db)).toBe(4);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      resolvedById: null,
      resolvedAt: null,
    });

    expect(await decideSuggestion(armenianModerator, { suggestionId: id, decision: "RESOLVED" })).toEqual({
      ok: true,
      suggestionId: id,
      status: "RESOLVED",
    });
    const row = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "RESOLVED", resolvedById: armenianModerator.userId });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.findMany({
        where: { action: "suggestion.resolved" },
        select: { actorId: true, targetId: true },
      }),
    ).toEqual([{ actorId: armenianModerator.userId, targetId: id }]);

    // A second click changes nothing.
    expect(await decideSuggestion(armenianModerator, { suggestionId: id, decision: "DISMISSED" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "alreadyDecided",
    });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "RESOLVED",
    });
    expect(
      await db.auditLog.count({ where: { action: { in: ["suggestion.resolved", "suggestion.dismissed"] } } }),
    ).toBe(1);
  });

  it("is decided once when two moderators click at the same moment", async () => {
    const id = await armenianSuggestion();
    const [a, b] = await Promise.all([
      makeActor(db, "a@example.org", "MODERATOR", [], true),
      makeActor(db, "b@example.org", "MODERATOR", [armenianId]),
    ]);
    const results = await Promise.all([
      decideSuggestion(a, { suggestionId: id, decision: "DISMISSED" }),
      decideSuggestion(b, { suggestionId: id, decision: "RESOLVED" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: {}, formError: "alreadyDecided" }]);
    expect(
      await db.auditLog.count({ where: { action: { in: ["suggestion.resolved", "suggestion.dismissed"] } } }),
    ).toBe(1);
  });

  it("can be dismissed by a global moderator, for an event too", async () => {
    const result = await send({ entityType: "event", slug: ARMENIAN_EVENT });
    if (!result.ok || !result.suggestionId) throw new Error("expected a stored suggestion");
    const global = await makeActor(db, "global@example.org", "MODERATOR", [], true);
    expect(await decideSuggestion(global, { suggestionId: result.suggestionId, decision: "DISMISSED" })).toMatchObject({
      ok: true,
      status: "DISMISSED",
    });
    expect(
      await db.auditLog.count({
        where: { action: "suggestion.dismissed", targetId: result.suggestionId, actorId: global.userId },
      }),
    ).toBe(1);
  });

  it("refuses malformed input and unknown suggestions", async () => {
    const global = await makeActor(db, "global@example.org", "MODERATOR", [], true);
    const id = await armenianSuggestion();
    expect(await decideSuggestion(global, { suggestionId: id, decision: "APPROVED" })).toMatchObject({
      ok: false,
      formError: "invalid",
    });
    expect(await decideSuggestion(global, { suggestionId: "not-a-uuid", decision: "RESOLVED" })).toMatchObject({
      ok: false,
      formError: "invalid",
    });
    expect(
      await decideSuggestion(global, { suggestionId: "00000000-0000-4000-8000-000000000000", decision: "RESOLVED" }),
    ).toMatchObject({ ok: false, formError: "notFound" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "OPEN",
    });
  });
});

describe("the moderation list", () => {
  it("shows each moderator the open suggestions about entries of their diasporas, with the entry's name", async () => {
    await send();
    await send({ slug: GEORGIAN_ORG, body: "The Georgian autonomy moved to a new office." });
    await send({
      entityType: "event",
      slug: ARMENIAN_EVENT,
      sourceUrl: "https://example.org/portal",
      email: "a@example.org",
    });
    const armenianModerator = await makeActor(db, "armenian-moderator@example.org", "MODERATOR", [armenianId]);
    const global = await makeActor(db, "global@example.org", "MODERATOR", [], true);
    const curator = await makeActor(db, "curator@example.org", "CURATOR", [armenianId]);

    const mine = await listOpenSuggestions(armenianModerator, "en");
    expect(mine.map((s) => [s.entityType, s.slug, s.editable])).toEqual([
      ["organization", ARMENIAN_ORG, true],
      ["event", ARMENIAN_EVENT, false],
    ]);
    expect(mine[0]!.name).toMatchObject({ locale: "en", isFallback: false });
    expect(mine[1]).toMatchObject({ sourceUrl: "https://example.org/portal", email: "a@example.org", locale: "ru" });
    expect(await listOpenSuggestions(global, "ru")).toHaveLength(3);
    expect(await listOpenSuggestions(curator, "ru")).toEqual([]);

    await decideSuggestion(armenianModerator, { suggestionId: mine[0]!.id, decision: "RESOLVED" });
    expect((await listOpenSuggestions(armenianModerator, "en")).map((s) => s.slug)).toEqual([ARMENIAN_EVENT]);
  });
});
