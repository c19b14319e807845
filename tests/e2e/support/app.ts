// Which of the run's apps (./ports.ts, playwright.config.ts) the running test uses: its project's baseURL says. Specs
// reach that app's database and make accounts in it through these, so a spec runs unchanged on any of them.
import { test } from "@playwright/test";
import { databaseUrlOf } from "./database";
import { APP_PORT } from "./ports";

/** The port of the running test's app; the run's main app outside a test. */
export function currentAppPort(): number {
  let baseURL: string | undefined;
  try {
    baseURL = test.info().project.use.baseURL;
  } catch {
    return APP_PORT; // not inside a test or hook
  }
  return baseURL ? Number(new URL(baseURL).port) : APP_PORT;
}

/** The database of the running test's app. */
export const currentDatabaseUrl = () => databaseUrlOf(currentAppPort());
