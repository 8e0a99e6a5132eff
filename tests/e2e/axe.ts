// axe-core in the browser journeys: run on the page as it is drawn, against
// WCAG 2.2 A and AA, its violations returned as "rule: target" lines (or,
// inside a storefront page, only the app's own part).
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's violations on the page as it is now: "rule: target" lines, so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe;
    // WCAG 2.2 A and AA. App Bridge's <ui-nav-menu> is left out: Shopify admin draws the app's navigation
    // in its own frame, and what the local App Bridge shows in its place is not the app's.
    const results = await axe.run(
      { exclude: [["ui-nav-menu"]] },
      { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } },
    );
    return results.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  });
  return violations.flatMap((violation) => violation.targets.map((target) => `${violation.id}: ${target}`));
}

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** axe-core's violations inside `include` (a CSS selector: the app's own part of a storefront page), with their targets. */
export async function violationsIn(page: Page, include: string): Promise<{ id: string; targets: unknown[] }[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    const result = await axe.run({ include: [include] });
    return result.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
  }, include);
}
