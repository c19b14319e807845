// The accessibility check every page template passes: axe-core with WCAG 2.1 A/AA and best practices, no violations.
//
// Run in the page itself (AxeBuilder's legacy mode) and asked for violations only. The default mode finishes each run
// in a fresh blank page, so it can merge results from cross-origin frames; our pages have none, and that extra page
// cost about 1.5 s of a 2.2 s check here. Collecting only violations skips building the node lists of the ~45 rules
// that pass, which the assertions never read. The same rules run on the same document either way.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** "rule-id: selector, selector" for each violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
