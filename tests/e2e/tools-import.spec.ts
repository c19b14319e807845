// An admin imports events from an .ics file: the dry run lists each event with what will happen and why, the import
// publishes the rest, and the new event is public with its source and citable. Runs after the other specs (file
// order), since it adds an event to the directory they count.
import { expect, test } from "@playwright/test";
import { createAccount, signIn, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

test("an admin imports events from an .ics file after a dry run; the event is published and citable", async ({
  page,
}) => {
  const email = uniqueEmail("importer");
  const password = "Import-Pass-2024!x";
  await createAccount({ email, role: "admin", password, name: "Importer" });
  await signIn(page, "en", email, password);
  await expect(page).toHaveURL(/\/en\/moderate$/);
  await page.goto("/en/admin/import/ical");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import events from iCalendar");
  const uid = `${Date.now()}@e2e.example`;
  const calendar = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//E2E//EN",
    "X-WR-CALNAME:E2E evenings",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20240101T000000Z",
    "DTSTART;VALUE=DATE:20300509",
    "DTEND;VALUE=DATE:20300511",
    "SUMMARY:Armenian Culture Days E2E",
    "LOCATION:Paris",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:weekly-e2e",
    "DTSTAMP:20240101T000000Z",
    "DTSTART;VALUE=DATE:20300101",
    "RRULE:FREQ=WEEKLY",
    "SUMMARY:Weekly",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
  await page
    .getByLabel("Or a calendar file")
    .setInputFiles({ name: "e2e.ics", mimeType: "text/calendar", buffer: Buffer.from(calendar) });
  await page.getByRole("group", { name: "Diasporas of new events" }).getByLabel("Armenian diaspora").check();
  await page.getByRole("button", { name: "Dry run" }).click();

  const table = page.getByRole("table", { name: "Dry run: what will happen" });
  await expect(table.getByRole("row", { name: /Armenian Culture Days E2E/ })).toContainText("Create");
  await expect(table.getByRole("row", { name: /Weekly/ })).toContainText("Repeating events are not imported");
  await expect(page.getByText("To create: 1; to update: 0; unchanged: 0; rejected: 1.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Import now (1)" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Imported: 1 created, 0 updated, 0 unchanged, 1 rejected." }),
  ).toBeVisible();

  await page.goto("/en/events/armenian-culture-days-e2e-2030");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Armenian Culture Days E2E");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.getByText("E2E evenings")).toBeVisible();
  await page.locator("details#cite").getByText("Cite this").click();
  await expect(page.locator("details#cite dd").first()).toContainText(
    "Armenian Culture Days E2E (Version 1) [Event entry]",
  );
});
