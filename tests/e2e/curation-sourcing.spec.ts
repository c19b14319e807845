// Curators source what they add (issue #13, item 5), in Russian and in Armenian: a curator's edit with no source is
// flagged in the moderation queue and cannot be approved; the curator reopens it and cites a source for the changed
// fact; the moderator approves it, and the public page marks the fact with the new numbered source.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createAccount, uniqueEmail } from "./support/accounts";
import { sessionStore } from "./support/sessions";

const CURATOR = { email: uniqueEmail("sourcing-curator"), password: "Pomegranate-river-1918" };
const MODERATOR = { email: uniqueEmail("sourcing-moderator"), password: "Quiet-harbour-lantern-7" };
const stamp = Date.now().toString(36).slice(-5).toUpperCase();
const sessions = sessionStore("curation-sourcing");

/** The page's own words ("Curate.form.save"), so the flow reads the same in every language. */
function messages(locale: string) {
  const catalogue = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<string, unknown>;
  return (key: string): string => {
    const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalogue);
    if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
    return value;
  };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await Promise.all([
    createAccount({ ...CURATOR, role: "curator", extra: ["--diaspora", "armenian"] }),
    createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] }),
  ]);
  await sessions.signInOnce(browser, "curator", CURATOR);
  await sessions.signInOnce(browser, "moderator", MODERATOR);
});

for (const { locale, slug } of [
  { locale: "ru", slug: "association-of-armenians-of-russia" },
  { locale: "hy", slug: "idea-foundation" },
]) {
  test(`${locale}: an unsourced edit is flagged and held; once the curator cites a source it is approved and shown`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const m = messages(locale);
    const acronym = `${locale.toUpperCase()}-${stamp}`;
    const locator = `${locale} § ${stamp}`;
    const curator = await sessions.openAs(browser, "curator");
    // The form hydrates without a mismatch (React error #418/#423/#425): one would render it again and lose input.
    const hydration: string[] = [];
    curator.on("console", (m) => /#41[89]|#42[35]|hydrat/i.test(m.text()) && hydration.push(m.text()));
    curator.on("pageerror", (e) => /#41[89]|#42[35]|hydrat/i.test(e.message) && hydration.push(e.message));
    const edit = `/${locale}/curate/organizations/${slug}/edit`;
    await curator.goto(edit, { waitUntil: "networkidle" });
    expect(hydration).toEqual([]);
    await curator.getByRole("textbox", { name: m("Curate.fields.acronym"), exact: true }).fill(acronym);
    await curator.getByRole("button", { name: m("Curate.form.save") }).click();
    await expect(curator).toHaveURL(new RegExp(`/${locale}/curate\\?submitted=1$`));

    // Flagged in the queue, with the fact it leaves unsourced; approving without a reason is refused.
    const moderator = await sessions.openAs(browser, "moderator");
    await moderator.goto(`/${locale}/moderate`);
    const flagged = moderator.getByRole("article").filter({ hasText: acronym });
    await expect(flagged).toContainText(m("Moderate.noSourceFlag"));
    await expect(flagged).toContainText(m("Moderate.noSourceFacts").replace("{facts}", m("Facts.acronym")));
    await flagged.getByRole("button", { name: m("Moderate.approve") }).click();
    await expect(moderator.getByRole("alert").filter({ hasText: m("Curate.errors.sourceNeeded") })).toBeVisible();
    await flagged.screenshot({ path: `test-results/sourcing-flag-${locale}.png` });
    await expect(flagged.getByRole("textbox", { name: m("Moderate.sourceWaiver") })).toHaveAccessibleDescription(
      `${m("Moderate.sourceWaiverHint")} ${m("Curate.errors.sourceWaiverRequired")}`,
    );
    expect((await (await request.get(`/api/v1/organizations/${slug}`)).json()).data.acronym).not.toBe(acronym);

    // The curator reopens the draft and cites the article for the acronym in the empty source row.
    await curator.goto(edit);
    await expect(curator.getByRole("textbox", { name: m("Curate.fields.acronym"), exact: true })).toHaveValue(acronym);
    const sources = curator.getByRole("region", { name: m("Curate.form.citationsHeading") });
    const rows = sources.getByRole("group", {
      name: new RegExp(`^${m("Curate.form.citation").replace("{number}", "\\d+")}$`),
    });
    const empty = rows.last();
    await empty
      .getByRole("combobox", { name: m("Curate.fields.sourceId") })
      .selectOption({ label: "Post-Soviet diasporas in the age of the internet (2021)" });
    await empty.getByRole("checkbox", { name: m("Facts.acronym"), exact: true }).check();
    await empty.getByRole("textbox", { name: m("Curate.fields.locator") }).fill(locator);
    await sources.screenshot({ path: `test-results/sourcing-form-${locale}-desktop.png` });
    await curator.setViewportSize({ width: 390, height: 844 });
    await empty.screenshot({ path: `test-results/sourcing-form-${locale}-phone.png` });
    await curator.getByRole("button", { name: m("Curate.form.save") }).click();
    await expect(curator).toHaveURL(new RegExp(`/${locale}/curate\\?submitted=1$`));

    await moderator.goto(`/${locale}/moderate`);
    const sourced = moderator.getByRole("article").filter({ hasText: acronym });
    await expect(sourced).toHaveCount(1);
    await expect(sourced).not.toContainText(m("Moderate.noSourceFlag"));
    await sourced.getByRole("button", { name: m("Moderate.approve") }).click();
    await expect(moderator.getByRole("status")).toHaveText(m("Moderate.approved"));

    // The public page: the acronym is published and marked with the new numbered source, which the list prints.
    const page = await browser.newPage();
    await page.goto(`/${locale}/organizations/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(acronym);
    const entry = page.locator('li[id^="source-"]').filter({ hasText: locator });
    await expect(entry).toContainText("Post-Soviet diasporas in the age of the internet");
    const number = (await entry.getAttribute("id"))!.replace("source-", "");
    const row = page.locator("dl > div", {
      has: page.locator("dt").getByText(m("Organization.acronym"), { exact: true }),
    });
    await expect(
      row.getByRole("link", { name: m("Organization.citeRef").replace("{number}", number) }),
    ).toHaveAttribute("href", `#source-${number}`);
    await Promise.all([curator.context().close(), moderator.context().close(), page.close()]);
  });
}
