// Private routes over HTTP against the production server (issue #7, attacks on access): without a session, with
// an expired session (its row's expiresAt in the past) and with another diaspora's curator, every private page
// refuses: a redirect to sign-in that comes back, the 404 page (which does not advertise that a page exists), or —
// for a published entry of another diaspora, which anyone may read anyway — the 403 page saying why (issue #15).
// Forged references (random ids, unknown kinds, another kind's key) are 404s too.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { createAccount, uniqueEmail } from "./support/accounts";
import { currentDatabaseUrl } from "./support/app";
import { sessionStore } from "./support/sessions";

const ARMENIAN = { email: uniqueEmail("access-hy"), password: "Apricot-valley-Sevan-1962" };
const GEORGIAN = { email: uniqueEmail("access-ka"), password: "Walnut-bridge-Tbilisi-1921" };
const EXPIRING = { email: uniqueEmail("access-expired"), password: "Granite-orchard-lantern-42" };
const sessions = sessionStore("access");
const ARMENIAN_ORG = "association-of-armenians-of-russia";

const PRIVATE = [
  "/en/account",
  "/en/curate",
  "/en/curate/organizations",
  "/en/curate/organizations/new",
  `/en/curate/organizations/${ARMENIAN_ORG}/edit`,
  `/en/curate/organizations/${ARMENIAN_ORG}/history`,
  "/en/curate/events/new",
  "/en/curate/sources",
  "/en/curate/presence",
  "/en/moderate",
  "/en/admin/users",
  "/en/admin/audit",
  "/en/admin/import",
  "/en/admin/import/ical",
  "/en/admin/jobs",
];

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await Promise.all([
    createAccount({ ...ARMENIAN, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...GEORGIAN, role: "curator", extra: ["--diaspora", "georgian"] }),
    createAccount({ ...EXPIRING, role: "admin" }),
  ]);
  await sessions.signInOnce(browser, "armenian", ARMENIAN);
  await sessions.signInOnce(browser, "georgian", GEORGIAN);
  await sessions.signInOnce(browser, "expiring", EXPIRING);
});

async function expectSignInRedirect(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBeGreaterThanOrEqual(300);
  expect(response.status(), path).toBeLessThan(400);
  const location = new URL(response.headers().location!, "http://x");
  expect(location.pathname, path).toBe("/en/sign-in");
  expect(location.searchParams.get("next"), path).toBe(path.replace(/^\/en/, ""));
}

test("without a session every private page redirects to sign-in; the development outbox is a 404", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of PRIVATE) await expectSignInRedirect(anonymous, path);
  expect((await anonymous.get("/en/dev/outbox")).status()).toBe(404);
  const session = await (await anonymous.get("/api/auth/get-session")).json();
  expect(session).toBeNull();
  await anonymous.dispose();
});

test("an expired session is nobody: the same redirects, and the session API says no session", async ({
  playwright,
  baseURL,
}) => {
  const client = new pg.Client({
    connectionString: currentDatabaseUrl(),
  });
  await client.connect();
  try {
    const context = await playwright.request.newContext({ baseURL, storageState: sessions.file("expiring") });
    expect((await context.get("/en/admin/audit", { maxRedirects: 0 })).status(), "alive before").toBe(200);
    const updated = await client.query(
      `UPDATE "Session" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [EXPIRING.email],
    );
    expect(updated.rowCount).toBeGreaterThan(0);
    for (const path of PRIVATE) await expectSignInRedirect(context, path);
    expect(await (await context.get("/api/auth/get-session")).json()).toBeNull();
    await context.dispose();
  } finally {
    await client.end();
  }
});

test("another diaspora's curator gets the 403 page for entries outside their scope, the 404 page for moderator and admin pages", async ({
  playwright,
  baseURL,
}) => {
  const georgian = await playwright.request.newContext({ baseURL, storageState: sessions.file("georgian") });
  const armenian = await playwright.request.newContext({ baseURL, storageState: sessions.file("armenian") });
  for (const path of [
    `/en/curate/organizations/${ARMENIAN_ORG}/edit`,
    `/en/curate/organizations/${ARMENIAN_ORG}/history`,
  ]) {
    expect((await armenian.get(path)).status(), `armenian ${path}`).toBe(200);
    const refused = await georgian.get(path);
    expect(refused.status(), `georgian ${path}`).toBe(403);
    expect(await refused.text(), `georgian ${path}`).toContain("this entry belongs to the Armenian diaspora");
  }
  for (const path of [
    "/en/moderate",
    "/en/admin/users",
    "/en/admin/audit",
    "/en/admin/import",
    "/en/admin/import/ical",
    "/en/admin/jobs",
  ]) {
    expect((await georgian.get(path)).status(), path).toBe(404);
  }
  expect((await georgian.get("/en/curate")).status()).toBe(200);
  await Promise.all([georgian.dispose(), armenian.dispose()]);
});

test("forged references are 404s: random ids, unknown kinds, another kind's key, traversal", async ({
  playwright,
  baseURL,
}) => {
  const armenian = await playwright.request.newContext({ baseURL, storageState: sessions.file("armenian") });
  for (const path of [
    `/en/curate/organizations/${randomUUID()}/edit`,
    `/en/curate/presence/${randomUUID()}/edit`,
    `/en/curate/events/${ARMENIAN_ORG}/edit`,
    `/en/curate/users/${ARMENIAN_ORG}/edit`,
    `/en/curate/organizations/..%2F..%2Fadmin/edit`,
    `/en/curate/organizations/${ARMENIAN_ORG}%00/history`,
    `/en/organizations/${ARMENIAN_ORG}%00`,
    "/en/organizations?q=%00",
  ]) {
    expect((await armenian.get(path)).status(), path).toBe(404);
  }
  await armenian.dispose();
});
