// The duplicate warning in a curator's save: a new organization close to an existing one is not stored until the
// curator confirms it is different (notDuplicate=1); edits and clearly new organizations are never held back.
// Invariant: every test starts from the seed data and three accounts.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { snapshotValues } from "../../lib/organizations/form-values";
import { organizationRowSelect } from "../../lib/organizations/row";
import { rowToSnapshot } from "../../lib/organizations/snapshot";
import { organizationKind } from "../../lib/organizations/kind";
import { submitRevision } from "../../lib/curation/submit-revision";
import { makeActor } from "../support/actors";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let armenianId: string;
let curator: Actor;
let georgianCurator: Actor;

async function makeCurator(email: string, diasporaSlug: string): Promise<Actor> {
  const diaspora = await db.diaspora.findUniqueOrThrow({ where: { slug: diasporaSlug }, select: { id: true } });
  return makeActor(db, email, "CURATOR", [diaspora.id]);
}

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
  curator = await makeCurator("curator@example.org", "armenian");
  georgianCurator = await makeCurator("georgian@example.org", "georgian");
});

/** The seed's "Объединение армян России" as another curator would type it: transliterated, another English name. */
const lookalike = (overrides: Record<string, string | string[]> = {}) => ({
  version: "0",
  slug: "obedinenie-armyan",
  "name.ru": "Obyedineniye armyan Rossii",
  "name.en": "Union of Armenians in Russia",
  acronym: "",
  types: ["CULTURAL_SOCIETY"],
  groups: [],
  diasporaIds: [armenianId],
  countryCodes: ["RU"],
  foundedYear: "",
  status: "UNKNOWN",
  languages: "",
  ...overrides,
});

async function tableState() {
  const [organizations, translations, revisions, audit] = await Promise.all([
    db.organization.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } }),
    db.organizationTranslation.count(),
    db.revision.count(),
    db.auditLog.count(),
  ]);
  return { organizations, translations, revisions, audit };
}

describe("a new organization close to an existing one", () => {
  it("comes back with the candidates and stores nothing until the curator confirms, then is saved", async () => {
    const before = await tableState();
    const warned = await submitRevision(organizationKind, curator, lookalike(), { locale: "en" });
    expect(warned).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "possibleDuplicates",
      duplicates: [
        {
          slug: "association-of-armenians-of-russia",
          name: { value: "Association of Armenians of Russia", locale: "en", isFallback: false },
          countries: [{ code: "RU", name: "Russia" }],
          matched: { field: "name.ru", typed: "Obyedineniye armyan Rossii", existing: "Объединение армян России" },
          score: expect.any(Number),
        },
      ],
    });
    expect(await tableState()).toEqual(before);

    // Any other value than "1" is no confirmation.
    expect(await submitRevision(organizationKind, curator, lookalike({ notDuplicate: "yes" }))).toMatchObject({
      formError: "possibleDuplicates",
    });
    expect(await tableState()).toEqual(before);

    const saved = await submitRevision(organizationKind, curator, lookalike({ notDuplicate: "1" }));
    expect(saved).toMatchObject({ ok: true, entityId: null, slug: "obedinenie-armyan" });
    if (!saved.ok) return;
    expect(
      await db.revision.findUniqueOrThrow({
        where: { id: saved.revisionId },
        select: { status: true, authorId: true },
      }),
    ).toEqual({ status: "PENDING", authorId: curator.userId });
  });

  it("names the candidates in the page's language", async () => {
    const warned = await submitRevision(organizationKind, curator, lookalike({ "name.en": "", acronym: "" }), {
      locale: "ru",
    });
    expect(warned).toMatchObject({
      duplicates: [
        { name: { value: "Объединение армян России", locale: "ru" }, countries: [{ code: "RU", name: "Россия" }] },
      ],
    });
  });

  it("is found by its acronym alone", async () => {
    const warned = await submitRevision(
      organizationKind,
      curator,
      lookalike({ "name.ru": "Инициативы развития", "name.en": "Development Initiatives", acronym: "IDEA" }),
      { locale: "en" },
    );
    expect(warned).toMatchObject({
      formError: "possibleDuplicates",
      duplicates: [{ slug: "idea-foundation", matched: { field: "acronym", typed: "IDEA" } }],
    });
  });

  it("checks permission and input first: a refusal or a field error never lists existing organizations", async () => {
    expect(await submitRevision(organizationKind, georgianCurator, lookalike())).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    expect(await submitRevision(organizationKind, curator, lookalike({ types: [] }))).toEqual({
      ok: false,
      fieldErrors: { types: ["chooseType"] },
    });
    expect(
      await submitRevision(organizationKind, curator, lookalike({ slug: "association-of-armenians-of-russia" })),
    ).toEqual({
      ok: false,
      fieldErrors: { slug: ["slugTaken"] },
    });
  });
});

describe("never held back", () => {
  it("a clearly different new organization is saved without confirmation", async () => {
    const saved = await submitRevision(
      organizationKind,
      curator,
      lookalike({
        slug: "armenian-youth-lyon",
        "name.ru": "Армянская молодёжь Лиона",
        "name.en": "Armenian Youth of Lyon",
        acronym: "AYL",
        countryCodes: ["FR"],
      }),
    );
    expect(saved).toMatchObject({ ok: true, slug: "armenian-youth-lyon" });
  });

  it("an edit of an existing organization, even though its names match itself and others", async () => {
    const row = await db.organization.findUniqueOrThrow({
      where: { slug: "association-of-armenians-of-russia" },
      select: organizationRowSelect,
    });
    const values = snapshotValues(rowToSnapshot(row), { id: row.id, version: row.version });
    const saved = await submitRevision(organizationKind, curator, {
      ...values,
      "name.en": "Association of Russian Youth of Azerbaijan",
      foundedYear: "2000",
    });
    expect(saved).toMatchObject({ ok: true, entityId: row.id });
  });
});
