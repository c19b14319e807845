// The accessibility check every page template passes: axe-core with WCAG 2.1 A/AA and best practices, no violations.
//
// Run in the page itself (as AxeBuilder's legacy mode runs it) and asked for violations only. AxeBuilder's default
// mode finishes each run in a fresh blank page, so it can merge results from cross-origin frames; our pages have none,
// and that extra page cost about 1.5 s of a 2.2 s check here. Collecting only violations skips building the node
// lists of the ~45 rules that pass, which the assertions never read.
//
// axe-core is injected here rather than through AxeBuilder: its legacy mode evaluates the 650 KB script twice a check
// (once in analyze(), again in runLegacy()), 0.3–0.9 s each on a loaded two-core machine, and again for a second
// check of the same document. Here it is evaluated once a document, in every frame, and configured as AxeBuilder
// configures it; a later check of the same document (a menu opened, a client-side navigation) reuses it, as axe.run
// is meant to be run again on a changed page. The same rules run on the same document: AXE_TAGS, the 92 rules axe-core
// 4.14 enables by default (AxeBuilder's options() after withTags() had replaced the tags with axe's default set,
// which is the same set of rules).
import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const OPTIONS: axe.RunOptions = { runOnly: { type: "tag", values: AXE_TAGS }, resultTypes: ["violations"] };

/** axe-core and AxeBuilder's configuration for a run in the page (legacy mode: same-origin frames only). */
const INJECT = `${axe.source};axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } });`;

/** "rule-id: selector, selector" for each violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames())
    if (!(await frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === "function")))
      await frame.evaluate(INJECT);
  const { error, violations } = await page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, options)
        .then((results) => ({
          error: null,
          violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        }))
        .catch((e: Error) => ({ error: e.message, violations: [] })),
    OPTIONS,
  );
  if (error) throw new Error(`axe: ${error}`);
  return violations;
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
