// Accounts against the test database: invitation → mail → accept → sign-in through better-auth's own HTTP
// handler; rate-limit counters in the database; password reset by mailed link; audit rows for each step.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getAuth } from "../../lib/auth/auth";
import { assertCan } from "../../lib/auth/assert-can";
import { createUser } from "../../lib/auth/create-user";
import { acceptInvitation } from "../../lib/auth/invitations/accept-invitation";
import { createInvitation } from "../../lib/auth/invitations/create-invitation";
import { loadActor } from "../../lib/auth/load-actor";
import { can } from "../../lib/auth/permissions";
import { hashToken } from "../../lib/auth/tokens";
import { Conflict, Forbidden } from "../../lib/errors";
import { sendMail } from "../../lib/mail/send-mail";
import { invitationMail } from "../../lib/mail/templates";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";
import { setUpMailCatcher } from "../support/mail-catcher-suite";

const db = openTestDatabase();
const ORIGIN = "http://localhost:3000";
const ADMIN_PASSWORD = "Quiet-harbour-lantern-7";
let armenianId: string;

afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetToSeed(db);
  armenianId = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
});
const catcher = setUpMailCatcher();

function post(path: string, body: unknown, ip = "198.51.100.1") {
  return getAuth().handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-atlas-client-address": ip },
      body: JSON.stringify(body),
    }),
  );
}

async function makeAdmin(email = "admin@example.org") {
  const scope = { role: "ADMIN" as const, global: true, diasporaIds: [] };
  const result = await createUser(db, { email, scope, password: ADMIN_PASSWORD, locale: "en", origin: ORIGIN });
  if (result.kind !== "created") throw new Error("expected an account");
  return { id: result.userId, email };
}

const actions = async () =>
  (await db.auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } })).map((a) => a.action);

describe("invitations", () => {
  it("are mailed, stored hashed, accepted once, and the curator then signs in through better-auth", async () => {
    const admin = await makeAdmin();
    const scope = { role: "CURATOR" as const, global: false, diasporaIds: [armenianId] };
    const invitation = await createInvitation({
      ...scope,
      email: "Curator@Example.org",
      locale: "ru",
      origin: ORIGIN,
      invitedBy: admin,
    });
    await sendMail(
      await invitationMail({
        to: "curator@example.org",
        locale: "ru",
        link: invitation.link,
        role: "CURATOR",
        expiresAt: invitation.expiresAt,
      }),
    );

    expect(catcher.mails).toHaveLength(1);
    expect(catcher.mails[0]).toMatchObject({
      to: ["curator@example.org"],
      subject: "Приглашение в «Атлас диаспор»: куратор",
    });
    const token = catcher.mails[0]!.text.match(/\/ru\/invitations\/([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const stored = await db.invitation.findFirstOrThrow({ select: { tokenHash: true, email: true } });
    expect(stored).toEqual({ tokenHash: hashToken(token!), email: "curator@example.org" });
    expect(JSON.stringify(await db.invitation.findMany())).not.toContain(token!);

    await expect(acceptInvitation({ token: token!, name: "Ani", password: "qwertyuiop" })).rejects.toThrow(
      new Conflict("passwordCommon"),
    );
    await expect(
      acceptInvitation({ token: "not-the-token", name: "Ani", password: "Pomegranate-river-1918" }),
    ).rejects.toThrow(new Conflict("invitationInvalid"));
    const { userId } = await acceptInvitation({ token: token!, name: "Ani", password: "Pomegranate-river-1918" });
    await expect(acceptInvitation({ token: token!, name: "Ani", password: "Pomegranate-river-1918" })).rejects.toThrow(
      new Conflict("invitationInvalid"),
    );

    const account = await db.account.findFirstOrThrow({
      where: { userId },
      select: { providerId: true, password: true },
    });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain("Pomegranate");
    const actor = await loadActor(userId);
    expect(actor?.grants).toEqual([{ role: "CURATOR", global: false, diasporaIds: [armenianId] }]);
    expect(can(actor, "update:organization", { diasporaIds: [armenianId] })).toBe(true);

    const wrong = await post("/sign-in/email", { email: "curator@example.org", password: "Pomegranate-river-1919" });
    expect(wrong.status).toBe(401);
    const signedIn = await post("/sign-in/email", { email: "curator@example.org", password: "Pomegranate-river-1918" });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.getSetCookie().join("\n")).toMatch(/better-auth\.session_token=.+HttpOnly/i);
    expect(await db.session.count({ where: { userId } })).toBe(1);

    expect(await actions()).toEqual([
      "user.created",
      "invitation.created",
      "invitation.accepted",
      "role.granted",
      "auth.sign_in_failed",
      "auth.sign_in",
    ]);
    const failed = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed" },
      select: { actorEmail: true, ipAddress: true, details: true },
    });
    expect(failed).toEqual({
      actorEmail: "curator@example.org",
      ipAddress: "198.51.100.1",
      details: { code: "INVALID_EMAIL_OR_PASSWORD" },
    });
  });

  it("cannot be used once expired, nor for an address that already has an account", async () => {
    const admin = await makeAdmin();
    const scope = { role: "MODERATOR" as const, global: true, diasporaIds: [] };
    const invitation = await createInvitation({
      ...scope,
      email: "late@example.org",
      locale: "en",
      origin: ORIGIN,
      invitedBy: admin,
    });
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const token = invitation.link.split("/").at(-1)!;
    await expect(acceptInvitation({ token, name: "Late", password: "Pomegranate-river-1918" })).rejects.toThrow(
      new Conflict("invitationInvalid"),
    );
    expect(await db.user.count({ where: { email: "late@example.org" } })).toBe(0);
    await expect(
      createInvitation({ ...scope, email: admin.email, locale: "en", origin: ORIGIN, invitedBy: admin }),
    ).rejects.toThrow(new Conflict("accountExists"));
  });
});

describe("sign-in rate limiting", () => {
  it("refuses the 11th attempt in a minute from one address, counting in the RateLimit table", async () => {
    await makeAdmin();
    const statuses: number[] = [];
    // Ten different accounts, so the per-account delay (tests/integration/account-throttle.test.ts) plays no part.
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await post(
            "/sign-in/email",
            { email: `nobody-${i}@example.org`, password: `wrong-password-${i}` },
            "203.0.113.7",
          )
        ).status,
      );
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect(await db.rateLimit.findMany({ select: { key: true, count: true } })).toEqual([
      { key: "203.0.113.7|/sign-in/email", count: 10 },
    ]);
    // Even the right password waits; another address does not.
    expect(
      (await post("/sign-in/email", { email: "admin@example.org", password: ADMIN_PASSWORD }, "203.0.113.7")).status,
    ).toBe(429);
    expect(
      (await post("/sign-in/email", { email: "admin@example.org", password: ADMIN_PASSWORD }, "203.0.113.8")).status,
    ).toBe(200);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", ipAddress: "203.0.113.7" } })).toBe(10);
  });
});

describe("password reset", () => {
  it("mails a link in the page's language, applies the password policy, and signs every session out", async () => {
    await makeAdmin();
    expect((await post("/sign-in/email", { email: "admin@example.org", password: ADMIN_PASSWORD })).status).toBe(200);
    const requested = await post("/request-password-reset", {
      email: "admin@example.org",
      redirectTo: "/az/reset-password",
    });
    expect(requested.status).toBe(200);
    expect(catcher.mails[0]?.subject).toBe("Diaspor Atlası şifrənizin sıfırlanması");
    const token = decodeURIComponent(catcher.mails[0]!.text.match(/\/az\/reset-password\/(\S+)/)![1]!);

    await expect(getAuth().api.resetPassword({ body: { token, newPassword: "1234567890" } })).rejects.toMatchObject({
      body: { code: "passwordCommon" },
    });
    await getAuth().api.resetPassword({ body: { token, newPassword: "Lantern-over-the-bay-3" } });
    expect(await db.session.count()).toBe(0);
    expect((await post("/sign-in/email", { email: "admin@example.org", password: ADMIN_PASSWORD })).status).toBe(401);
    expect(
      (await post("/sign-in/email", { email: "admin@example.org", password: "Lantern-over-the-bay-3" })).status,
    ).toBe(200);
    expect(await actions()).toContain("auth.password_reset");
  });

  it("says the same for an unknown address and sends nothing", async () => {
    const response = await post("/request-password-reset", {
      email: "nobody@example.org",
      redirectTo: "/en/reset-password",
    });
    expect(response.status).toBe(200);
    expect(catcher.mails).toHaveLength(0);
  });
});

describe("assertCan", () => {
  it("lets an allowed action through and records a refused one before throwing Forbidden", async () => {
    const admin = await makeAdmin();
    const adminActor = await loadActor(admin.id);
    await expect(assertCan(adminActor, "manage:users")).resolves.toBeUndefined();
    const curator = {
      userId: admin.id,
      email: "curator@example.org",
      name: "C",
      grants: [{ role: "CURATOR" as const, global: false, diasporaIds: [armenianId] }],
    };
    await expect(
      assertCan(
        curator,
        "approve:revision",
        { diasporaIds: [armenianId], type: "revision", id: "r1" },
        { ipAddress: "192.0.2.9" },
      ),
    ).rejects.toThrow(Forbidden);
    await expect(assertCan(null, "manage:users")).rejects.toThrow(Forbidden);
    const denied = await db.auditLog.findMany({
      where: { action: "permission.denied" },
      orderBy: { createdAt: "asc" },
      select: { actorEmail: true, targetId: true, ipAddress: true, details: true },
    });
    expect(denied).toEqual([
      {
        actorEmail: "curator@example.org",
        targetId: "r1",
        ipAddress: "192.0.2.9",
        details: { permission: "approve:revision", diasporaIds: [armenianId] },
      },
      // Anonymous refusals are aggregated per address, permission and hour (lib/audit/anonymous-refusal.ts).
      {
        actorEmail: null,
        targetId: null,
        ipAddress: null,
        details: expect.objectContaining({ permission: "manage:users", reason: "anonymous", count: 1 }),
      },
    ]);
  });
});
