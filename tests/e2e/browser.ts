// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { chromium, type Browser, type Page } from "playwright-core";
import { startedForFile } from "../factories/lifecycle";
import { DEMO_BROWSER_USER_AGENT } from "../../scripts/demo";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page that reports script errors, so a journey fails on them. */
export async function openPage(browser: Browser, options: { locale?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    // Headless Chromium names itself in its user agent; Shopify's library turns bots away from the admin.
    userAgent: DEMO_BROWSER_USER_AGENT,
    locale: options.locale ?? "en-US",
    viewport: { width: 1200, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

/** For a journey file: Chromium launched once before its tests and closed after; returns the browser's getter. */
export function withBrowser(): () => Browser {
  return startedForFile(launchBrowser);
}
