// Every server action validates its arguments, not only its form's fields (issue #12): a request can put any value
// React decodes where the form goes (an object, an array, a string, a map, nothing). The proxy refuses such bodies
// before Next decodes them (lib/security/action-guard.ts); behind it, each action still answers them with its typed
// refusal, never a thrown TypeError (a 500), and changes nothing. The actions are read from the "use server"
// modules, so a new one is covered without being listed.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { databaseFingerprint, openTestDatabase, resetDatabase } from "../support/database";
import { setRequest } from "../support/next-request";
import { serverActionModules } from "../support/server-actions";
import { signIn } from "../support/sessions";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/cache", () => import("../support/next-request"));
vi.mock("next-intl/server", async (original) => ({
  ...(await original<object>()),
  getLocale: (await import("../support/next-request")).getLocale,
}));
vi.mock("react", async (original) => ({
  ...(await original<object>()),
  cache: (await import("../support/next-request")).requestCache,
}));

const db = openTestDatabase();
let cookie: string;
const NOT_A_FORM: [string, unknown][] = [
  ["nothing", undefined],
  ["null", null],
  ["an object", { email: "admin@example.org", entityType: "organization", get: "x" }],
  ["an array", [["email", "admin@example.org"]]],
  ["a string", "email=admin@example.org"],
  ["a number", 1e9],
  ["a map", new Map([["email", "admin@example.org"]])],
  ["a URLSearchParams", new URLSearchParams("email=admin@example.org")],
];

beforeAll(async () => {
  await resetDatabase(db);
  await resetToSeed(db, await readSeedData());
  cookie = (await signIn(db, "admin@example.org", "ADMIN")).cookie;
});
afterAll(() => db.$disconnect());

// Signing out and revoking one's other sessions read no form (tests/e2e/actions-http.spec.ts drives them with
// garbled sessions); every other action takes one.
const SESSION_ONLY = ["signOutAction", "revokeOtherSessionsAction"];
const actions = (await serverActionModules()).filter((a) => !SESSION_ONLY.includes(a.name));

describe.each(actions)("$name", ({ file, name }) => {
  it.each(NOT_A_FORM)("refuses %s in place of its form, as an admin, and changes nothing", async (_label, argument) => {
    const module = (await import(path.resolve(import.meta.dirname, "../..", file))) as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    setRequest({ cookie, ip: "203.0.113.9", origin: "http://localhost:3000" });
    const before = await databaseFingerprint(db, { except: ["AuditLog", "RateLimit"] });
    const outcome = await module[name]!({ ok: false, values: {}, fieldErrors: {} }, argument);
    expect(outcome).toMatchObject({ ok: false });
    expect(await databaseFingerprint(db, { except: ["AuditLog", "RateLimit"] })).toEqual(before);
  });
});
