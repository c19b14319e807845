// Beyond one machine (issue #6): two app instances on one PostgreSQL and one Redis, as behind a load balancer.
// A moderator signed in on A is signed in on B (sessions live in the database); an approval on A shows in B's
// very next response (B had the old entry cached; the expiry went through Redis); the per-address sign-in limit counts
// attempts made on either instance, refusing even the right password on both once it is reached (issue #7); and the
// per-account delay holds across instances and changing addresses (issue #12).
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
    const child = spawn(
      "npm",
      ["run", "-s", "user:create", "--", "--email", email, "--role", role, "--password-stdin", ...extra],
      { env: { ...process.env, DATABASE_URL } },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`user:create failed (${code}): ${output}`))));
    child.stdin.end(`${password}\n`);
  });
}

const acronymOn = async (request: APIRequestContext, origin: string) =>
  (await (await request.get(`${origin}/api/v1/organizations/${EDITED.slug}`)).json()).data.acronym;
const pageOn = async (request: APIRequestContext, origin: string) =>
  (await request.get(`${origin}/en/organizations/${EDITED.slug}`)).text();

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
  await expect(page).toHaveURL(`${ORIGIN_A}/en/moderate`);
  await page.goto(`${ORIGIN_B}/en/account`);
  await expect(page).toHaveURL(`${ORIGIN_B}/en/account`);
  await expect(page.getByRole("main")).toContainText(MODERATOR.email);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "en", EDITOR.email, EDITOR.password);
  await expect(editor).toHaveURL(`${ORIGIN_A}/en/moderate`);
  await publishAcronym(editor, page, ORIGIN_A, EDITED.slug, EDITED.acronym);
  await Promise.all([context.close(), editorContext.close()]);

  expect(await acronymOn(request, ORIGIN_B)).toBe(EDITED.acronym);
  expect(await pageOn(request, ORIGIN_B)).toContain(EDITED.acronym);
  expect(await acronymOn(request, ORIGIN_A)).toBe(EDITED.acronym);
});

const attempt = (request: APIRequestContext, origin: string, email: string, password: string, address: string) =>
  request.post(`${origin}/api/auth/sign-in/email`, {
    data: { email, password },
    // The runner is the trusted proxy (start-two-instances.ts): X-Forwarded-For names the client. A client-sent
    // copy of the header the server derives the address into is dropped by the server, so it changes nothing.
    headers: {
      origin: ORIGIN_A,
      "x-forwarded-for": address,
      "x-atlas-client-address": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
    failOnStatusCode: false,
  });

test("sign-in attempts from one address count across both instances: past the limit even the right password is refused on both", async ({
  request,
}) => {
  const address = clientAddressOf(CURATOR.email);
  // The limit is 10 a minute per address (lib/auth/auth.ts): five attempts on each instance, each for another
  // account so that the per-account delay plays no part here.
  for (let i = 0; i < 10; i++)
    expect(
      (
        await attempt(
          request,
          i % 2 ? ORIGIN_B : ORIGIN_A,
          `nobody-${i}-${CURATOR.email}`,
          "wrong-password-123",
          address,
        )
      ).status(),
    ).toBe(401);
  expect((await attempt(request, ORIGIN_A, CURATOR.email, CURATOR.password, address)).status()).toBe(429);
  expect((await attempt(request, ORIGIN_B, CURATOR.email, CURATOR.password, address)).status()).toBe(429);
  // Another address is not affected: the right password works on either instance.
  expect((await attempt(request, ORIGIN_B, CURATOR.email, CURATOR.password, "10.250.0.1")).status()).toBe(200);
});

test("wrong passwords for one account from ever new addresses meet the account's delay on both instances, which soon ends", async ({
  request,
}) => {
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++)
    statuses.push(
      (
        await attempt(request, i % 2 ? ORIGIN_B : ORIGIN_A, CURATOR.email, "wrong-password-123", `10.251.0.${i + 1}`)
      ).status(),
    );
  // Five free guesses, then 1 s, 2 s … between guesses (lib/auth/account-throttle.ts), counted in the shared database.
  expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  const waiting = await attempt(request, ORIGIN_A, CURATOR.email, CURATOR.password, "10.251.1.1");
  expect(waiting.status()).toBe(429);
  await new Promise((resolve) => setTimeout(resolve, Number(waiting.headers()["retry-after"]) * 1000 + 300));
  expect((await attempt(request, ORIGIN_B, CURATOR.email, CURATOR.password, "10.251.1.2")).status()).toBe(200);
});
