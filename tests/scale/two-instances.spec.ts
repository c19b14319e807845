// Beyond one machine (issue #6): two app instances on one PostgreSQL and one Redis, as behind a load balancer.
// A moderator signed in on A is signed in on B (sessions live in the database); an approval on A shows in B's
// very next response (B had the old entry cached; the expiry went through Redis); and the sign-in limit counts
// attempts made on either instance, refusing even the right password on both once it is reached (issue #7).
import { spawn } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { clientAddressOf, signIn, uniqueEmail } from "../e2e/support/accounts";
import { publishAcronym } from "../e2e/support/moderation";
import { DATABASE_URL, ORIGIN_A, ORIGIN_B } from "./settings";

const MODERATOR = { email: uniqueEmail("scale-moderator"), password: "Juniper-lagoon-atlas-73" };
const CURATOR = { email: uniqueEmail("scale-curator"), password: "Pebble-orchid-Tbilisi-91" };
// Who writes the edit the moderator approves: nobody approves their own revision.
const EDITOR = { email: uniqueEmail("scale-editor"), password: "Harbour-quince-Yerevan-52" };
const EDITED = { slug: "arma", acronym: `ARMA-${Date.now().toString(36).toUpperCase()}` };

function createUser(email: string, role: string, password: string, extra: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "user:create", "--", "--email", email, "--role", role, "--password-stdin", ...extra], { env: { ...process.env, DATABASE_URL } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`user:create failed (${code}): ${output}`))));
    child.stdin.end(`${password}\n`);
  });
}

const acronymOn = async (request: APIRequestContext, origin: string) => (await (await request.get(`${origin}/api/v1/organizations/${EDITED.slug}`)).json()).data.acronym;
const pageOn = async (request: APIRequestContext, origin: string) => (await request.get(`${origin}/en/organizations/${EDITED.slug}`)).text();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // One after the other: the two servers are already running on this machine.
  await createUser(MODERATOR.email, "moderator", MODERATOR.password, ["--global"]);
  await createUser(CURATOR.email, "curator", CURATOR.password, ["--diaspora", "armenian"]);
  await createUser(EDITOR.email, "moderator", EDITOR.password, ["--global"]);
});

test("a session from A is valid on B, and an approval on A is in B's next response", async ({ browser, request }) => {
  test.setTimeout(120_000);
  // B serves (and caches) the published entry.
  const before = await acronymOn(request, ORIGIN_B);
  expect(before).not.toBe(EDITED.acronym);
  expect(await pageOn(request, ORIGIN_B)).not.toContain(EDITED.acronym);
  expect(await acronymOn(request, ORIGIN_B)).toBe(before);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "en", MODERATOR.email, MODERATOR.password);
  await expect(page).toHaveURL(`${ORIGIN_A}/en/account`);
  await page.goto(`${ORIGIN_B}/en/account`);
  await expect(page).toHaveURL(`${ORIGIN_B}/en/account`);
  await expect(page.getByRole("main")).toContainText(MODERATOR.email);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "en", EDITOR.email, EDITOR.password);
  await expect(editor).toHaveURL(`${ORIGIN_A}/en/account`);
  await publishAcronym(editor, page, ORIGIN_A, EDITED.slug, EDITED.acronym);
  await Promise.all([context.close(), editorContext.close()]);

  expect(await acronymOn(request, ORIGIN_B)).toBe(EDITED.acronym);
  expect(await pageOn(request, ORIGIN_B)).toContain(EDITED.acronym);
  expect(await acronymOn(request, ORIGIN_A)).toBe(EDITED.acronym);
});

test("sign-in attempts count across both instances: past the limit even the right password is refused on both", async ({ request }) => {
  const address = clientAddressOf(CURATOR.email);
  const attempt = (origin: string, password: string) =>
    request.post(`${origin}/api/auth/sign-in/email`, {
      data: { email: CURATOR.email, password },
      headers: { origin: ORIGIN_A, "x-forwarded-for": address },
      failOnStatusCode: false,
    });
  // The limit is 10 a minute per address (lib/auth/auth.ts): five wrong passwords on each instance.
  for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? ORIGIN_B : ORIGIN_A, "wrong-password-123")).status()).toBe(401);
  expect((await attempt(ORIGIN_A, CURATOR.password)).status()).toBe(429);
  expect((await attempt(ORIGIN_B, CURATOR.password)).status()).toBe(429);
  // Another address is not affected: the right password works on either instance.
  const other = await request.post(`${ORIGIN_B}/api/auth/sign-in/email`, {
    data: { email: CURATOR.email, password: CURATOR.password },
    headers: { origin: ORIGIN_A, "x-forwarded-for": "10.250.0.1" },
  });
  expect(other.status()).toBe(200);
});
