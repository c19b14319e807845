// One anonymous request used to stall the whole server: the markup check backtracked quadratically on "<" and a run
// of spaces, over-long text and surplus language keys were still parsed, and actions took 5 MB (a 400 KB post held
// every request for 5 s). Here the worst input we can build goes to every action and public route that takes text,
// anonymously and as an admin, several at a time, while /api/health is polled: it must keep answering at once.
import { expect, test } from "@playwright/test";
import { createAccount, clientAddressOf, signIn, uniqueEmail } from "./support/accounts";
import {
  actionIds,
  entryForms,
  get,
  importCalendar,
  importCsv,
  pollHealth,
  postAction,
  spaces,
  type Caller,
} from "./support/hostile-requests";

// The proxy's limits (lib/security/body-limit.ts): 256 KB for every action, 2 MB + 64 KB for imports.
const LIMIT = 256 * 1024;

let admin: Caller;
let anonymous: Caller;

test.beforeAll(async ({ browser, baseURL }) => {
  // Creating and signing in an account on a loaded machine can take longer than the default 30 s.
  test.setTimeout(120_000);
  anonymous = { origin: baseURL!, address: "203.0.113.66" };
  const email = uniqueEmail("redos-admin");
  const password = "Redos-Pass-2024!x";
  await createAccount({ email, role: "admin", password, name: "Probe" });
  const page = await browser.newPage();
  await signIn(page, "en", email, password);
  await expect(page).toHaveURL(/\/en\/moderate$/, { timeout: 20_000 });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  admin = { origin: baseURL!, cookie, address: clientAddressOf(email) };
  await page.close();
});

/** Every hostile request of one caller; each must be answered (never a 5xx). */
function attacks(caller: Caller): Promise<number>[] {
  const ids = actionIds();
  const under = (fields: Record<string, string | string[]>) => {
    // Trimmed to the action limit: larger posts are refused before they are read (checked below).
    const size = JSON.stringify(fields).length;
    return size < LIMIT - 16_384
      ? fields
      : Object.fromEntries(
          Object.entries(fields).slice(0, Math.floor((Object.keys(fields).length * (LIMIT - 16_384)) / size)),
        );
  };
  const forms = entryForms(20_000).map(under);
  const csv = importCsv(1_900_000);
  const calendar = importCalendar(750_000);
  return [
    ...forms.map((form) => postAction(caller, ids.saveEntryAction!, form, "/en/curate")),
    postAction(
      caller,
      ids.suggestCorrectionAction!,
      {
        entityType: "organization",
        slug: "ojag",
        body: spaces(20_000),
        sourceUrl: spaces(2_000),
        email: spaces(1_000),
      },
      "/en/organizations/ojag",
    ),
    postAction(
      caller,
      ids.rejectRevisionAction!,
      { revisionId: "00000000-0000-4000-8000-000000000000", comment: spaces(20_000) },
      "/en/moderate",
    ),
    postAction(
      caller,
      ids.importEntriesAction!,
      { kind: "organization", mode: "preview", fileName: "probe.csv", content: csv },
      "/en/admin/import",
    ),
    postAction(
      caller,
      ids.importIcalAction!,
      { intent: "preview", calendar, fileName: "probe.ics", locale: "en", type: "FESTIVAL", diasporaIds: [] },
      "/en/admin/import/ical",
    ),
    // Spaces travel as "+": the whole request line stays under Node's 16 KB header limit (over it: a plain 431).
    get(caller, `/en/search?${new URLSearchParams({ q: spaces(12_000) })}`),
    get(caller, `/api/v1/search?${new URLSearchParams({ q: spaces(12_000) })}`),
    get(caller, `/api/v1/organizations?${new URLSearchParams({ q: spaces(8_000), city: spaces(4_000) })}`),
  ];
}

test("over-limit posts are refused with 413 before they are read, never a 500", async () => {
  const ids = actionIds();
  const big = { entityType: "organization", "description.ru": spaces(400_000) };
  expect(await postAction(anonymous, ids.saveEntryAction!, big, "/en/curate")).toBe(413);
  expect(await postAction(admin, ids.saveEntryAction!, big, "/en/curate")).toBe(413);
  expect(await postAction(anonymous, ids.suggestCorrectionAction!, { body: spaces(400_000) })).toBe(413);
  // An import keeps its 2 MB, not more; a non-import action posted to the import page keeps 256 KB.
  expect(
    await postAction(
      admin,
      ids.importEntriesAction!,
      { kind: "organization", content: importCsv(2_300_000) },
      "/en/admin/import",
    ),
  ).toBe(413);
  expect(await postAction(admin, ids.saveEntryAction!, big, "/en/admin/import")).toBe(413);
  expect(
    await postAction(anonymous, ids.importEntriesAction!, { content: spaces(5_000_000) }, "/en/admin/import"),
  ).toBe(413);
});

/** Every hostile request at once, with /api/health polled before (idle) and throughout. */
async function underAttack(origin: string, callers: Caller[]) {
  // Each request once first: loading an action's modules on first use is not what is measured.
  await Promise.all(callers.flatMap(attacks));
  const idle = pollHealth(origin);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const baseline = summary((await idle.stop()).times);
  const health = pollHealth(origin);
  // The attack is repeated for at least 1.5 s, so health is polled throughout however fast the machine answers it.
  const statuses: number[] = [];
  const started = performance.now();
  do statuses.push(...(await Promise.all(callers.flatMap(attacks))));
  while (performance.now() - started < 1_500);
  const { times, statuses: healthStatuses } = await health.stop();
  const during = summary(times);
  console.log(`/api/health idle: ${baseline.text}; during the attack: ${during.text}`);
  expect(
    statuses.filter((s) => s >= 500),
    `statuses: ${statuses.join(",")}`,
  ).toEqual([]);
  expect(healthStatuses.every((s) => s === 200)).toBe(true);
  expect(times.length).toBeGreaterThan(3);
  return { baseline, during };
}

// The old code held the event loop for seconds (main, load average 17: median 93 ms, p90 7.0 s, max 11.6 s). On an
// idle machine health answers in ~10 ms, and must stay within 100 ms typically and 1 s at worst during the attack.
// The machine running this may be shared with other work, so both bounds grow with the idle figures measured just
// before: they test the app, not the machine's load.
test("the worst anonymous input to every action and route leaves /api/health answering within 100 ms", async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { baseline, during } = await underAttack(baseURL!, [anonymous]);
  expect(during.median).toBeLessThan(Math.max(100, 5 * baseline.median));
  expect(during.max).toBeLessThan(Math.max(1_000, 5 * baseline.p90));
});

// An admin's imports are real work (a 1.9 MB CSV parsed and every row validated in one transaction, which the
// embedded test database serves on one connection, so health's query waits for it): no 5xx, every health answer 200.
test("the same input from an admin, imports included, is answered without a 5xx", async ({ baseURL }) => {
  test.setTimeout(240_000);
  await underAttack(baseURL!, [anonymous, admin]);
});

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const max = sorted.at(-1) ?? 0;
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  return {
    median,
    max,
    p90,
    text: `${times.length} answers, median ${median.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms, max ${max.toFixed(0)} ms`,
  };
}
