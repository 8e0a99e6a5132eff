// axe-core (the npm package) run in the page a journey has open.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's violations inside `include` (a CSS selector: the app's own part of a storefront page), with their targets. */
export async function violationsIn(page: Page, include: string): Promise<{ id: string; targets: unknown[] }[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    const result = await axe.run({ include: [include] });
    return result.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
  }, include);
}
