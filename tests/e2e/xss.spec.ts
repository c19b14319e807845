// Stored XSS (issue #7): the payload corpus (tests/support/xss-corpus.ts) is saved into every text field of every
// kind through the curation workflow (tests/e2e/support/seed-xss.ts: a curator submits, an admin approves), then
// every page, view, API response, feed and export that shows them is opened in Chromium with window.__xss exposed,
// dialogs and CSP violations watched: nothing may run. Validation must refuse markup and unsafe URL schemes
// with a clear error; spreadsheet exports must neutralise formulas. One payload goes through the real form.
import { spawn } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { createAccount, uniqueEmail } from "./support/accounts";
import { currentDatabaseUrl } from "./support/app";
import { sessionStore } from "./support/sessions";
import type { SeedReport } from "./support/seed-xss";
import { FORMULA_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from "../support/xss-corpus";

const ADMIN = { email: uniqueEmail("xss-admin"), password: "Granite-orchard-lantern-42" };
const CURATOR = { email: uniqueEmail("xss-curator"), password: "Apricot-valley-Sevan-1962" };
const SUFFIX = Date.now().toString(36);
const sessions = sessionStore("xss");
let report: SeedReport;

test.describe.configure({ mode: "serial" });

function seed(): Promise<SeedReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "tests/e2e/support/seed-xss.ts",
        CURATOR.email,
        ADMIN.email,
        SUFFIX,
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: currentDatabaseUrl(),
          DATABASE_POOL_MAX: "1",
        },
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!))
        : reject(new Error(`seed-xss failed (${code}): ${err}`)),
    );
  });
}

/** A page that reports every script execution it sees: __xss calls, dialogs, CSP violations. */
async function watched(page: Page) {
  const ran: string[] = [];
  await page.exposeBinding("__xss", (_source, id: unknown) => void ran.push(`__xss(${String(id)}) on ${page.url()}`));
  await page.exposeBinding("__cspViolation", (_source, text: string) => {
    // Chromium sometimes asks for the app's own stylesheet on a JSON or XML document it shows, which that
    // document's policy (default-src 'none') rightly blocks: our own file, not something a payload injected.
    if (/^style-src-elem https?:\/\/[^/]+\/_next\/static\/[^ ]+\.css$/.test(text)) return;
    ran.push(`CSP: ${text} on ${page.url()}`);
  });
  page.on("dialog", (dialog) => {
    ran.push(`dialog "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return ran;
}

/** Opens each address, lets it settle, hovers and focuses what is there (handlers that need an event). */
async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    let response = await page.goto(path);
    // The embedded test database serves one query at a time; a page whose transaction waited too long behind
    // prefetches gets one more try (a real error fails twice).
    if (response?.status() === 500) response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("load");
    await page.keyboard.press("Tab");
    await page.mouse.move(200, 300);
  }
}

/** Like visitAll, for documents: one served as an attachment is downloaded, never rendered. */
async function visitDocuments(page: Page, paths: string[]) {
  for (const path of paths) {
    try {
      await visitAll(page, [path]);
    } catch (error) {
      if (!String(error).includes("Download is starting")) throw error;
    }
  }
}

const storedOf = (kind: string) => report.stored.filter((s) => s.kind === kind);
/** Organizations holding a text payload (the formula ones, ids 2xx, only matter to the CSV export). */
const textOrganizations = () => storedOf("organization").filter((s) => s.payload < 100);
const formulaCell = /^[=+\-@\t\r]/;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(600_000);
  await Promise.all([
    createAccount({ ...ADMIN, role: "admin" }),
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
  ]);
  report = await seed();
  await sessions.signInOnce(browser, "admin", ADMIN);
  await sessions.signInOnce(browser, "curator", CURATOR);
});

test("validation refuses markup, invisible controls and unsafe URL schemes with a clear error; nothing of them is stored", () => {
  for (const { id } of URL_PAYLOADS) {
    expect(
      report.stored.filter((s) => s.payload === id),
      `URL payload ${id} stored`,
    ).toEqual([]);
    const refusals = report.refused.filter((r) => r.payload === id);
    expect(refusals.map((r) => r.kind).sort(), `URL payload ${id}`).toEqual(["event", "organization", "source"]);
    for (const r of refusals)
      expect(
        Object.values(r.fields)
          .flat()
          .every((code) => ["url", "markup", "invisibleCharacters"].includes(code)),
        JSON.stringify(r),
      ).toBe(true);
  }
  for (const { id } of TEXT_PAYLOADS) {
    const stored = report.stored.filter((s) => s.payload === id).map((s) => s.kind);
    const refused = report.refused.filter((r) => r.payload === id);
    // All or nothing: a payload the text rule accepts is accepted in every kind's text fields.
    if (refused.length) {
      expect(stored, `payload ${id} partly stored`).toEqual([]);
      expect(
        Object.values(refused[0]!.fields)
          .flat()
          .every((code) => ["markup", "invisibleCharacters"].includes(code)),
        JSON.stringify(refused[0]),
      ).toBe(true);
    } else expect(stored.sort(), `payload ${id}`).toEqual(["event", "organization", "presence", "source"]);
  }
  // Enough survive validation for the rendering tests below to mean something.
  const textOrgs = storedOf("organization").filter((s) => s.payload < 100).length;
  expect(textOrgs).toBeGreaterThanOrEqual(12);
  expect(report.pending).toBe(textOrgs);
  expect(report.suggestions).toBe(textOrgs);
});

test("no stored payload runs on any public page", async ({ page }) => {
  test.setTimeout(600_000);
  const ran = await watched(page);
  const orgs = textOrganizations().map((s) => s.key);
  const events = storedOf("event").map((s) => s.key);
  await visitAll(page, [
    "/en",
    "/en/organizations?diaspora=armenian",
    "/ru/organizations?q=XSS",
    "/en/events?when=all&diaspora=armenian",
    "/en/events?when=upcoming&view=calendar",
    "/en/diasporas/armenian",
    "/en/countries/FR",
    "/en/countries/PT",
    "/en/search?q=XSS",
    "/en/stats?diaspora=armenian",
    "/en/map?diaspora=armenian",
    ...orgs.map((slug) => `/en/organizations/${slug}`),
    ...orgs.slice(0, 3).map((slug) => `/ru/organizations/${slug}`),
    ...events.map((slug) => `/en/events/${slug}`),
  ]);
  // The payloads are there, as text.
  const first = TEXT_PAYLOADS.find((p) => p.id === textOrganizations()[0]!.payload)!;
  await page.goto(`/en/organizations/${orgs[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `XSS ${first.id} ${first.value.trim().split(/\s+/)[0]}`,
  );
  expect(ran).toEqual([]);
});

test("the moderation queue, diffs, history, suggestions and the audit log render them inert", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await sessions.openAs(browser, "admin");
  const ran = await watched(page);
  const orgs = textOrganizations().map((s) => s.key);
  await visitAll(page, [
    "/en/moderate",
    "/en/curate/organizations",
    "/en/curate/sources",
    "/en/admin/audit",
    ...orgs
      .slice(0, 6)
      .flatMap((slug) => [`/en/curate/organizations/${slug}/history`, `/en/curate/organizations/${slug}/edit`]),
    ...storedOf("event")
      .slice(0, 3)
      .map((s) => `/en/curate/events/${s.key}/edit`),
    ...storedOf("source")
      .slice(0, 3)
      .map((s) => `/en/curate/sources/${s.key}/edit`),
  ]);
  expect(ran).toEqual([]);
  await page.context().close();
});

test("the API, Atom and iCalendar feeds and the exports carry the payloads as data, never as markup", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const ran = await watched(page);
  const byId = new Map(TEXT_PAYLOADS.map((p) => [p.id, p.value]));
  const org = textOrganizations()[0]!;

  // API JSON: served as JSON with a policy that runs nothing, the text exactly as stored.
  const api = await request.get(`/api/v1/organizations/${org.key}?lang=en`);
  expect(api.headers()["content-type"]).toContain("application/json");
  expect(JSON.stringify(await api.json())).toContain(JSON.stringify(byId.get(org.payload)!.trim()).slice(1, -1));
  // Atom: well-formed XML whose titles read back as stored.
  for (const feed of [
    "/en/organizations/feed.atom?diaspora=armenian",
    "/en/events/feed.atom?diaspora=armenian&when=all",
  ]) {
    const xml = await (await request.get(feed)).text();
    const titles = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.querySelectorAll("entry > title")].map((t) => t.textContent ?? "");
    }, xml);
    expect(titles, feed).not.toBeNull();
    expect(titles!.filter((t) => t.startsWith("XSS ")).length, feed).toBeGreaterThanOrEqual(12);
    expect(xml, feed).not.toMatch(/<script/i);
  }
  // iCalendar: a line break in a title never starts a new property.
  const ics = (await (await request.get("/en/events/feed.ics?diaspora=armenian&when=all")).text()).replace(
    /\r\n[ \t]/g,
    "",
  );
  expect(ics).toContain("XSS ");
  expect(ics).not.toMatch(/^(ATTACH|X-INJECTED)[:;]/m);
  // CSV exports: no cell starts like a formula; JSON and HSDS exports hold the text unchanged.
  for (const path of [
    "/en/organizations/export?format=csv&diaspora=armenian",
    "/en/events/export?format=csv&diaspora=armenian&when=all",
  ]) {
    const rows = parse((await (await request.get(path)).text()).replace(/^\uFEFF/, ""), {
      relax_column_count: true,
    }) as string[][];
    expect(
      rows.flat().filter((cell) => formulaCell.test(cell)),
      path,
    ).toEqual([]);
    expect(
      rows.flat().some((cell) => cell.startsWith("XSS ")),
      path,
    ).toBe(true);
  }
  for (const format of ["json", "hsds"]) {
    const text = await (await request.get(`/en/organizations/export?format=${format}&diaspora=armenian`)).text();
    expect(text, format).toContain(JSON.stringify(`XSS ${org.payload} ${byId.get(org.payload)!}`.trim()).slice(1, -1));
  }
  // Opened in the browser, none of these documents runs anything (those served as attachments are not rendered).
  await visitDocuments(page, [
    `/api/v1/organizations/${org.key}`,
    `/api/v1/events?diaspora=armenian`,
    "/en/organizations/feed.atom?diaspora=armenian",
    `/en/cite/organizations/${org.key}.json`,
  ]);
  expect(ran).toEqual([]);
});

test("spreadsheet formulas typed into fields are neutralised in the CSV export", async ({ request }) => {
  const rows = parse(
    (await (await request.get("/en/organizations/export?format=csv&diaspora=armenian")).text()).replace(/^\uFEFF/, ""),
    { relax_column_count: true },
  ) as string[][];
  const cells = rows.flat();
  for (const { value } of FORMULA_PAYLOADS) {
    const stored = value.trim();
    expect(
      cells.filter((cell) => cell.includes(stored.slice(1))).every((cell) => !formulaCell.test(cell)),
      value,
    ).toBe(true);
  }
  expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
  expect(cells.some((c) => c.startsWith("'+1+cmd"))).toBe(true);
  expect(cells.some((c) => c.startsWith("'-2+3+cmd"))).toBe(true);
  expect(cells.some((c) => c.startsWith("'@SUM"))).toBe(true);
});

test("through the real form: markup is refused beside the field, keeping what was typed; an accepted payload stays inert in review", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await sessions.openAs(browser, "curator");
  const ran = await watched(page);
  const refused = '"><img src=x onerror=__xss(2)>';
  // Not one of the seeded names, so no look-alike warning holds the submission.
  const accepted = `Form check ${SUFFIX} ' autofocus onfocus='__xss(40)' \`;__xss(40);\``;
  await page.goto("/en/curate/organizations/new");
  await page.getByRole("textbox", { name: "Address (slug)" }).fill(`xss-form-${SUFFIX}`);
  const name = page.getByRole("textbox", { name: "Name in English" });
  await name.fill(refused);
  await page.getByRole("group", { name: "Type" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByText("Remove HTML tags and script links; plain text only.").first()).toBeVisible();
  await expect(name).toHaveValue(refused);
  await name.fill(accepted);
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("row", { name: new RegExp(SUFFIX) }).first()).toBeVisible();
  await page.context().close();

  const admin = await sessions.openAs(browser, "admin");
  const seen = await watched(admin);
  await visitAll(admin, ["/en/moderate"]);
  await expect(admin.getByText(accepted).first()).toBeVisible();
  expect([...ran, ...seen]).toEqual([]);
  await admin.context().close();
});

test("over plain http the session cookie is HttpOnly and SameSite=Lax, without the __Secure- prefix", async ({
  browser,
}) => {
  const page = await sessions.openAs(browser, "curator");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("session_token"));
  expect(session?.name).toBe("better-auth.session_token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await page.context().close();
});
