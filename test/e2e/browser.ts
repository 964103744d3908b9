import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The Debian package's Chromium (apt-get install -y chromium fonts-wqy-microhei). */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

if (!HAS_CHROMIUM) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! ${CHROMIUM} not found: SKIPPING the web console browser tests (test/e2e).\n!! Install it: apt-get install -y chromium fonts-wqy-microhei\n${line}\n`);
}

/** A headless Chromium profile in `profileDir`, Chinese locale, with downloads allowed. */
export async function launchBrowser(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
