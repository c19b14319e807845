// Security round 2 (issue #12, items 2 and 6) against the test database, through better-auth's own HTTP handler:
// the client's address is only what scripts/serve-next.mjs resolved from the socket (the x-atlas-client-address
// header; X-Forwarded-For is the client's own text), sign-ins and reset mails are limited per account whatever the
// address, and only the newest reset link of an account works.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getAuth } from "../../lib/auth/auth";
import { createUser } from "../../lib/auth/create-user";
import { openTestDatabase, resetDatabase } from "../support/database";
import type { CaughtMail } from "../support/mail-catcher";
import { setUpMailCatcher } from "../support/mail-catcher-suite";

const db = openTestDatabase();
const ORIGIN = "http://localhost:3000";
const EMAIL = "curator@example.org";
const PASSWORD = "Quiet-harbour-lantern-7";
let userId: string;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  const created = await createUser(db, {
    email: EMAIL,
    scope: { role: "ADMIN", global: true, diasporaIds: [] },
    password: PASSWORD,
    locale: "en",
    origin: ORIGIN,
  });
  if (created.kind !== "created") throw new Error("expected an account");
  userId = created.userId;
});
const catcher = setUpMailCatcher();

/** A request as the app receives it: `address` is what the server resolved (absent: none), `forwardedFor` the client's header. */
function post(path: string, body: unknown, { address, forwardedFor }: { address?: string; forwardedFor?: string }) {
  const headers = new Headers({ "content-type": "application/json", origin: ORIGIN });
  if (address) headers.set("x-atlas-client-address", address);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }),
  );
}
const signIn = (password: string, client: { address?: string; forwardedFor?: string }, email = EMAIL) =>
  post("/sign-in/email", { email, password }, client);
const requestReset = (address: string) =>
  post(
    "/request-password-reset",
    { email: EMAIL, redirectTo: "/en/reset-password" },
    { address, forwardedFor: address },
  );
const tokensIn = (mails: CaughtMail[]) =>
  mails.map((m) => decodeURIComponent(m.text.match(/\/en\/reset-password\/(\S+)/)![1]!));
const resetWith = (token: string) =>
  getAuth()
    .api.resetPassword({ body: { token, newPassword: "Lantern-over-the-bay-3" } })
    .then(
      () => "reset",
      (e: { body?: { code?: string } }) => e.body?.code,
    );

describe("sign-in throttle per account", () => {
  it("throttles 30 wrong passwords for one account sent from 30 addresses, then lets the right one in after the delay", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const address = `198.51.100.${i + 1}`;
      statuses.push((await signIn(`wrong-password-${i}`, { address, forwardedFor: address })).status);
    }
    // The first five are free; after that each guess waits 1 s, 2 s, 4 s … (at most 5 min) and guesses sent
    // during the delay are refused before the password is looked at.
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(8);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(22);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(
      statuses.filter((s) => s === 401).length,
    );
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_rate_limited", actorEmail: EMAIL } })).toBe(
      statuses.filter((s) => s === 429).length,
    );

    // Even the right password waits, from a new address too … Sent right after a guess that was checked (a 401
    // starts a new delay of at least 1 s), so the delay cannot have run out by chance between the two requests.
    while ((await signIn("wrong-password-last", { address: "198.51.100.99" })).status === 429)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = await signIn(PASSWORD, { address: "192.0.2.200" });
    expect(waiting.status).toBe(429);
    // … but not for long: after the announced delay it works, and the run of failures is over.
    const retryAfter = Number(waiting.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(16);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
    expect((await signIn(PASSWORD, { address: "192.0.2.200" })).status).toBe(200);
    expect((await signIn("wrong-password-again", { address: "192.0.2.201" })).status).toBe(401);
  }, 90_000);

  it("answers an unknown account the same way, so the delay tells nothing about who has an account", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await signIn(`wrong-password-${i}`, { address: `198.51.100.${i + 1}` }, "nobody@example.org")).status,
      );
    // As for a real account: five free guesses, then delays (a slow machine may let one more through after 1 s).
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(
      await db.accountThrottle.findUnique({ where: { key: "sign-in:nobody@example.org" }, select: { count: true } }),
    ).toMatchObject({ count: expect.any(Number) });
  });
});

describe("addresses", () => {
  it("do not come from X-Forwarded-For: a two-entry or invalid header does not put everyone in one bucket", async () => {
    // An attacker at 203.0.113.66 fills whatever bucket its odd headers would land in (ten different accounts, so
    // no per-account delay is involved) …
    for (const forwardedFor of [
      "1.1.1.1, 2.2.2.2",
      "not-an-address",
      "1.1.1.1, 2.2.2.2",
      "",
      "garbage",
      "3.3.3.3, 4.4.4.4",
      "x",
      "y",
      "z",
      "1, 2",
    ]) {
      await signIn("wrong-password", { address: "203.0.113.66", forwardedFor }, `nobody-${Math.random()}@example.org`);
    }
    expect((await signIn(PASSWORD, { address: "203.0.113.66", forwardedFor: "5.5.5.5, 6.6.6.6" })).status).toBe(429);
    // … and another client with the same odd headers is not affected.
    expect((await signIn(PASSWORD, { address: "203.0.113.77", forwardedFor: "1.1.1.1, 2.2.2.2" })).status).toBe(200);
    const session = await db.session.findFirstOrThrow({ select: { ipAddress: true } });
    expect(session.ipAddress).toBe("203.0.113.77");
  });

  it("requests without any address share no bucket (the per-account limits still hold)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn("wrong-password", {}, `nobody-${i}@example.org`)).status);
    expect(statuses).toEqual(Array(12).fill(401));
    expect(await db.rateLimit.count()).toBe(0);
    expect((await signIn(PASSWORD, {})).status).toBe(200);
  });
});

describe("reset mails", () => {
  it("are capped per account: six requests from six addresses within 5 s send three mails, and the answer stays the same", async () => {
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => requestReset(`198.51.100.${i + 10}`)));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(200));
    // At most three; fewer when a parallel, newer request ended a link before it was mailed (it mails its own).
    expect(catcher.mails.length).toBeGreaterThanOrEqual(1);
    expect(catcher.mails.length).toBeLessThanOrEqual(3);
    // One link works, and it is one that was mailed; refused requests left no working token behind.
    const left = await db.verification.findMany({ where: { value: userId }, select: { identifier: true } });
    expect(left).toHaveLength(1);
    expect(tokensIn(catcher.mails).map((t) => `reset-password:${t}`)).toContain(left[0]!.identifier);
    // The hour's mails are used up: a seventh request, even spaced out, sends nothing.
    expect((await requestReset("198.51.100.99")).status).toBe(200);
    expect(catcher.mails.length).toBeLessThanOrEqual(3);
  });
});

describe("reset tokens", () => {
  it("end when a newer one is asked for", async () => {
    expect((await requestReset("198.51.100.1")).status).toBe(200);
    expect((await requestReset("198.51.100.2")).status).toBe(200);
    const [older, newer] = tokensIn(catcher.mails);
    expect(await resetWith(older!)).toBe("INVALID_TOKEN");
    expect(await resetWith(newer!)).toBe("reset");
  });

  it("all end when one of them is used", async () => {
    expect((await requestReset("198.51.100.1")).status).toBe(200);
    const [mailed] = tokensIn(catcher.mails);
    // A second outstanding link (e.g. mailed before this release, when older links stayed valid).
    await db.verification.create({
      data: { identifier: "reset-password:an-older-link", value: userId, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await resetWith(mailed!)).toBe("reset");
    expect(await resetWith("an-older-link")).toBe("INVALID_TOKEN");
    expect(await db.verification.count({ where: { value: userId } })).toBe(0);
  });
});
