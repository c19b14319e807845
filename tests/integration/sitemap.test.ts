// The sitemap index at scale (lib/seo/sitemap-entries.ts), against the seeded test database with a thousand more
// organizations. Invariants: profiles are split SITEMAP_PAGES_PER_FILE to a file in slug order, every profile in
// exactly one file, each file listed in the index with the latest change among its profiles; each page in every UI
// language; a name past the last file, or no file's name, has no file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routing } from "../../lib/i18n/routing";
import { SITEMAP_PAGES_PER_FILE, sitemapFile, sitemapFiles } from "../../lib/seo/sitemap-entries";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
const EXTRA = SITEMAP_PAGES_PER_FILE;

beforeAll(async () => {
  await resetToSeed(db);
  await db.organization.createMany({
    data: Array.from({ length: EXTRA }, (_, i) => ({ slug: `sitemap-test-${String(i).padStart(4, "0")}` })),
  });
});
afterAll(async () => {
  await db.organization.deleteMany({ where: { slug: { startsWith: "sitemap-test-" } } });
  await db.$disconnect();
});

const slugOf = (loc: string) => /\/ru\/organizations\/([^/]+)$/.exec(loc)?.[1];

describe("the sitemap index", () => {
  it("splits the organizations a thousand to a file, each in one file, in slug order, with each file's last change", async () => {
    const all = await db.organization.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
    expect(all.length).toBeGreaterThan(SITEMAP_PAGES_PER_FILE);
    const files = await sitemapFiles();
    const names = files.map((f) => f.name);
    expect(names[0]).toBe("pages");
    expect(names.filter((n) => n.startsWith("organizations-"))).toEqual(["organizations-1", "organizations-2"]);
    expect(names).toContain("events-1");

    const listed: string[] = [];
    for (const n of [1, 2]) {
      const urls = (await sitemapFile(`organizations-${n}`))!;
      const slugs = urls.map((u) => slugOf(u.loc)).filter((s): s is string => Boolean(s));
      expect(urls).toHaveLength(slugs.length * routing.locales.length);
      const chunk = all.slice((n - 1) * SITEMAP_PAGES_PER_FILE, n * SITEMAP_PAGES_PER_FILE);
      expect(slugs).toEqual(chunk.map((o) => o.slug));
      const latest = new Date(Math.max(...chunk.map((o) => o.updatedAt.getTime()))).toISOString();
      expect(files.find((f) => f.name === `organizations-${n}`)?.lastmod).toBe(latest);
      listed.push(...slugs);
    }
    expect(new Set(listed).size).toBe(all.length);
  });

  it("gives each page in every language with its alternates; lists and places are in `pages`", async () => {
    const pages = (await sitemapFile("pages"))!;
    const locs = pages.map((u) => new URL(u.loc).pathname);
    for (const locale of routing.locales) {
      expect(locs).toContain(`/${locale}/diasporas/armenian`);
      expect(locs).toContain(`/${locale}/organizations`);
    }
    expect(locs.some((l) => /\/organizations\/[^/]+$/.test(l))).toBe(false);
    const first = (await sitemapFile("organizations-1"))![0]!;
    expect(first.alternates.map((a) => a.hreflang)).toEqual([...routing.locales, "x-default"]);
  });

  it("has no file past the last one, nor for any other name", async () => {
    for (const name of [
      "organizations-3",
      "events-2",
      "organizations-0",
      "organizations-01",
      "people-1",
      "pages.xml",
      "",
    ])
      expect(await sitemapFile(name), name).toBeNull();
  });
});
