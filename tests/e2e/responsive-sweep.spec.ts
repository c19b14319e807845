// Issue #15's "Done when" sweep over every public page type, at 320, 390, 768, 1024 and 1366 px in ru, en, hy, uz
// and ka: no sideways scrolling, the header within its budget (a fifth of a phone's first screen; one row at every
// width), every one of the 16 languages on screen and tappable in the language menu, every word of the page's title
// within its line, on the list pages the first result within the first phone screen, and axe finds nothing at the
// phone width (and at the widest, on the home page and the organization, diaspora and country lists and Russia's page,
// whose desktop check this is). One test per language, each page loaded once and measured at every width; every check is soft and
// names its address and width, so one run lists every page that fails. The curator's error summary from the
// keyboard is curation-forms.spec.ts's.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/shared-page";
import { axeViolations } from "./support/axe";

/**
 * Each width with a screen height a device of that width has: iPhone SE (1st), iPhone 14, iPad portrait, the width
 * from which the header is one row of links, laptop. axe at the narrowest, the phone this sweep is for: the same pages
 * at desktop width are axe-checked by their own specs (a11y, places, events, about, stats, map, sources, search), and
 * a page load plus axe at every width took minutes on a two-core machine. The pages marked `wideAxe` are axe-checked
 * at the widest too: their desktop check, once a11y.spec.ts's and places.spec.ts's, costs here a second axe run on a
 * page already loaded with axe in it (about 0.3 s instead of 2–3 s for a load and a check). 1366 px lays a page out
 * as the Desktop Chrome device's 1280 px does: both are past Tailwind's xl breakpoint (1280) and short of 2xl (1536),
 * the app has no media query of its own and no script reads the width.
 */
const SCREENS = [
  { width: 320, height: 568, phone: true, axe: true },
  { width: 390, height: 844, phone: true, axe: false },
  { width: 768, height: 1024, phone: false, axe: false },
  { width: 1024, height: 768, phone: false, axe: false },
  { width: 1366, height: 768, phone: false, axe: false },
] as const;
const LOCALES = ["ru", "en", "hy", "uz", "ka"] as const;

/** Real entries of the seed, one of each profile type. */
const seed = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/atlas.json"), "utf8"),
) as {
  organizations: { slug: string }[];
  diasporas: { slug: string }[];
  events: { slug: string }[];
  sources: { key: string }[];
};
const organization = seed.organizations.find((o) => o.slug === "ojag")!.slug;
const diaspora = seed.diasporas.find((d) => d.slug === "armenian")!.slug;
const event = seed.events.find((e) => e.slug === "immortal-regiment-march-shanghai-2021")!.slug;
const source = seed.sources.find((s) => s.key === "article")!.key;

/** The list pages' results; the organizations' and events' results exclude the time tabs and the feed's aside. */
const LIST_RESULTS = "main section[aria-labelledby='results-heading'] ul:not(nav ul):not(aside ul) > li > a";
const TABLE_RESULTS = "main table tbody tr a";
const SEARCH_RESULTS = "main section[aria-labelledby^='results-'] ol > li a";

/** Every public page type (app/[locale]/): its address under the locale and, for a list, its first result. */
const PAGES: { path: string; firstResult?: string; wideAxe?: true }[] = [
  { path: "", wideAxe: true },
  { path: "/organizations", firstResult: LIST_RESULTS, wideAxe: true },
  { path: `/organizations/${organization}` },
  { path: "/diasporas", firstResult: TABLE_RESULTS, wideAxe: true },
  { path: `/diasporas/${diaspora}` },
  { path: "/countries", firstResult: TABLE_RESULTS, wideAxe: true },
  { path: "/countries/RU", wideAxe: true },
  // The seed's events are past: the default tab lists upcoming ones.
  { path: "/events?when=past", firstResult: LIST_RESULTS },
  { path: `/events/${event}` },
  { path: "/search?q=armenian", firstResult: SEARCH_RESULTS },
  { path: "/stats" },
  { path: "/map" },
  { path: "/about" },
  { path: `/sources/${source}` },
];

/** The phone header's share of the first screen (issue #15), and the height of one row of 40 px controls. */
const HEADER_SHARE = 0.2;
const ONE_ROW = 72;
/** A result's padding and the first line of its name. */
const FIRST_LINE = 48;

// The five tests share nothing: both workers take them.
test.describe.configure({ mode: "parallel" });

for (const locale of LOCALES) {
  test(`${locale}: every public page fits at ${SCREENS.map((s) => s.width).join(", ")} px, keeps its header in budget and is axe-clean`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const { path: pagePath, firstResult, wideAxe } of PAGES) {
      const url = `/${locale}${pagePath}`;
      // Loaded at the narrowest width, where a script measuring the page at load would do the most harm; then the
      // same page widened, as CSS alone lays it out for each width (the server sends every width the same HTML).
      for (const [i, screen] of SCREENS.entries()) {
        const at = `${url} at ${screen.width} px`;
        await page.setViewportSize({ width: screen.width, height: screen.height });
        if (i === 0) {
          const response = await page.goto(url);
          expect.soft(response?.status(), `${url} status`).toBe(200);
        }

        const seen = await page.evaluate(measure, firstResult && screen.phone ? firstResult : null);
        expect.soft(seen.inner, `${at}: viewport`).toBe(screen.width);
        expect.soft(seen.scroll, `${at}: sideways scrolling`).toBeLessThanOrEqual(seen.inner);
        expect.soft(seen.titleWords, `${at}: title words wider than the title`).toEqual([]);
        expect.soft(seen.header, `${at}: header rows`).toBeLessThanOrEqual(ONE_ROW);
        if (screen.phone)
          expect
            .soft(seen.header, `${at}: header share of the screen`)
            .toBeLessThanOrEqual(screen.height * HEADER_SHARE);
        if (firstResult && screen.phone) {
          expect.soft(seen.first, `${at}: a first result`).not.toBeNull();
          // Its top and the first line of its name: a result begun on the first screen is seen to be there.
          if (seen.first)
            expect
              .soft(seen.first.y + Math.min(seen.first.height, FIRST_LINE), `${at}: first result on the first screen`)
              .toBeLessThanOrEqual(screen.height);
        }

        if (pagePath === "/organizations") await expectEveryLanguageTappable(page, at);
        if (screen.axe || (wideAxe && i === SCREENS.length - 1))
          expect.soft(await axeViolations(page), `${at}: axe`).toEqual([]);
      }
    }
  });
}

/**
 * What one width shows, read in one round trip to the page (a few hundred of them per test): the page's and the
 * viewport's widths, the header's height, the title's words wider than its line, and the first result's box.
 */
function measure(firstResult: string | null) {
  // A title's words each fit its line: a word broken in two mid-word reads as two words. Word by word in each text
  // the title shows (a language badge is its own text; screen-reader text is not seen).
  const titleWords: string[] = [];
  const h1 = document.querySelector("h1");
  if (h1) {
    const probe = document.createElement("span");
    probe.style.cssText = "position:absolute;white-space:nowrap;visibility:hidden";
    document.body.append(probe);
    const texts = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement!;
      if (parent.getBoundingClientRect().width <= 1) continue;
      probe.style.font = getComputedStyle(parent).font;
      for (const word of (node.textContent ?? "").split(/\s+/).filter(Boolean)) {
        probe.textContent = word;
        if (probe.getBoundingClientRect().width > h1.clientWidth + 0.5) titleWords.push(word);
      }
    }
    probe.remove();
  }
  const first = firstResult ? document.querySelector(firstResult)?.getBoundingClientRect() : null;
  return {
    inner: window.innerWidth,
    scroll: document.documentElement.scrollWidth,
    header: document.querySelector("header")?.getBoundingClientRect().height ?? Infinity,
    titleWords,
    first: first ? { y: first.y, height: first.height } : null,
  };
}

/**
 * The language menu opens with all 16 languages wholly on screen (an IntersectionObserver's ratio, as
 * toBeInViewport reads it, so a clipping ancestor counts too), each at least 24 px tall, and closes again.
 */
async function expectEveryLanguageTappable(page: Page, at: string) {
  const language = page
    .getByRole("banner")
    .locator("nav details")
    .filter({ has: page.locator("a[hreflang]") });
  await language.locator("summary").click();
  const links = await language.evaluate((details) =>
    Promise.all(
      [...details.querySelectorAll<HTMLAnchorElement>("a[hreflang]")].map(
        (link) =>
          new Promise<{ lang: string; ratio: number; height: number }>((resolve) => {
            const observer = new IntersectionObserver(([entry]) => {
              observer.disconnect();
              resolve({
                lang: link.hreflang,
                ratio: entry!.intersectionRatio,
                height: link.getBoundingClientRect().height,
              });
            });
            observer.observe(link);
          }),
      ),
    ),
  );
  expect.soft(links.length, `${at}: languages`).toBe(16);
  for (const { lang, ratio, height } of links) {
    expect.soft(ratio, `${at}: language ${lang} on screen`).toBe(1);
    expect.soft(height, `${at}: language ${lang} tap height`).toBeGreaterThanOrEqual(24);
  }
  await language.locator("summary").click();
}
