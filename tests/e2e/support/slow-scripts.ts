// A slow phone: the page's HTML arrives and can be used before its scripts, which arrive only when released.
import type { Page } from "@playwright/test";

/** Holds back every script chunk the page asks for until the returned function is called. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
