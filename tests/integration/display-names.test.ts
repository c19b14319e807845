// Display names are printed beside other text (the moderation queue, histories, the audit log, the user list), so a
// name must not pass for another person: no bidirectional controls, zero-width or other invisible characters, and
// nothing that looks like an e-mail address. Every way a name is set is checked: better-auth's /update-user (any
// signed-in user may call it), invitation acceptance and `npm run user:create` (lib/auth/create-user.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getAuth } from "../../lib/auth/auth";
import { createUser } from "../../lib/auth/create-user";
import { acceptInvitation } from "../../lib/auth/invitations/accept-invitation";
import { createInvitation } from "../../lib/auth/invitations/create-invitation";
import { acceptInvitationSchema } from "../../lib/auth/schemas";
import { Conflict } from "../../lib/errors";
import { openTestDatabase, resetDatabase } from "../support/database";
import { signIn, TEST_PASSWORD } from "../support/sessions";

const db = openTestDatabase();
const ORIGIN = "http://localhost:3000";

/** Names an attacker would choose, each with the code it is refused with. */
const LOOK_ALIKES: [string, string][] = [
  ["Root Admin <root@example.org>", "markup"],
  ["Root Admin root@example.org", "nameLikeEmail"],
  ["Root Admin (root＠example.org)", "nameLikeEmail"],
  ["Root Admin \u202Egro.elpmaxe@toor", "invisibleCharacters"],
  ["Root\u2067 Admin\u2069", "invisibleCharacters"],
  ["Root\u200B Admin", "invisibleCharacters"],
  ["Root\u200F Admin", "invisibleCharacters"],
  ["Root\u2060Admin", "invisibleCharacters"],
  ["Ro\u00ADot Admin", "invisibleCharacters"],
  ["Root\u3164Admin", "invisibleCharacters"],
  ["Root\u061C Admin", "invisibleCharacters"],
];
const FINE = ["Ana Admin", "Анна Петросян", "Աննա Պետրոսյան", "ანა", "O'Brien-Smith Jr."];

beforeAll(() => resetDatabase(db));
beforeEach(() => resetDatabase(db));
afterAll(() => db.$disconnect());

async function updateName(cookie: string, name: string) {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth/update-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie, "x-forwarded-for": "192.0.2.7" },
      body: JSON.stringify({ name }),
    }),
  );
}

describe("/api/auth/update-user", () => {
  it("refuses every look-alike name with a 400 and its code, and keeps the stored name", async () => {
    const { userId, cookie } = await signIn(db, "someone@example.org", "ADMIN");
    const stored = async () =>
      (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name;
    const before = await stored();
    for (const [name, code] of LOOK_ALIKES) {
      const response = await updateName(cookie, name);
      expect(response.status, JSON.stringify(name)).toBe(400);
      expect((await response.json()).code, JSON.stringify(name)).toBe(code);
      expect(await stored()).toBe(before);
    }
  });

  it("answers a body that is not an object with a 4xx, not a 500 (the name check reads only objects)", async () => {
    for (const path of ["update-user", "sign-up/email"]) {
      for (const body of ['"x"', "[1]", "7", "null"]) {
        const response = await getAuth().handler(
          new Request(`${ORIGIN}/api/auth/${path}`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: ORIGIN },
            body,
          }),
        );
        expect(response.status, `${path} ${body}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${path} ${body}`).toBeLessThan(500);
      }
    }
  });

  it("accepts ordinary names in any script", async () => {
    const { userId, cookie } = await signIn(db, "someone@example.org", "ADMIN");
    for (const name of FINE) {
      expect((await updateName(cookie, name)).status, name).toBe(200);
      expect((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name).toBe(name);
    }
  });
});

describe("accounts made by invitation or on the server", () => {
  it("refuse look-alike names in the invitation form's schema and in the account itself", async () => {
    for (const [name, code] of LOOK_ALIKES) {
      const parsed = acceptInvitationSchema.safeParse({
        token: "t",
        email: "new@example.org",
        name,
        password: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
      });
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message), JSON.stringify(name)).toContain(code);
    }
    // Past the form (a crafted call): the account is not made and the invitation stays open.
    const invitation = await createInvitation(
      {
        email: "new@example.org",
        role: "ADMIN",
        global: true,
        diasporaIds: [],
        locale: "en",
        origin: ORIGIN,
        invitedBy: null,
      },
      db,
    );
    const token = new URL(invitation.link).pathname.split("/").pop()!;
    await expect(
      acceptInvitation({ token, name: "Root Admin root@example.org", password: TEST_PASSWORD }),
    ).rejects.toEqual(new Conflict("nameLikeEmail"));
    expect(await db.user.count()).toBe(0);
    expect(await acceptInvitation({ token, name: "New Admin", password: TEST_PASSWORD })).toMatchObject({
      email: "new@example.org",
    });
  });

  it("refuse look-alike names given to user:create", async () => {
    const scope = { role: "ADMIN" as const, global: true, diasporaIds: [] };
    await expect(
      createUser(db, {
        email: "cli@example.org",
        name: "Root\u202E Admin",
        scope,
        password: TEST_PASSWORD,
        locale: "en",
        origin: ORIGIN,
      }),
    ).rejects.toEqual(new Conflict("invisibleCharacters"));
    expect(await db.user.count()).toBe(0);
  });
});
