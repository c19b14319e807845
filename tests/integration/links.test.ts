// The link and digital-presence monitor (issue #14, item 3) against the seeded test database and a web server on
// 127.0.0.1: a page that answers is recorded online with where it led (redirects), whether it is https, the
// languages it declares and when it last changed; robots.txt is honoured (a disallowed page is never requested);
// requests to one host are paced; a dead address fails, becomes broken after LINKS_BROKEN_AFTER failures in a row
// (unreachable since its first failure), shows in its curators' queue only, and recovers; a round takes only
// due links; /stats counts presence per month and the languages of the sites per diaspora.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { env } from "../../lib/env";
import { checkDueLinks, checkOrganizationLinks, syncMonitoredLinks, type LinkSettings } from "../../lib/links/monitor";
import { countBrokenLinks, linkStates, listProblemLinks } from "../../lib/links/read";
import { presenceOverTime, siteLanguagesByDiaspora } from "../../lib/stats/link-checks";
import { linkTableDownload, linkTableFromCsvName } from "../../lib/stats/link-checks-download";
import { openTestDatabase } from "../support/database";
import { resetToSeed } from "../support/seeded-database";

const db = openTestDatabase();
let base: string;
let organizationId: string;
let curator: Actor;
let outsider: Actor;

// The site: what each path answers, and every request it received (path, start and end time).
let goneAnswers = 404;
let okText = "Армянский культурный центр";
const requests: { path: string; at: number }[] = [];
const server = http.createServer((req, res) => {
  requests.push({ path: req.url ?? "", at: Date.now() });
  const html = (lang: string, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...headers });
    res.end(
      `<!doctype html><html lang="${lang}"><head>` +
        `<link rel="alternate" hreflang="ru" href="/ok?ru"><link rel="alternate" hreflang="EN-us" href="/ok?en">` +
        `<link rel="alternate" hreflang="x-default" href="/ok"><script>var changes = ${Date.now()};</script>` +
        `</head><body><p>${body}</p></body></html>`,
    );
  };
  switch (req.url) {
    case "/robots.txt":
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end("User-agent: *\nDisallow: /private\n");
    case "/ok":
      return html("hy", okText);
    case "/dated":
      return html("ru", "Новости", { "Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT" });
    case "/moved":
      res.writeHead(301, { Location: "/ok" });
      return res.end();
    case "/private/page":
      return html("ru", "private");
    case "/forbidden":
      res.writeHead(403);
      return res.end();
    case "/gone":
      if (goneAnswers === 200) return html("ru", "Снова здесь");
      res.writeHead(goneAnswers);
      return res.end();
    default:
      res.writeHead(404);
      return res.end();
  }
});

const settings: LinkSettings = {
  checkDays: 7,
  retryHours: 24,
  brokenAfter: env.LINKS_BROKEN_AFTER,
  spacingSeconds: 0.3,
  batch: 50,
  fetch: { loopbackPorts: [] },
};

const url = (path: string) => `${base}${path}`;

async function actorWith(email: string, diaspora: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email } });
  const diasporaId = (await db.diaspora.findUniqueOrThrow({ where: { slug: diaspora } })).id;
  await db.roleAssignment.create({
    data: { userId: user.id, role: "CURATOR", diasporas: { create: { diasporaId } } },
  });
  return (await loadActor(user.id))!;
}

const latest = async (path: string) =>
  db.linkCheck.findFirstOrThrow({ where: { url: url(path) }, orderBy: { checkedAt: "desc" } });

beforeAll(async () => {
  await resetToSeed(db);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  settings.fetch = { loopbackPorts: [port] };
  curator = await actorWith("links-curator@example.org", "armenian");
  outsider = await actorWith("links-outsider@example.org", "georgian");
  const armenian = await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" } });
  organizationId = (
    await db.organization.create({
      data: {
        slug: "link-monitor-test",
        translations: { create: { locale: "ru", name: "Проверка ссылок" } },
        diasporas: { create: { diasporaId: armenian.id } },
        channels: {
          create: ["/ok", "/moved", "/private/page", "/forbidden", "/gone", "/dated"].map((path, position) => ({
            kind: position === 0 ? "WEBSITE" : "OTHER",
            url: url(path),
            languages: [],
            position,
          })),
        },
      },
    })
  ).id;
  // The seed's own addresses are on the internet: out of the rounds here.
  await syncMonitoredLinks(db);
  await db.monitoredLink.updateMany({
    where: { NOT: { url: { startsWith: base } } },
    data: { nextCheckAt: new Date("2100-01-01") },
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

describe("checking an organization's links", () => {
  it("records answers, redirects, languages, robots.txt and refusals, pacing its requests to the host", async () => {
    const report = await checkOrganizationLinks(db, organizationId, null, settings);
    expect(report).toMatchObject({ checked: 6, online: 3, failed: 1, inconclusive: 2, broken: 0 });

    const ok = await latest("/ok");
    expect(ok).toMatchObject({ outcome: "ONLINE", status: 200, finalUrl: url("/ok"), https: false, reason: null });
    // <html lang> first, then the hreflang alternates in canonical form; x-default is no language.
    expect(ok.languages).toEqual(["hy", "ru", "en-US"]);
    expect(ok.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The first check of all cannot tell when the page last changed; Last-Modified can.
    expect(ok.changedAt).toBeNull();
    expect((await latest("/dated")).changedAt).toEqual(new Date("2026-12-01T10:00:00Z"));

    const moved = await latest("/moved");
    expect(moved).toMatchObject({ outcome: "ONLINE", finalUrl: url("/ok") });
    expect(moved.redirects).toEqual([{ status: 301, from: url("/moved"), to: url("/ok") }]);

    expect(await latest("/private/page")).toMatchObject({ outcome: "INCONCLUSIVE", reason: "robots", status: null });
    expect(requests.some((r) => r.path === "/private/page")).toBe(false);
    expect(await latest("/forbidden")).toMatchObject({ outcome: "INCONCLUSIVE", reason: "httpStatus", status: 403 });
    expect(await latest("/gone")).toMatchObject({ outcome: "FAILED", reason: "httpStatus", status: 404 });

    // robots.txt was read once for the round, before anything else; every request waited its turn.
    expect(requests.filter((r) => r.path === "/robots.txt")).toHaveLength(1);
    expect(requests[0]!.path).toBe("/robots.txt");
    for (let i = 1; i < requests.length; i++)
      expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(settings.spacingSeconds * 1000 - 5);
  }, 30_000);

  it("says when a page's text changed, not when only its scripts did", async () => {
    const first = await latest("/ok");
    await checkOrganizationLinks(db, organizationId, [url("/ok")], settings);
    const same = await latest("/ok");
    expect(same.id).not.toBe(first.id);
    expect(same.contentHash).toBe(first.contentHash);
    expect(same.changedAt).toBeNull();
    okText = "Армянский культурный центр: новая программа";
    await checkOrganizationLinks(db, organizationId, [url("/ok")], settings);
    const changed = await latest("/ok");
    expect(changed.contentHash).not.toBe(first.contentHash);
    expect(changed.changedAt).toEqual(changed.checkedAt);
  }, 30_000);

  it("marks a dead address broken after repeated failures, queues it for its curators only, and lets it recover", async () => {
    const gone = url("/gone");
    const firstFailure = (await db.monitoredLink.findUniqueOrThrow({ where: { url: gone } })).failingSince;
    expect(firstFailure).not.toBeNull();
    expect((await linkStates([gone])).get(gone)).toMatchObject({ outcome: "FAILED", broken: false, status: 404 });
    expect((await listProblemLinks(curator, "ru")).find((l) => l.url === gone)).toMatchObject({
      broken: false,
      failures: 1,
      organization: { slug: "link-monitor-test", name: { value: "Проверка ссылок" } },
    });

    goneAnswers = 410;
    await checkOrganizationLinks(db, organizationId, [gone], settings);
    const state = (await linkStates([gone])).get(gone)!;
    expect(state).toMatchObject({ outcome: "FAILED", broken: true, status: 410 });
    // Unreachable since the first failure of the run.
    expect(state.failingSince).toBe(firstFailure!.toISOString());
    expect((await listProblemLinks(curator, "en")).filter((l) => l.url === gone)).toMatchObject([
      { broken: true, failures: 2 },
    ]);
    expect((await listProblemLinks(outsider, "ru")).some((l) => l.url === gone)).toBe(false);
    expect(await countBrokenLinks(curator)).toBe(1);
    expect(await countBrokenLinks(outsider)).toBe(0);

    goneAnswers = 200;
    await checkOrganizationLinks(db, organizationId, [gone], settings);
    expect((await linkStates([gone])).get(gone)).toMatchObject({
      outcome: "ONLINE",
      broken: false,
      failingSince: null,
    });
    expect((await listProblemLinks(curator, "ru")).some((l) => l.url === gone)).toBe(false);
    expect(await countBrokenLinks(curator)).toBe(0);
    // Every check is kept.
    expect(await db.linkCheck.count({ where: { url: gone } })).toBe(3);
  }, 30_000);

  it("a round takes only the links that are due, and never the same link twice", async () => {
    const path = "/round";
    await db.organizationChannel.create({
      data: { organizationId, kind: "OTHER", url: url(path), languages: [], position: 9 },
    });
    const before = requests.length;
    const [first, second] = await Promise.all([checkDueLinks(db, settings), checkDueLinks(db, settings)]);
    // The new address, added and checked once; the links checked above are not due for a week.
    expect(first.added + second.added).toBe(1);
    expect(first.checked + second.checked).toBe(1);
    expect(requests.slice(before).filter((r) => r.path === path)).toHaveLength(1);
    const link = await db.monitoredLink.findUniqueOrThrow({ where: { url: url(path) } });
    expect(link.outcome).toBe("FAILED");
    // A failing link is due again after LINKS_RETRY_HOURS.
    expect(link.nextCheckAt.getTime() - link.checkedAt!.getTime()).toBe(settings.retryHours * 3600_000);
    expect((await checkDueLinks(db, settings)).checked).toBe(0);
  }, 30_000);
});

describe("statistics of what the monitor found", () => {
  it("counts organizations checked and online per month, and the languages their websites declare", async () => {
    const month = new Date().toISOString().slice(0, 7);
    const months = await presenceOverTime({ diaspora: "armenian" });
    // The test organization: checked this month, online (some address answered).
    expect(months.at(-1)).toEqual({ month, checked: 1, online: 1, unreachable: 0 });
    expect(await presenceOverTime({ diaspora: "georgian" })).toEqual([]);
    const languages = await siteLanguagesByDiaspora({});
    // Its website (/ok) declares Armenian (the diaspora's national language), Russian and English.
    expect(languages).toEqual([
      { diaspora: "armenian", online: 1, russian: 1, national: 1, english: 1, undeclared: 0 },
    ]);

    // The same as CSV files, with the page's filters in their names.
    expect(linkTableFromCsvName("site-languages.csv")).toBe("site-languages");
    expect(linkTableFromCsvName("site-languages")).toBeNull();
    const sites = await linkTableDownload("site-languages", {}, "ru");
    expect(sites.filename).toBe("site-languages.csv");
    expect(sites.body.split("\r\n")[1]).toBe("armenian,Армянская диаспора,1,1,1,1,0,1.0000,1.0000,1.0000,0.0000");
    const history = await linkTableDownload("presence-over-time", { diaspora: "armenian" }, "en");
    expect(history.filename).toBe("presence-over-time-armenian.csv");
    expect(history.body.split("\r\n").slice(0, 2)).toEqual([
      "\ufeffmonth,organizations_checked,online,unreachable,share_online,share_unreachable",
      `${month},1,1,0,1.0000,0.0000`,
    ]);
  });
});
