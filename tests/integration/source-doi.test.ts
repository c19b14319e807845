// The main source's full record and the DOI field, against the test database. Invariants: a fresh seed stores the
// article's full record with its DOI; a database loaded by the earlier seed gets that record as an approved
// revision citing where it comes from (once, and never over a curator's edit); a curator's DOI goes through the
// source form's schema and comes out as a https://doi.org link on the page, in the API and in every export.
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { parse } from "csv-parse/sync";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ReferenceText } from "../../components/sources/reference-text";
import { apiCitation } from "../../lib/api/references";
import { sourceKind } from "../../lib/sources/kind";
import { approveRevision } from "../../lib/curation/review-revision";
import { sourceValues } from "../../lib/sources/form-values";
import { submitRevision } from "../../lib/curation/submit-revision";
import { organizationExport } from "../../lib/exports/organization-export";
import { getOrganization } from "../../lib/organizations/get-organization";
import { readSeedData } from "../../prisma/seed/seed";
import { resetToSeed } from "../support/seeded-database";
import { applySeedCorrections } from "../../prisma/seed/seed-corrections";
import { makeActor } from "../support/actors";
import { openTestDatabase, resetDatabase } from "../support/database";

const db = openTestDatabase();
const DOI = "10.22363/2312-8674-2021-20-3-437-447";
const DOI_URL = `https://doi.org/${DOI}`;
const PLACEHOLDER = "[Article on post-Soviet diasporas and information technologies in the early 21st century]";

afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

describe("the article's record in the seed", () => {
  it("stores authors, title, journal, volume, issue, pages, DOI and address on a fresh database", async () => {
    await resetToSeed(db, await readSeedData());
    const article = await db.source.findUniqueOrThrow({ where: { key: "article" } });
    expect(article).toMatchObject({
      authors: "E.I. Pivovar, V.F. Ershov, and M.V. Katagoshchina",
      title: "Post-Soviet diasporas in the age of the internet",
      publication: "RUDN Journal of Russian History",
      year: 2021,
      volume: "20",
      issue: "3",
      pages: "437–447",
      doi: DOI,
      url: "https://journals.rudn.ru/russian-history/article/view/27274",
    });
    expect(article.note).toContain("Вестник Российского университета дружбы народов. Серия: История России");
    // A fresh database has nothing to correct.
    expect(await applySeedCorrections(db, await readSeedData())).toEqual([]);
  });

  it("reaches a database loaded by the earlier seed as one approved revision naming its source, never over an edit", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    // The row as the earlier seed left it.
    await db.source.update({
      where: { key: "article" },
      data: {
        title: PLACEHOLDER,
        authors: null,
        publication: null,
        year: null,
        volume: null,
        issue: null,
        pages: null,
        doi: null,
        url: null,
      },
    });
    expect(await applySeedCorrections(db, data)).toEqual(["article"]);
    const article = await db.source.findUniqueOrThrow({ where: { key: "article" } });
    expect(article).toMatchObject({ title: "Post-Soviet diasporas in the age of the internet", doi: DOI, version: 2 });
    const revisions = await db.revision.findMany({ where: { entityType: "source", entityId: article.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "APPROVED", baseVersion: 1 });
    expect(revisions[0]!.comment).toContain("https://journals.rudn.ru/russian-history/article/view/27274");
    expect(revisions[0]!.snapshot).toMatchObject({
      doi: DOI,
      title: "Post-Soviet diasporas in the age of the internet",
    });
    // Run again at the next start: nothing left to do.
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.revision.count()).toBe(1);
  });

  it("leaves a curator's edit of the placeholder alone", async () => {
    const data = await readSeedData();
    await resetToSeed(db, data);
    await db.source.update({ where: { key: "article" }, data: { title: "A curator's title", doi: null, version: 2 } });
    expect(await applySeedCorrections(db, data)).toEqual([]);
    expect(await db.source.findUniqueOrThrow({ where: { key: "article" }, select: { title: true } })).toEqual({
      title: "A curator's title",
    });
  });
});

describe("a source's DOI", () => {
  it("is stored from the form bare, refused when malformed, and shown as a doi.org link on the page, in the API and in exports", async () => {
    await resetToSeed(db, await readSeedData());
    const diaspora = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } });
    const curator = await makeActor(db, "curator@example.org", "CURATOR", [diaspora.id]);
    const moderator = await makeActor(db, "moderator@example.org", "MODERATOR", [], true);
    const key = "regnum-2018-union-of-armenians-of-russia";
    const stored = (await sourceKind.find(db, key))!;
    const values = sourceValues(stored.snapshot, { id: stored.id, version: stored.version });

    const wrong = await submitRevision(sourceKind, curator, { ...values, doi: "https://journals.rudn.ru/x" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { doi: ["doi"] } });

    const submitted = await submitRevision(sourceKind, curator, {
      ...values,
      doi: " https://doi.org/10.1234/regnum.2018#1 ",
    });
    expect(submitted.ok).toBe(true);
    const approved = await approveRevision(moderator, { revisionId: submitted.ok ? submitted.revisionId : "" });
    expect(approved.ok).toBe(true);
    expect(await db.source.findUniqueOrThrow({ where: { key }, select: { doi: true } })).toEqual({
      doi: "10.1234/regnum.2018#1",
    });

    const profile = (await getOrganization("association-of-armenians-of-russia", "en"))!;
    const citation = profile.citations.find((c) => c.source.key === key)!;
    const html = renderToStaticMarkup(createElement(ReferenceText, { source: citation.source, accessed: null }));
    expect(html).toContain('href="https://doi.org/10.1234/regnum.2018%231"');
    expect(apiCitation(citation).source).toMatchObject({
      doi: "10.1234/regnum.2018#1",
      doi_url: "https://doi.org/10.1234/regnum.2018%231",
    });

    const article = profile.citations.find((c) => c.source.key === "article")!;
    expect(renderToStaticMarkup(createElement(ReferenceText, { source: article.source, accessed: null }))).toContain(
      `href="${DOI_URL}"`,
    );

    const csv = parse(await (await organizationExport(new URLSearchParams(""), "en")).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const row = csv.find((r) => r.slug === "association-of-armenians-of-russia")!;
    expect(row.sources).toContain(`article <${DOI_URL}>`);
    expect(row.sources).toContain(`${key} <https://doi.org/10.1234/regnum.2018%231>`);

    const csvResponse = await organizationExport(new URLSearchParams(""), "en");
    expect(csvResponse.headers.get("link")).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');

    const json = JSON.parse(await (await organizationExport(new URLSearchParams("format=json"), "en")).text());
    expect(json.license).toMatchObject({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    const item = json.data.find((o: { slug: string }) => o.slug === "association-of-armenians-of-russia");
    expect(item.sources.find((s: { key: string }) => s.key === "article")).toMatchObject({
      doi: DOI,
      doi_url: DOI_URL,
    });

    const hsds = JSON.parse(await (await organizationExport(new URLSearchParams("format=hsds"), "en")).text());
    expect(hsds.diaspora_atlas.license.id).toBe("CC-BY-4.0");
    const org = hsds.contents.find(
      (o: { diaspora_atlas: { slug: string } }) => o.diaspora_atlas.slug === "association-of-armenians-of-russia",
    );
    expect(org.diaspora_atlas.sources.find((s: { key: string }) => s.key === key)).toMatchObject({
      doi_url: "https://doi.org/10.1234/regnum.2018%231",
    });
  });
});
