// Session cookies and session lifetime through better-auth's own HTTP handler, configured as on an https site
// (SITE_URL https): the session cookie is __Secure-prefixed, Secure, HttpOnly and SameSite=Lax; a session whose
// row has expired authenticates nobody. The http half (no __Secure- prefix on plain http) is in tests/e2e/xss.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "../../lib/auth/auth";
import { createUser } from "../../lib/auth/create-user";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
const SITE = "https://atlas.example.org";
const PASSWORD = "Quiet-harbour-lantern-7";
const cache = globalThis as unknown as { atlasAuth?: unknown };

beforeAll(async () => {
  await resetDatabase(db);
  process.env.SITE_URL = SITE;
  delete cache.atlasAuth;
  const scope = { role: "ADMIN" as const, global: true, diasporaIds: [] };
  await createUser(db, { email: "admin@example.org", scope, password: PASSWORD, locale: "en", origin: SITE });
});
afterAll(async () => {
  delete process.env.SITE_URL;
  delete cache.atlasAuth;
  await db.$disconnect();
});

async function signIn(): Promise<Response> {
  return getAuth().handler(
    new Request(`${SITE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE, "x-atlas-client-address": "198.51.100.20" },
      body: JSON.stringify({ email: "admin@example.org", password: PASSWORD }),
    }),
  );
}

/** "name=value; Path=/; HttpOnly" → { name, value, attributes (lower-cased) }. */
function parseSetCookie(header: string) {
  const [pair, ...rest] = header.split(";").map((p) => p.trim());
  const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
  return { name, value, attributes: rest.map((a) => a.toLowerCase()) };
}

describe("session cookie on an https site", () => {
  it("is __Secure-prefixed, Secure, HttpOnly, SameSite=Lax, path /", async () => {
    const response = await signIn();
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie().map(parseSetCookie);
    const session = cookies.find((c) => c.name.endsWith("session_token"));
    expect(session?.name).toBe("__Secure-better-auth.session_token");
    expect(session?.attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
    // Every cookie better-auth sets follows the same rule.
    for (const cookie of cookies)
      expect(cookie.attributes, cookie.name).toEqual(expect.arrayContaining(["secure", "httponly"]));
  });

  it("authenticates while the session row lives, and nobody once its expiresAt has passed", async () => {
    const response = await signIn();
    const session = response.headers
      .getSetCookie()
      .map(parseSetCookie)
      .find((c) => c.name.endsWith("session_token"))!;
    const headers = new Headers({ cookie: `${session.name}=${session.value}` });
    expect((await getAuth().api.getSession({ headers }))?.user.email).toBe("admin@example.org");

    const token = decodeURIComponent(session.value).split(".")[0]!;
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await getAuth().api.getSession({ headers })).toBeNull();
  });
});
