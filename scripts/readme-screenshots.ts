// npm run screenshots — the README's screenshots (docs/screenshots/readme-*.png) from a running app: home, an
// organization list with a filter, an organization's profile and the events calendar in Russian, each at 390×844
// (phone) and 1366×900 (desktop), and the home page in Armenian on the phone. Start the app first (`npm start`, i.e.
// the build, then the production server on a seeded database); SCREENSHOTS_BASE_URL says where it runs (default
// http://127.0.0.1:3000). Chromium is launched as the end-to-end tests launch it (tests/e2e/support/browser.ts).
// Phone shots keep the first two screens, desktop shots the first; at a device scale of 1 they stay small.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, systemChromium } from "../tests/e2e/support/browser";

const baseURL = process.env.SCREENSHOTS_BASE_URL ?? "http://127.0.0.1:3000";
const outDir = path.resolve(import.meta.dirname, "../docs/screenshots");

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const SHOTS: { name: string; path: string; screens: ("phone" | "desktop")[] }[] = [
  { name: "home-ru", path: "/ru", screens: ["phone", "desktop"] },
  { name: "organizations-ru", path: "/ru/organizations?country=RU", screens: ["phone", "desktop"] },
  { name: "organization-ru", path: "/ru/organizations/amor", screens: ["phone", "desktop"] },
  { name: "calendar-ru", path: "/ru/events?view=calendar&month=2021-05", screens: ["phone", "desktop"] },
  { name: "home-hy", path: "/hy", screens: ["phone"] },
];

async function shoot(
  page: Page,
  url: string,
  file: string,
  viewport: { width: number; height: number },
  screens: number,
) {
  await page.setViewportSize(viewport);
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready);
  const height = Math.min(viewport.height * screens, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
  console.log(`${path.relative(process.cwd(), file)}  ${url}  ${viewport.width}×${height}`);
}

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const shot of SHOTS) {
    for (const screen of shot.screens) {
      const viewport = screen === "phone" ? PHONE : DESKTOP;
      const file = path.join(outDir, `readme-${shot.name}-${viewport.width}.png`);
      await shoot(page, `${baseURL}${shot.path}`, file, viewport, screen === "phone" ? 2 : 1);
    }
  }
} finally {
  await browser.close();
}
