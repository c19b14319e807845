// Gated actions refuse a caller without any role before parsing the form: an anonymous post of megabytes of
// hostile text costs one permission check and one counted refusal, not a parse. Each case sends input that would fail
// validation: a refusal that names a field would mean the form was read first.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { eventKind } from "../../lib/events/kind";
import { organizationKind } from "../../lib/organizations/kind";
import { presenceKind } from "../../lib/diasporas/presence/kind";
import { sourceKind } from "../../lib/sources/kind";
import type { CurationKind } from "../../lib/curation/kinds/types";
import { submitRevision } from "../../lib/curation/submit-revision";
import { importIcal } from "../../lib/feeds/import/import-ical";
import { importEntries } from "../../lib/import/import-entries";
import { makeActor } from "../support/actors";
import { databaseFingerprint, openTestDatabase, resetDatabase } from "../support/database";
import { refusalsRecorded } from "../support/refusals";

const db = openTestDatabase();
const attack = "<" + " ".repeat(19_998) + "#";
let noRole: Actor;
let curator: Actor;

beforeAll(async () => {
  await resetDatabase(db);
  const user = await db.user.create({ data: { email: "norole@example.org", name: "norole" }, select: { id: true } });
  noRole = (await loadActor(user.id))!;
  curator = await makeActor(db, "curator@example.org", "CURATOR", []);
});
afterAll(() => db.$disconnect());

async function refusedUnread(
  run: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, unknown> }>,
) {
  const before = await databaseFingerprint(db, { except: ["AuditLog"] });
  const denials = await refusalsRecorded(db);
  const result = await run();
  expect(result).toMatchObject({ ok: false, formError: "forbidden", fieldErrors: {} });
  expect(await refusalsRecorded(db)).toBe(denials + 1);
  expect(await databaseFingerprint(db, { except: ["AuditLog"] })).toEqual(before);
}

const broken = {
  version: "x",
  slug: "!!",
  "name.ru": attack,
  "description.ru": attack,
  "title.ru": attack,
  note: attack,
  id: randomUUID(),
};

describe("callers holding no role are refused before their form is parsed", () => {
  for (const kind of [organizationKind, eventKind, presenceKind, sourceKind] as CurationKind<unknown>[]) {
    it(`saving a ${kind.type}`, async () => {
      for (const who of [null, noRole]) {
        await refusedUnread(() => submitRevision(kind, who, broken));
        await refusedUnread(() => submitRevision(kind, who, { ...broken, id: "" }));
      }
    });
  }

  it("importing a file of entries (admins only, checked before the file is read)", async () => {
    for (const who of [null, noRole, curator]) {
      await refusedUnread(() =>
        importEntries(
          who,
          { kind: "nope", mode: "import", fileName: "x.csv", content: attack.repeat(100) },
          { locale: "en" },
        ),
      );
    }
  });

  it("importing an iCalendar feed", async () => {
    for (const who of [null, noRole]) {
      await refusedUnread(() =>
        importIcal(who, {
          intent: "import",
          calendar: attack.repeat(50),
          type: "nope",
          locale: "xx",
          diasporaIds: ["nope"],
        }),
      );
    }
  });

  it("a curator's form is still parsed and its field errors shown", async () => {
    const result = await submitRevision(organizationKind, curator, { ...broken, id: "" });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors)).toContain("slug");
  });
});
