import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOrganization } from "../../lib/organizations/get-organization";
import { listOrganizations } from "../../lib/organizations/list-organizations";
import { readSeedData, seedDatabase } from "../../prisma/seed/seed";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
beforeAll(async () => {
  await resetDatabase(db);
  await seedDatabase(db, await readSeedData());
});
afterAll(() => db.$disconnect());

describe("listOrganizations", () => {
  it("pages through every organization exactly once, sorted by the name in the page's language", async () => {
    const total = await db.organization.count();
    const seen: string[] = [];
    const names: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 10); page++) {
      const result = await listOrganizations({ locale: "ru", page, pageSize: 10 });
      expect(result.total).toBe(total);
      seen.push(...result.items.map((o) => o.slug));
      names.push(...result.items.map((o) => o.name!.value.toLowerCase()));
    }
    expect(new Set(seen).size).toBe(total);
    const collator = new Intl.Collator("ru");
    expect(names.every((n) => n.length > 0)).toBe(true);
    // PostgreSQL's collation may order punctuation differently; the Cyrillic letters must be in order.
    const initials = names.map((n) => n.replace(/[^\p{L}]/gu, "").charAt(0));
    const cyrillic = initials.filter((c) => /\p{Script=Cyrillic}/u.test(c));
    expect(cyrillic).toEqual([...cyrillic].sort(collator.compare));
  });

  it("clamps a page number past the end to the last page", async () => {
    const result = await listOrganizations({ locale: "en", page: 999, pageSize: 20 });
    expect(result.page).toBe(result.pageCount);
    expect(result.items.length).toBeGreaterThan(0);
  });

  it("marks names shown in a fallback language", async () => {
    const result = await listOrganizations({ locale: "az", page: 1, pageSize: 100 });
    const ojag = result.items.find((o) => o.slug === "ojag");
    expect(ojag?.name).toMatchObject({ locale: "ru", isFallback: true });
    const congress = result.items.find((o) => o.slug === "all-russian-azerbaijan-congress");
    expect(congress?.name).toMatchObject({ locale: "az", isFallback: false });
  });
});

describe("getOrganization", () => {
  it("returns the profile with numbered citations tied to the facts they back", async () => {
    const amor = await getOrganization("amor", "en");
    expect(amor).not.toBeNull();
    expect(amor!.name).toMatchObject({ value: expect.stringMatching(/Azerbaijani Youth/), isFallback: false });
    expect(amor!.names.map((n) => n.locale)).toEqual(expect.arrayContaining(["ru", "en"]));
    expect(amor!.citations.map((c) => c.number)).toEqual(amor!.citations.map((_, i) => i + 1));
    expect(amor!.citations.find((c) => c.facts.includes("channels"))?.source.url).toMatch(/amor\.az/);
    expect(amor!.diasporas.map((d) => d.slug)).toEqual(["azerbaijani"]);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getOrganization("no-such-organization", "ru")).toBeNull();
  });
});
