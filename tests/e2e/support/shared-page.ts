// `test` for specs that only read public pages: every test of a worker gets the same browser page, reset between
// tests, instead of a fresh context and page each.
//
// Why: a fresh page is a fresh renderer with a cold V8 code cache and memory cache, and our pages load a dozen
// script chunks and five font files. Measured here (16 page loads with an axe check each, load average about 2):
// 28–33 s and 41–46 CPU-seconds with a page per test, 18–20 s and 25–28 CPU-seconds on one page.
//
// What a test may not rely on with this `test`: a page nothing has used before. Between tests the page is reset:
// its listeners and routes removed, cookies, local and session storage cleared, extra headers and media emulation
// undone, the viewport restored, and it is left on about:blank. A spec that needs something this cannot undo
// (addInitScript, exposeFunction, page.clock, its own context options through test.use) keeps @playwright/test.
// Tests that open their own contexts (`browser.newContext`) get them as before.
import { test as base, type Page } from "@playwright/test";

export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, provide, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      const page = await context.newPage();
      await provide(page);
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage: page }, provide, testInfo) => {
    await provide(page);
    const viewport = testInfo.project.use.viewport;
    page.removeAllListeners();
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.context().clearCookies();
    if (page.url().startsWith("http"))
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    await page.setExtraHTTPHeaders({});
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    if (viewport) await page.setViewportSize(viewport);
    await page.goto("about:blank");
  },
});

export { expect } from "@playwright/test";
