// Cached public pages and API answers (docs/decisions/0016-caching-and-scale-out.md): a moderator's approval is
// visible on the very next request, and expires only what shows the approved entry. To see that an entry is
// served from the cache, another organization is changed behind the app's back (straight in the database):
// its cached page and API answer keep showing what they held, because nothing published expired them.
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { createAccount, uniqueEmail } from "./support/accounts";
import { publishAcronym } from "./support/moderation";
import { currentDatabaseUrl } from "./support/app";
import { sessionStore } from "./support/sessions";

const MODERATOR = { email: uniqueEmail("cache-moderator"), password: "Copper-harbour-willow-58" };
// Who writes the edit: a second moderator, since nobody approves their own revision.
const EDITOR = { email: uniqueEmail("cache-editor"), password: "Saffron-meadow-kettle-64" };
const EDITED = { slug: "arma", acronym: `ARMA-${Date.now().toString(36).toUpperCase()}` };
// Its English description (shown on its page and in its API answer, not in lists) is changed in the database only.
const UNTOUCHED = { slug: "aman", marker: `written behind the back of the app ${Date.now().toString(36)}` };
let description = "";

test.describe.configure({ mode: "serial" });
const sessions = sessionStore("curation-caching");

async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({
    connectionString: currentDatabaseUrl(),
  });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const SET_DESCRIPTION = `UPDATE "OrganizationTranslation" SET description = $1 WHERE locale = 'en' AND "organizationId" = (SELECT id FROM "Organization" WHERE slug = $2)`;

const pageText = async (request: APIRequestContext, path: string) => (await request.get(path)).text();
const apiEntry = async (request: APIRequestContext, slug: string) =>
  (await (await request.get(`/api/v1/organizations/${slug}`)).json()).data;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await createAccount({ ...MODERATOR, role: "moderator", extra: ["--global"] });
  await createAccount({ ...EDITOR, role: "moderator", extra: ["--global"] });
  const [row] = await sql(
    `SELECT t.description FROM "OrganizationTranslation" t JOIN "Organization" o ON o.id = t."organizationId" WHERE o.slug = $1 AND t.locale = 'en'`,
    [UNTOUCHED.slug],
  );
  description = row.description;
  await sessions.signInOnce(browser, "moderator", MODERATOR);
  await sessions.signInOnce(browser, "editor", EDITOR);
});

test.afterAll(async () => {
  if (description) await sql(SET_DESCRIPTION, [description, UNTOUCHED.slug]);
});

test("an approval shows on the next request, and leaves other entries' cached pages and answers as they were", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // Readers warm the cache.
  expect(await pageText(request, `/en/organizations/${EDITED.slug}`)).not.toContain(EDITED.acronym);
  expect(await pageText(request, "/en/organizations")).not.toContain(EDITED.acronym);
  expect(await pageText(request, `/en/organizations/${UNTOUCHED.slug}`)).toContain(description.slice(0, 40));
  expect((await apiEntry(request, UNTOUCHED.slug)).description.en).toBe(description);

  // Behind the app's back: served from the cache, the page and the answer still show the old value.
  await sql(SET_DESCRIPTION, [UNTOUCHED.marker, UNTOUCHED.slug]);
  expect(await pageText(request, `/en/organizations/${UNTOUCHED.slug}`)).not.toContain(UNTOUCHED.marker);
  expect((await apiEntry(request, UNTOUCHED.slug)).description.en).toBe(description);

  const [editor, moderator] = await Promise.all([
    sessions.openAs(browser, "editor"),
    sessions.openAs(browser, "moderator"),
  ]);
  await publishAcronym(editor, moderator, "", EDITED.slug, EDITED.acronym);
  await Promise.all([editor.context().close(), moderator.context().close()]);

  // The next request shows the approved edit: the entry's page, its API answer, and the list.
  expect(await pageText(request, `/en/organizations/${EDITED.slug}`)).toContain(EDITED.acronym);
  expect((await apiEntry(request, EDITED.slug)).acronym).toBe(EDITED.acronym);
  expect(await pageText(request, "/en/organizations")).toContain(EDITED.acronym);
  // Exactly: the other organization's page and answer were not expired, so they still come from the cache.
  expect(await pageText(request, `/en/organizations/${UNTOUCHED.slug}`)).not.toContain(UNTOUCHED.marker);
  expect((await apiEntry(request, UNTOUCHED.slug)).description.en).toBe(description);
});
