// Bad input to every gated action, from an actor allowed to run it (an admin), so only validation stands in the
// way: empty, oversized (100 KB), wrong-typed, script-laden and unicode-edge values each get a clear error code
// (never "unknown", never a thrown error) and leave every table byte-for-byte as it was. The organization form's
// own fields are covered field by field in curation.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantRoleCommand, inviteUser, revokeRoleCommand } from "../../lib/auth/admin/commands";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { organizationKind } from "../../lib/organizations/kind";
import { restoreRevision } from "../../lib/curation/restore-revision";
import { approveRevision, rejectRevision } from "../../lib/curation/review-revision";
import { submitRevision } from "../../lib/curation/submit-revision";
import { importEntries } from "../../lib/import/import-entries";
import { importIcal } from "../../lib/feeds/import/import-ical";
import { databaseFingerprint, openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let admin: Actor;
let pendingId: string;
let approvedId: string;
let userId: string;
let armenianId: string;

beforeAll(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } })).id;
  const user = await db.user.create({ data: { email: "admin@example.org", name: "Admin" } });
  await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", global: true } });
  admin = (await loadActor(user.id))!;
  userId = (await db.user.create({ data: { email: "someone@example.org", name: "Someone" } })).id;
  const values = {
    version: "0",
    slug: "validation-org",
    "name.en": "Validation Org",
    types: ["CULTURAL_SOCIETY"],
    diasporaIds: [armenianId],
    countryCodes: [],
    status: "ACTIVE",
    foundedYear: "",
    languages: "",
    acronym: "",
  };
  const created = await submitRevision(organizationKind, admin, values);
  if (!created.ok) throw new Error("fixture");
  approvedId = created.revisionId;
  // The only admin publishes their own fixture through the explicit path (four eyes).
  await approveRevision(admin, { revisionId: approvedId, withoutReview: "1" });
  const stored = (await organizationKind.find(db, "validation-org"))!;
  const pending = await submitRevision(organizationKind, admin, {
    ...organizationKind.toValues(stored.snapshot, { id: stored.id, version: 1 }),
    acronym: "VO",
  });
  if (!pending.ok) throw new Error("fixture");
  pendingId = pending.revisionId;
});
afterAll(() => db.$disconnect());

const HUGE = "x".repeat(100_000);
const SCRIPT = "<script>alert(1)</script>";
const BIDI = "abc\u202Edef";
const NUL = "a\u0000b";

type Result = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> };
type Bad = [
  label: string,
  values: Record<string, unknown>,
  expected: { formError?: string; fieldErrors?: Record<string, string[]> },
];

const ACTIONS: { action: string; run: (values: Record<string, unknown>) => Promise<Result>; bad: () => Bad[] }[] = [
  {
    action: "approveRevisionAction",
    run: (v) => approveRevision(admin, v),
    bad: () => [
      ["empty", {}, { formError: "invalid" }],
      ["oversized", { revisionId: HUGE }, { formError: "invalid" }],
      ["wrong type", { revisionId: 42 }, { formError: "invalid" }],
      ["script", { revisionId: SCRIPT }, { formError: "invalid" }],
      ["unicode edge", { revisionId: `${pendingId}\u202E` }, { formError: "invalid" }],
    ],
  },
  {
    action: "rejectRevisionAction",
    run: (v) => rejectRevision(admin, v),
    bad: () => [
      ["empty", { revisionId: pendingId, comment: "" }, { fieldErrors: { comment: ["commentRequired"] } }],
      ["oversized", { revisionId: pendingId, comment: HUGE }, { fieldErrors: { comment: ["tooLong"] } }],
      ["wrong type", { revisionId: pendingId, comment: ["a", "b"] }, { fieldErrors: { comment: ["invalid"] } }],
      ["script", { revisionId: pendingId, comment: SCRIPT }, { fieldErrors: { comment: ["markup"] } }],
      ["unicode edge", { revisionId: pendingId, comment: BIDI }, { fieldErrors: { comment: ["invisibleCharacters"] } }],
    ],
  },
  {
    action: "restoreRevisionAction",
    run: (v) => restoreRevision(admin, v),
    bad: () => [
      ["empty", {}, { formError: "invalid" }],
      ["oversized", { revisionId: approvedId, version: HUGE }, { formError: "invalid" }],
      ["wrong type", { revisionId: approvedId, version: "one" }, { formError: "invalid" }],
      ["script", { revisionId: SCRIPT, version: "1" }, { formError: "invalid" }],
      ["unicode edge", { revisionId: approvedId, version: "１" }, { formError: "invalid" }],
    ],
  },
  {
    action: "saveEntryAction (organization)",
    run: (v) => submitRevision(organizationKind, admin, v as Record<string, string>),
    bad: () => [
      ["empty", {}, { fieldErrors: { slug: ["slug"], types: ["chooseType"] } }],
      [
        "oversized",
        { version: "0", slug: "x", "name.en": HUGE, types: ["YOUTH"], diasporaIds: [armenianId], status: "ACTIVE" },
        { fieldErrors: { "name.en": ["tooLong"] } },
      ],
      [
        "wrong type",
        { version: "0", slug: "x", "name.en": "X", types: "YOUTH", diasporaIds: [42], status: 7 },
        { fieldErrors: { status: ["invalid"] } },
      ],
      [
        "script",
        { version: "0", slug: "x", "name.en": SCRIPT, types: ["YOUTH"], diasporaIds: [armenianId], status: "ACTIVE" },
        { fieldErrors: { "name.en": ["markup"] } },
      ],
      [
        "unicode edge",
        { version: "0", slug: "x", "name.en": NUL, types: ["YOUTH"], diasporaIds: [armenianId], status: "ACTIVE" },
        { fieldErrors: { "name.en": ["invisibleCharacters"] } },
      ],
    ],
  },
  {
    action: "inviteAction",
    run: (v) => inviteUser(admin, v as Record<string, string>, { locale: "en", origin: "http://localhost" }),
    bad: () => [
      ["empty", { email: "", role: "CURATOR", diasporaIds: [armenianId] }, { fieldErrors: { email: ["required"] } }],
      [
        "oversized",
        { email: `${HUGE}@example.org`, role: "CURATOR", diasporaIds: [armenianId] },
        { fieldErrors: { email: ["emailInvalid"] } },
      ],
      [
        "wrong type",
        { email: "new@example.org", role: "KING", diasporaIds: [armenianId] },
        { fieldErrors: { role: ["invalid"] } },
      ],
      [
        "script",
        { email: "new@example.org", name: SCRIPT, role: "CURATOR", diasporaIds: [armenianId] },
        { fieldErrors: { name: ["markup"] } },
      ],
      [
        "unicode edge",
        { email: "new@example.org", name: BIDI, role: "CURATOR", diasporaIds: [armenianId] },
        { fieldErrors: { name: ["invisibleCharacters"] } },
      ],
    ],
  },
  {
    action: "grantRoleAction",
    run: (v) => grantRoleCommand(admin, v as Record<string, string>, {}),
    bad: () => [
      ["empty", { userId: "", role: "", diasporaIds: [] }, { fieldErrors: { userId: ["invalid"], role: ["invalid"] } }],
      [
        "oversized",
        { userId, role: "CURATOR", diasporaIds: Array.from({ length: 5000 }, () => armenianId) },
        { fieldErrors: { diasporaIds: ["invalid"] } },
      ],
      [
        "wrong type",
        { userId, role: "CURATOR", diasporaIds: ["armenian"] },
        { fieldErrors: { diasporaIds: ["invalid"] } },
      ],
      [
        "script",
        { userId: SCRIPT, role: "CURATOR", diasporaIds: [armenianId] },
        { fieldErrors: { userId: ["invalid"] } },
      ],
      [
        "unicode edge",
        { userId, role: "CURATOR\u200B", diasporaIds: [armenianId] },
        { fieldErrors: { role: ["invalid"] } },
      ],
    ],
  },
  {
    action: "importIcalAction",
    run: (v) => importIcal(admin, v),
    bad: () => {
      const valid = { intent: "preview", locale: "en", type: "OTHER", diasporaIds: [armenianId] };
      return [
        [
          "empty",
          {},
          { fieldErrors: { intent: ["invalid"], locale: ["invalid"], type: ["invalid"], diasporaIds: ["invalid"] } },
        ],
        ["oversized", { ...valid, calendar: HUGE }, { fieldErrors: { source: ["notCalendar"] } }],
        [
          "wrong type",
          { ...valid, calendar: 42, diasporaIds: "all" },
          { fieldErrors: { calendar: ["invalid"], diasporaIds: ["invalid"] } },
        ],
        ["script", { ...valid, url: "javascript:alert(1)" }, { fieldErrors: { url: ["url"] } }],
        [
          "unicode edge",
          { ...valid, calendar: "BEGIN:VCALENDAR", fileName: BIDI },
          { fieldErrors: { fileName: ["invisibleCharacters"] } },
        ],
      ];
    },
  },
  {
    action: "revokeRoleAction",
    run: (v) => revokeRoleCommand(admin, v as Record<string, string>, {}),
    bad: () => [
      ["empty", {}, { formError: "invalid" }],
      ["oversized", { userId: HUGE, role: "CURATOR" }, { formError: "invalid" }],
      ["wrong type", { userId, role: 3 }, { formError: "invalid" }],
      ["script", { userId, role: SCRIPT }, { formError: "invalid" }],
      ["unicode edge", { userId: `${userId}\u0000`, role: "CURATOR" }, { formError: "invalid" }],
    ],
  },
  {
    action: "importEntriesAction",
    run: (v) => importEntries(admin, v, { locale: "en" }),
    bad: () => [
      [
        "empty",
        {},
        {
          fieldErrors: {
            kind: ["chooseKind"],
            mode: ["invalid"],
            fileName: ["fileRequired"],
            content: ["fileRequired"],
          },
        },
      ],
      [
        "oversized",
        { kind: "organization", mode: "import", fileName: "big.csv", content: `slug\n${HUGE.repeat(21)}` },
        { fieldErrors: { content: ["fileTooLarge"] } },
      ],
      [
        "wrong type",
        { kind: "planet", mode: "import", fileName: "x.csv", content: 7 },
        { fieldErrors: { kind: ["chooseKind"], content: ["fileRequired"] } },
      ],
      [
        "script",
        {
          kind: "organization",
          mode: "import",
          fileName: "x.csv",
          content: `slug,name_en,types,diasporas\nscripted,${SCRIPT},MEDIA,armenian\n`,
        },
        { formError: "rowsRejected" },
      ],
      [
        "unicode edge",
        { kind: "organization", mode: "import", fileName: `x${BIDI}.csv`, content: "slug\nx\n" },
        { fieldErrors: { fileName: ["invisibleCharacters"] } },
      ],
    ],
  },
];

describe("bad input to every action", () => {
  for (const { action, run, bad } of ACTIONS) {
    it(`${action}: empty, oversized, wrong-typed, script-laden and unicode-edge input`, async () => {
      for (const [label, values, expected] of bad()) {
        const before = await databaseFingerprint(db);
        const result = await run(values);
        expect(result.ok, label).toBe(false);
        expect(result.formError, label).not.toBe("unknown");
        if (expected.formError) expect(result.formError, label).toBe(expected.formError);
        if (expected.fieldErrors) expect(result.fieldErrors, label).toMatchObject(expected.fieldErrors);
        expect(await databaseFingerprint(db), `${label} changed the database`).toEqual(before);
      }
    });
  }
});
