import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { HttpServer } from '../../src/http/server.js';
import { openDatabase, type Db } from '../../src/store/db.js';

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

/** A console served from a temp folder (database, knowledge folder) to a headless Chromium; fields are set once `beforeAll` ran. */
export interface E2eSite {
  dir: string;
  db: Db;
  url: string;
  context: BrowserContext;
  page: Page;
}

/**
 * Registers beforeAll/afterAll that make a temp folder with an empty `knowledge/` and a
 * database, build the server with `build`, start it on loopback and open Chromium; and tear
 * all of it down.
 */
export function useE2eSite(build: (env: { dir: string; knowledgeDir: string; db: Db }) => Promise<HttpServer> | HttpServer): E2eSite {
  const site = {} as E2eSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    site.dir = mkdtempSync(join(tmpdir(), 'gi-e2e-'));
    const knowledgeDir = join(site.dir, 'knowledge');
    mkdirSync(knowledgeDir);
    site.db = openDatabase(join(site.dir, 'e2e.db'));
    const server = await build({ dir: site.dir, knowledgeDir, db: site.db });
    ({ url: site.url, close } = await server.listen(0, '127.0.0.1'));
    Object.assign(site, await launchBrowser(join(site.dir, 'chromium-profile')));
  });
  afterAll(async () => {
    await site.context?.close();
    await close?.();
    site.db?.close();
    if (site.dir) rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}
