// Signed-in sessions shared by the tests of one spec file: each account signs in once (sign-ins are rate-limited
// per address) and its cookies are reused through Playwright's storage state.
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./accounts";

export function sessionStore(spec: string) {
  const file = (who: string) => path.join(tmpdir(), `${spec}-${process.pid}-${who}.json`);
  return {
    file,
    /** Signs the account in through the form and keeps its session under `who`. */
    async signInOnce(
      browser: Browser,
      who: string,
      account: { email: string; password: string },
      locale: "en" | "ru" | "az" = "en",
    ) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, locale, account.email, account.password);
      // A first sign-in on a cold, loaded server (password hashing, first compile of the landing page) may take
      // longer than the default 5 s. Where it lands depends on the role (lib/auth/landing.ts).
      await expect(page).toHaveURL(new RegExp(`/${locale}/(account|curate|moderate)$`), { timeout: 20_000 });
      await context.storageState({ path: file(who) });
      await context.close();
    },
    /** A new browser context signed in as `who`. */
    async openAs(browser: Browser, who: string): Promise<Page> {
      const context = await browser.newContext({ storageState: file(who) });
      return context.newPage();
    },
  };
}
