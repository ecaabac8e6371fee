/**
 * Issue #18, "works offline, also after a reload": the service worker (app/sw.ts) keeps an
 * interview session once it was opened online; offline, a case page reloads and another case
 * opens, answers queue, and back online every queued answer reaches the server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listInterviewProgress, listSessionCases } from '@/db/queries/interviews';
import { getAnswers, saveAnswers } from '@/db/queries/answers';

let browser: Browser;
let page: Page;
let base: string;
let sessionPath: string;
let caseIds: number[];
let studyId: number;

const db = () => createDb(inject('dbFile'));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, inject('baseURL'));
  base = inject('baseURL');
  const d = db();
  studyId = insertStudy(d, { name: 'E2E offline', municipality: 'Groningen', year: 2018, households: 2500, clients: null }, 'e2e');
  replaceFrame(d, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  storeNewDraw(d, { studyId, seed: 1818, perCaseworker: 12, reserves: 3, caseworkers: ['Daan Visser'], actor: 'e2e' });
  const { caseworkerId } = listInterviewProgress(d, studyId)!.caseworkers[0];
  caseIds = listSessionCases(d, studyId, caseworkerId)!.cases.filter((c) => c.status === 'te_bespreken').map((c) => c.id);
  d.$client.close();
  sessionPath = `/onderzoeken/${studyId}/interviews/${caseworkerId}`;
});
afterAll(async () => browser?.close());

const caseUrl = (i: number) => `${sessionPath}/${caseIds[i]}`;
const dossier = (p: Page = page) => p.locator('.interview-bar strong').textContent();

/** The case form is shown and its first question has the focus. */
async function formReady(p: Page = page) {
  await p.locator('.interview').waitFor();
  await p.waitForFunction(() => document.activeElement?.getAttribute('data-key') === 'A1');
}

/** Every URL in this origin's offline caches. */
const cachedUrls = (p: Page = page) => p.evaluate(async () => {
  const urls: string[] = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith('dossieranalyse-offline-')) continue;
    for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname + new URL(req.url).search);
  }
  return urls;
});

/** The answers waiting in this browser's autosave queue (lib/autosave/slot.ts), per case id. */
const queued = (p: Page = page) => p.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((k) => k.startsWith('dossieranalyse:autosave:'))
  .map((k) => [k.split(':')[2], (JSON.parse(localStorage.getItem(k)!) as { entries: { k: string; v: unknown }[] }).entries]))) as Promise<Record<string, { k: string; v: unknown }[]>>;

describe('an interview session without a network', () => {
  it('keeps the session once it was opened online, and nothing outside it', async () => {
    await page.goto(`/onderzoeken/${studyId}`);    // a study page: not an interview session
    await page.goto(sessionPath);
    await expect(page.locator('[data-offline-ready]').textContent({ timeout: 60_000 })).resolves.toMatch(/alle 12 dossiers/);
    const urls = await cachedUrls();
    const pages = urls.filter((u) => !u.startsWith('/icon.svg'));
    // Each case and the session page, as document and as RSC payload; nothing else.
    expect(new Set(pages)).toEqual(new Set([sessionPath, ...caseIds.map((_, i) => caseUrl(i))].flatMap((u) => [u, `${u}?offline=rsc`])));
  });

  it('serves the network copy while online, not the cached one', async () => {
    const d = db();
    const a1 = getAnswers(d, caseIds[5]).A2;
    saveAnswers(d, { studyId, sampleItemId: caseIds[5], changes: [{ key: 'A2', value: 'alleenstaand', baseRevision: a1?.revision ?? 0 }], actor: 'e2e-ander' });
    d.$client.close();
    await page.goto(caseUrl(5));
    await formReady();
    await expect(page.locator('[data-key="A2"] [aria-checked="true"]').textContent()).resolves.toMatch(/alleenstaand/);
  });

  it('reloads a case page and opens a second case offline; the answers typed there sync when the network is back', async () => {
    await page.goto(caseUrl(0));
    await formReady();
    const first = await dossier();
    await page.context().setOffline(true);

    await page.reload();                             // the browser's own reload: the document comes from the cache
    await formReady();
    expect(await dossier()).toBe(first);
    await page.keyboard.press('Enter');              // A1 (prefilled)
    await page.keyboard.press('e');                  // A2 eenoudergezin
    await page.keyboard.type('2');                   // A3
    await page.keyboard.press('Enter');
    await page.keyboard.press('u');                  // A4 uitkering
    await page.locator('.save-state[data-state="offline"]').waitFor({ timeout: 10_000 });

    // To the session page and on to another case with Next's client-side navigation (RSC payloads from the cache).
    await page.locator('.crumbs').getByRole('link', { name: 'Daan Visser' }).click();
    await page.getByRole('heading', { name: 'Sessie met Daan Visser' }).waitFor();
    await page.locator(`a[href="${caseUrl(1)}"]`).click();
    await formReady();
    const second = await dossier();
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');              // A1
    await page.keyboard.press('k');                  // A2 paar met kinderen
    await page.keyboard.type('3');                   // A3
    await page.keyboard.press('Enter');
    await page.keyboard.press('w');                  // A4 werk
    await page.locator('.save-state[data-state="offline"]').waitFor({ timeout: 10_000 });

    // A second offline reload: the queued answers of this case are still there.
    await page.reload();
    await formReady();
    await expect(page.locator('[data-key="A2"] [aria-checked="true"]').textContent()).resolves.toMatch(/paar met kinderen/);
    await expect(page.locator('[data-key="A3"]').inputValue()).resolves.toBe('3');

    const waiting = await queued();
    expect(Object.keys(waiting).sort()).toEqual([String(caseIds[0]), String(caseIds[1])].sort());
    expect(waiting[caseIds[0]].map((e) => e.k)).toEqual(expect.arrayContaining(['A2', 'A3', 'A4']));
    expect(waiting[caseIds[1]].map((e) => e.k)).toEqual(expect.arrayContaining(['A2', 'A3', 'A4']));

    await page.context().setOffline(false);
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 20_000 });   // this case sends on 'online'
    await page.goto(caseUrl(0));                     // the other case sends its queue when it is opened
    await formReady();
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => queued(), { timeout: 10_000 }).toEqual({});

    const d = db();
    for (const id of [caseIds[0], caseIds[1]]) {
      const stored = getAnswers(d, id);
      for (const e of waiting[id]) expect(stored[e.k]?.value, `case ${id}, ${e.k}`).toEqual(e.v === '' ? null : e.v);
    }
    d.$client.close();
    // The server-rendered page (online, so from the network) shows them too.
    await expect(page.locator('[data-key="A4"] [aria-checked="true"]').textContent()).resolves.toMatch(/uitkering/);
  }, 90_000);

  it('clears the cached pages when logging out', async () => {
    await page.goto(sessionPath);
    await page.locator('[data-offline-ready]').waitFor({ timeout: 60_000 });
    expect((await cachedUrls()).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((u) => u.pathname === '/inloggen');
    await expect.poll(() => cachedUrls(), { timeout: 10_000 }).toEqual([]);
  });
});
