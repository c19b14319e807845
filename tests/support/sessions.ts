// A real signed-in session for integration tests: an account with a password and a role, signed in through
// better-auth's own HTTP handler; the returned Cookie header is what the browser would send.
import { getAuth } from "../../lib/auth/auth";
import { createUser } from "../../lib/auth/create-user";
import type { Database } from "../../lib/db/connect";

export const TEST_PASSWORD = "Quiet-harbour-lantern-7";
const ORIGIN = "http://localhost:3000";

export async function signIn(db: Database, email: string, role: "ADMIN"): Promise<{ userId: string; cookie: string }> {
  const created = await createUser(db, {
    email,
    scope: { role, global: true, diasporaIds: [] },
    password: TEST_PASSWORD,
    locale: "en",
    origin: ORIGIN,
  });
  if (created.kind !== "created") throw new Error("expected an account");
  const response = await getAuth().handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-atlas-client-address": "192.0.2.1" },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    }),
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  return { userId: created.userId, cookie };
}
