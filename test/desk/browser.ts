/**
 * Debian's Chromium driven by playwright-core, as the tests of what a person
 * sees need it. In CI (CI set) a missing Chromium fails the tests that need
 * it; on a developer's machine without it they are skipped.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** describe.skipIf(…): only where there is no Chromium and no CI to insist on it. */
export const SKIP_BROWSER = !HAVE_CHROMIUM && !process.env['CI'];

export interface Desk {
  browser: BrowserContext;
  /** a new tab of this size (1280 × 900 unless told) */
  page(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh profile each time: nothing carried between runs, nothing fetched in the background. */
export async function launch(): Promise<Desk> {
  if (!HAVE_CHROMIUM) throw new Error(`没有找到 Chromium（${CHROMIUM}）：CI 中必须安装（.ci/run 会安装 Debian 的 chromium 包）`);
  const profile = mkdtempSync(join(tmpdir(), 'juesuan-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    browser,
    page: async (viewport = { width: 1280, height: 900 }) => {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every request the page makes that is not the page itself nor data:, blob:, about:. */
export function watchRequests(page: Page, self: (url: string) => boolean): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(?:data|blob|about):/u.test(url) && !self(url)) seen.push(url);
  });
  return seen;
}

export type { Browser, Page };
