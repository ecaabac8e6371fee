import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { E2E_USER } from './accounts';
import { browserErrors, serverErrors } from './server-guard';

/** Debian's Chromium with the flags this sandbox needs (no downloads, no background network). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Every response of every context: a 5xx fails the running test (server-guard.ts).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    // Uncaught errors and console errors of every page fail the running test too. "Failed to load
    // resource" lines are left out: they are the browser's echo of an HTTP status (5xx is caught
    // above; 4xx answers are what tests of refused input expect) or of a deliberate offline request.
    context.on('page', (page) => {
      page.on('pageerror', (e) => browserErrors.push(`pageerror ${page.url()}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
          browserErrors.push(`console.error ${page.url()}: ${m.text()}`);
      });
    });
    return context;
  };
  return browser;
}

/** A page in a fresh browser context (own cookies and local storage), logged in as the e2e user unless `as` is null. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  as: { username: string; password: string } | null = E2E_USER,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (as) await login(page, as.username, as.password);
  return page;
}

/** Logs in through the real login form and waits until the app has navigated away from it. */
export async function login(page: Page, username: string, password: string, path = '/inloggen'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
}

/**
 * One browser and page for a test file, opened before its tests and closed after them.
 * Returns a getter because the page exists only once beforeAll has run.
 */
export function usePage(): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, inject('baseURL'));
  });
  afterAll(async () => browser?.close());
  return () => page!;
}
