// Every server action driven as a raw HTTP request against the production server (issue #12): the action's id from
// the build's manifest, posted to a page that hosts it, with the cookies of real sessions of the seven kinds of
// actor the authorization matrix knows (tests/integration/authorization.test.ts) and the page's Origin.
// - Property: each action gets `RUNS` generated forms (tests/support/arbitraries.ts: every form has at least one
//   field broken or missing, so each must be refused), sent as React sends a form, or, one time in four, in a
//   transport our pages never use (a JSON body, arguments that are not a form, a foreign Origin). No answer is a 5xx,
//   a well-formed request gets the action's typed refusal, and the database is byte-for-byte unchanged apart from
//   rate-limit counters and refusal audit rows.
// - Malformed requests (the probe's list): each gets its 4xx, never a 500.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import pg from "pg";
import {
  invalidText,
  malformedDate,
  malformedSlug,
  malformedUuid,
  noise,
  poisonedText,
  wrongShape,
  brokenForm,
  type FieldValue,
} from "../support/arbitraries";
import { httpPropertyRuns } from "../support/property-runs";
import { serverActionModules } from "../support/server-actions";
import { clientAddressOf, createAccount, uniqueEmail } from "./support/accounts";
import { currentDatabaseUrl } from "./support/app";

const RUNS = httpPropertyRuns();
/** Requests in flight at once: the server overlaps parsing and rendering while the embedded database works serially. */
const CONCURRENCY = 4;
const ORG = "association-of-armenians-of-russia";
const WHO = [
  "nobody",
  "noRole",
  "curatorArmenian",
  "curatorGeorgian",
  "moderatorArmenian",
  "moderatorGlobal",
  "admin",
] as const;
type Who = (typeof WHO)[number];
const PASSWORD = "Ferry-lantern-Yerevan-1918";
const ACCOUNTS: Record<Exclude<Who, "nobody">, string[]> = {
  noRole: ["--role", "curator", "--diaspora", "armenian"], // its role is removed below: an account without roles
  curatorArmenian: ["--role", "curator", "--diaspora", "armenian"],
  curatorGeorgian: ["--role", "curator", "--diaspora", "georgian"],
  moderatorArmenian: ["--role", "moderator", "--diaspora", "armenian"],
  moderatorGlobal: ["--role", "moderator", "--global"],
  admin: ["--role", "admin"],
};
/** Audit rows a refusal may write (lib/auth/assert-can.ts, sign-in); any other row means something was done. */
const REFUSAL_AUDITS = ["permission.denied", "auth.sign_in_failed", "auth.sign_in_rate_limited"];

type Entry = { exportedName: string; filename: string; workers: Record<string, unknown> };
const manifest = JSON.parse(
  readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8"),
) as { node: Record<string, Entry> };

/** A page that hosts the action (Next runs an action in a page's worker that bundles it). */
function pageOf(entry: Entry): string {
  const worker = Object.keys(entry.workers).find((w) => !w.includes("[...rest]"))!;
  const params: Record<string, string> = {
    locale: "en",
    kind: "organizations",
    ref: ORG,
    slug: ORG,
    code: "FR",
    token: "no-such-token",
  };
  return (
    worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "x") || "/"
  );
}

const invalidEmail = fc.oneof(
  fc.constantFrom("", " ", "a", "a@", "@b.c", "a@b", "a b@c.org", "<a@b.org>", "a@b.org\u0000"),
  poisonedText.filter((s) => !s.includes("@")),
);
const uuids = fc.array(malformedUuid, { minLength: 1, maxLength: 3 });
/** The fields each action reads, each with values it must refuse (a subset is broken, the rest left out). */
const BROKEN: Record<string, Record<string, fc.Arbitrary<FieldValue>>> = {
  saveEntryAction: {
    entityType: fc.oneof(fc.constantFrom("organization", "event", "presence", "source"), noise),
    slug: malformedSlug,
    "name.en": invalidText,
    version: fc.constantFrom("-1", "one", "1e309"),
    diasporaIds: uuids,
    foundedYear: fc.constantFrom("abc", "-5"),
    start: malformedDate,
  },
  approveRevisionAction: { revisionId: fc.oneof(malformedUuid, wrongShape) },
  rejectRevisionAction: { revisionId: malformedUuid, comment: fc.oneof(invalidText, fc.constant("")) },
  restoreRevisionAction: { revisionId: malformedUuid, version: fc.constantFrom("-1", "one", "0") },
  suggestCorrectionAction: {
    entityType: fc.constantFrom("", "user", "Organization"),
    slug: malformedSlug,
    body: fc.oneof(invalidText, fc.constantFrom("", "short")),
    email: invalidEmail.filter((e) => e.trim() !== ""),
  },
  saveMailSettingsAction: {
    moderationMail: fc.constantFrom("", "daily", "WEEKLY"),
    decisionMail: fc.constantFrom("yes", "0"),
  },
  subscribeDigestAction: {
    email: fc.constantFrom("", "a@", "not an address"),
    diaspora: malformedSlug,
    country: fc.constantFrom("ru", "ZZ"),
    city: invalidText,
  },
  confirmDigestAction: { id: malformedUuid, token: fc.oneof(noise, fc.constant("")) },
  unsubscribeDigestAction: { id: malformedUuid, token: fc.oneof(noise, fc.constant("")) },
  proposeEntryAction: {
    entityType: fc.constantFrom("", "user", "Event"),
    "title.ru": invalidText,
    start: malformedDate,
    diasporaIds: malformedUuid,
    sourceUrl: fc.constantFrom("", "javascript:alert(1)", "not a url"),
    altcha: fc.oneof(noise, fc.constantFrom("", "e30=")),
  },
  decideSuggestionAction: { suggestionId: malformedUuid, decision: fc.constantFrom("", "resolved", "OPEN") },
  inviteAction: {
    email: invalidEmail,
    name: invalidText,
    role: fc.constantFrom("", "curator", "KING"),
    diasporaIds: uuids,
  },
  grantRoleAction: { userId: malformedUuid, role: fc.constantFrom("", "KING", "OWNER"), diasporaIds: uuids },
  revokeRoleAction: { userId: malformedUuid, role: fc.constantFrom("", "curator", "KING") },
  importEntriesAction: {
    kind: fc.constantFrom("", "planet", "source"),
    mode: fc.constantFrom("commit", "IMPORT"),
    content: fc.oneof(noise, fc.constantFrom("slug\n", "{", '[{"slug": 1}]')),
    fileName: poisonedText,
  },
  importIcalAction: {
    intent: fc.constantFrom("", "PREVIEW", "delete"),
    url: fc.constantFrom("javascript:alert(1)", "file:///etc/passwd", "not a url"),
    calendar: noise,
    locale: fc.constantFrom("xx", "../en"),
    diasporaIds: uuids,
  },
  runJobNowAction: { name: fc.oneof(poisonedText, fc.constantFrom("", "PURGE-EXPIRED", "../purge-expired")) },
  retryJobAction: { name: fc.constantFrom("", "drop", "purge-expired\u0000"), id: malformedUuid },
  createSubscriptionAction: {
    organizationId: malformedUuid,
    url: fc.constantFrom("javascript:alert(1)", "file:///etc/passwd", "http://user:pw@example.org/x.ics", "not a url"),
    locale: fc.constantFrom("", "xx", "../en"),
    eventType: fc.constantFrom("", "party"),
  },
  pollSubscriptionAction: { id: malformedUuid },
  pauseSubscriptionAction: { id: malformedUuid, on: fc.constantFrom("", "2", "yes") },
  trustSubscriptionAction: { id: malformedUuid, on: fc.constantFrom("", "2", "yes") },
  deleteSubscriptionAction: { id: malformedUuid },
  checkLinksAgainAction: { organizationId: malformedUuid },
  signInAction: { email: invalidEmail, password: noise },
  requestPasswordResetAction: { email: invalidEmail },
  resetPasswordAction: {
    token: fc.oneof(noise, fc.uuid()),
    password: fc.constantFrom("", "short", "password123"),
    confirmPassword: fc.constantFrom("", "other"),
  },
  acceptInvitationAction: {
    token: fc.oneof(noise, fc.uuid()),
    email: invalidEmail,
    name: invalidText,
    password: fc.constantFrom("", "short"),
    confirmPassword: fc.constantFrom("", "other"),
  },
};
/** Without a form: they act on the session alone, so they get sessions that are not one (garbled cookies). */
const SESSION_ONLY = ["revokeOtherSessionsAction", "signOutAction"];

type Transport = "form" | "json" | "nested" | "foreign";
const transport = fc.oneof(
  { weight: 9, arbitrary: fc.constant<Transport>("form") },
  { weight: 1, arbitrary: fc.constantFrom<Transport>("json", "nested", "foreign") },
);

let db: pg.Client;
const cookies = { nobody: "" } as Record<Who, string>;

async function fingerprint(): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimit', 'AuditLog') ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const { rows } = await db.query<{ digest: string; n: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS n FROM "public"."${tablename}" t`,
    );
    out[tablename] = `${rows[0]!.n}:${rows[0]!.digest}`;
  }
  return out;
}
const actingAudits = async () =>
  Number((await db.query(`SELECT count(*) AS n FROM "AuditLog" WHERE action <> ALL($1)`, [REFUSAL_AUDITS])).rows[0].n);

/** Signs in through better-auth's endpoint, as the sign-in form does; waits out the sign-in limit if it is hit. */
async function signIn(baseURL: string, email: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await fetch(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": clientAddressOf(email) },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (response.status === 200)
      return response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0]!)
        .join("; ");
    if (response.status !== 429) throw new Error(`sign-in of ${email}: ${response.status}`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
  throw new Error(`sign-in of ${email}: rate limited`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  // Its project's app and database (playwright.config.ts: http-properties, an app of their own).
  db = new pg.Client({ connectionString: currentDatabaseUrl() });
  await db.connect();
  for (const [who, args] of Object.entries(ACCOUNTS) as [Exclude<Who, "nobody">, string[]][]) {
    const email = uniqueEmail(`actions-${who}`);
    await createAccount({ email, role: args[1]!, password: PASSWORD, extra: args.slice(2) });
    if (who === "noRole")
      await db.query(`DELETE FROM "RoleAssignment" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);
    cookies[who] = await signIn(baseURL!, email);
  }
});
test.afterAll(async () => db?.end());

const toForm = (values: Record<string, FieldValue | undefined>, prefix: string) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(prefix + name, v);
  }
  return form;
};
const STATE = { ok: false, values: {}, fieldErrors: {} };

/**
 * fetch, again when the connection was reset before an answer: a kept-alive socket the server closed while idle
 * (Next's keep-alive timeout is 5 s; a fingerprint on a loaded machine takes longer) is not an answer of the app.
 * Each failed try drops one dead socket from the client's pool, and the pool may hold more than the last test's
 * four (CI saw five tries in a row meet dead ones): up to RESET_TRIES, then the error stands.
 */
const RESET_TRIES = 20;
async function send(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
      const reset = code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET";
      if (!reset || attempt >= RESET_TRIES) throw error;
    }
  }
}

/** One request as the transport says; the form's fields as React encodes a FormData argument ("$K1", "_1_" names). */
function request(
  baseURL: string,
  id: string,
  page: string,
  who: Who,
  values: Record<string, FieldValue | undefined>,
  how: Transport,
) {
  const headers: Record<string, string> = {
    "next-action": id,
    accept: "text/x-component",
    origin: how === "foreign" ? "https://evil.example" : baseURL,
    cookie: cookies[who],
  };
  let body: FormData | string;
  if (how === "json") {
    headers["content-type"] = "text/plain;charset=UTF-8";
    body = JSON.stringify([STATE, values]);
  } else if (how === "nested") {
    body = new FormData();
    body.append(
      "0",
      JSON.stringify([STATE, Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === "string"))]),
    );
  } else {
    body = toForm(values, "_1_");
    body.append("0", JSON.stringify([STATE, "$K1"]));
  }
  return send(baseURL + page, { method: "POST", headers, body, redirect: "manual" });
}

/** Runs `task` over `items`, `CONCURRENCY` at a time; the first failure stops the run. */
async function pool<T>(items: T[], task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

const intended = await serverActionModules();
const idOf = (name: string) => Object.entries(manifest.node).find(([, e]) => e.exportedName === name)!;

test("every action has generated inputs here", () => {
  expect([...Object.keys(BROKEN), ...SESSION_ONLY].sort()).toEqual(intended.map((a) => a.name).sort());
});

for (const { name } of intended.filter((a) => !SESSION_ONLY.includes(a.name))) {
  test(`${name}: ${RUNS} broken inputs over HTTP from every kind of actor, no 5xx, nothing changed`, async ({
    baseURL,
  }) => {
    test.setTimeout(120_000 + RUNS * 400);
    const [id, entry] = idOf(name);
    const page = pageOf(entry);
    const before = await fingerprint();
    const auditsBefore = await actingAudits();
    const seed = Date.now() % 1_000_000;
    const inputs = fc.sample(fc.tuple(fc.constantFrom(...WHO), transport, brokenForm({}, BROKEN[name]!)), {
      numRuns: RUNS,
      seed,
    });
    await pool(inputs, async ([who, how, values]) => {
      const response = await request(baseURL!, id, page, who, values, how);
      const text = await response.text();
      const input = `seed ${seed}, ${who}, ${how}: ${JSON.stringify(values).slice(0, 300)}`;
      expect(response.status, `${name} ${input}: ${text.slice(0, 200)}`).toBeLessThan(500);
      // A form over the body limit (lib/security/body-limit.ts) is refused whole with a 413 before it is read.
      if (how !== "form" || response.status === 413)
        expect(response.status, `${name} ${input}`).toBeGreaterThanOrEqual(400);
      else {
        expect(response.headers.get("x-action-redirect"), `${name} accepted ${input}`).toBeNull();
        expect(text, `${name} ${input}`).toContain('"ok":false');
      }
    });
    expect(await fingerprint(), `${name} changed the database`).toEqual(before);
    expect(await actingAudits(), `${name} wrote audit rows other than refusals`).toBe(auditsBefore);
  });
}

const garbledCookie = fc
  .oneof(
    noise.map((s) => `better-auth.session_token=${s}`),
    fc.string({ maxLength: 200 }),
    fc.constantFrom("", "better-auth.session_token=a.b"),
  )
  .map((c) => c.replace(/[^\x20-\x7E]/g, ""));

test(`revokeOtherSessionsAction and signOutAction: ${RUNS} garbled session cookies each act as no session`, async ({
  baseURL,
}) => {
  test.setTimeout(120_000 + RUNS * 400);
  const before = await fingerprint();
  const auditsBefore = await actingAudits();
  const inputs = fc.sample(
    fc.tuple(fc.constantFrom(...SESSION_ONLY), garbledCookie, fc.constantFrom('[STATE, "$K1"]', '["$K1"]')),
    { numRuns: RUNS },
  );
  await pool(inputs, async ([name, cookie, args]) => {
    const [id, entry] = idOf(name);
    const form = new FormData();
    form.append("0", args.replace("STATE", JSON.stringify(STATE)));
    const response = await send(baseURL! + pageOf(entry), {
      method: "POST",
      headers: { "next-action": id, origin: baseURL!, cookie, accept: "text/x-component" },
      body: form,
      redirect: "manual",
    });
    await response.text();
    expect(response.status, `${name} with ${JSON.stringify(cookie)}`).toBeLessThan(500);
  });
  expect(await fingerprint()).toEqual(before);
  expect(await actingAudits()).toBe(auditsBefore);
});

test("malformed action requests get a 4xx, never a 500", async ({ baseURL }) => {
  const [id, entry] = idOf("signInAction");
  const page = pageOf(entry);
  const form = (fields: Record<string, string>) =>
    Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
  const valid = { "0": JSON.stringify([STATE, "$K1"]), _1_email: "a@b.org", _1_password: "x" };
  const cases: [string, Record<string, string>, BodyInit, number][] = [
    ["a foreign origin", { origin: "https://evil.example" }, form(valid), 403],
    ["origin null", { origin: "null" }, form(valid), 403],
    ["an unparseable origin", { origin: "garbage" }, form(valid), 403],
    ["a JSON body", { "content-type": "text/plain;charset=UTF-8" }, JSON.stringify([STATE, { email: "a@b.org" }]), 400],
    ["bad JSON", { "content-type": "text/plain;charset=UTF-8" }, "[{", 400],
    ["a urlencoded body", { "content-type": "application/x-www-form-urlencoded" }, "email=a", 415],
    ["no argument list", {}, form({ _1_email: "a@b.org" }), 400],
    ["arguments that are not a form", {}, form({ "0": JSON.stringify([STATE, { email: { a: [1] } }]) }), 400],
    ["an argument list that is not JSON", {}, form({ "0": "[{" }), 400],
    ["nesting 5 000 deep", {}, form({ "0": "[".repeat(5000) + "]".repeat(5000) }), 400],
    ["a promise that never comes", {}, form({ "0": '["$@5"]' }), 400],
    ["a map", {}, form({ "0": '[{}, "$Q1"]', "1": "[[1,2]]" }), 400],
    ["another server function", {}, form({ "0": '[{}, "$h1"]', "1": JSON.stringify({ id, bound: null }) }), 400],
    ["a body over the limit", {}, form({ ...valid, _1_x: "x".repeat(6 * 1024 * 1024) }), 413],
    ["a garbage Next-Action header", { "next-action": "garbage" }, form(valid), 400],
    ["an unknown action id", { "next-action": `00${"ab".repeat(20)}` }, form(valid), 409],
  ];
  for (const [label, headers, body, status] of cases) {
    const response = await send(baseURL! + page, {
      method: "POST",
      headers: { "next-action": id, origin: baseURL!, accept: "text/x-component", ...headers },
      body,
      redirect: "manual",
    });
    await response.text();
    expect(response.status, label).toBe(status);
  }
  // Arguments Next leaves out when the action does not use them (all of them here, as plain text or in a form)
  // reach the action, which refuses the missing form with its typed answer.
  for (const body of ["[]", form({ "0": "[]" })]) {
    const headers = {
      "next-action": id,
      origin: baseURL!,
      accept: "text/x-component",
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    };
    const shortened = await send(baseURL! + page, { method: "POST", headers, body, redirect: "manual" });
    expect(shortened.status).toBe(200);
    expect(await shortened.text()).toContain('"ok":false');
  }
  // The same request, well-formed, is the action's own typed refusal.
  const ok = await send(baseURL! + page, {
    method: "POST",
    headers: { "next-action": id, origin: baseURL!, accept: "text/x-component" },
    body: form(valid),
    redirect: "manual",
  });
  expect(ok.status).toBe(200);
  expect(await ok.text()).toContain('"ok":false');
});
