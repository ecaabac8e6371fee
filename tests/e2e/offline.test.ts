/**
 * Issue #18, "works offline, also after a reload": the service worker (app/sw.ts) keeps an
 * interview session once it was opened online; offline, a case page reloads and another case
 * opens, answers queue, and back online every queued answer reaches the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage } from './browser';
import { E2E_USER } from './accounts';
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
/** From opening the session (first visit: the worker installs) until all its cases are cached. */
let warmUpMs = 0;

const db = () => createDb(inject('dbFile'));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, inject('baseURL'));
  base = inject('baseURL');
  const d = db();
  studyId = insertStudy(
    d,
    { name: 'E2E offline', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    'e2e',
  );
  replaceFrame(d, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  storeNewDraw(d, { studyId, seed: 1818, perCaseworker: 12, reserves: 3, caseworkers: ['Daan Visser'], actor: 'e2e' });
  const { caseworkerId } = listInterviewProgress(d, studyId)!.caseworkers[0];
  caseIds = listSessionCases(d, studyId, caseworkerId)!
    .cases.filter((c) => c.status === 'te_bespreken')
    .map((c) => c.id);
  d.$client.close();
  sessionPath = `/onderzoeken/${studyId}/interviews/${caseworkerId}`;
});
afterAll(async () => browser?.close());

const caseUrl = (i: number) => `${sessionPath}/${caseIds[i]}`;
const dossier = (p: Page = page) => p.locator('.interview-bar strong').textContent();

/** A 1280×720 screenshot for a person to look at (/tmp/shots-offline). */
async function shot(name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 720 });
  fs.mkdirSync('/tmp/shots-offline', { recursive: true });
  await page.screenshot({ path: `/tmp/shots-offline/${name}.png` });
  if (size) await page.setViewportSize(size);
}

/** The case form is shown and a question has the focus (A1 for a new case; the first open question on resume). */
async function formReady(p: Page = page) {
  await p.locator('.interview').waitFor();
  await p.waitForFunction(() => Boolean(document.activeElement?.getAttribute('data-key')));
}

/** Every URL in this origin's offline caches. */
const cachedUrls = (p: Page = page) =>
  p.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('dossieranalyse-offline-')) continue;
      for (const req of await (await caches.open(name)).keys())
        urls.push(new URL(req.url).pathname + new URL(req.url).search);
    }
    return urls;
  });

/** The answers waiting in this browser's autosave queue (lib/autosave/slot.ts), per case id. */
const queued = (p: Page = page) =>
  p.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('dossieranalyse:autosave:'))
        .map((k) => [
          k.split(':')[2],
          (JSON.parse(localStorage.getItem(k)!) as { entries: { k: string; v: unknown }[] }).entries,
        ]),
    ),
  ) as Promise<Record<string, { k: string; v: unknown }[]>>;

describe('an interview session without a network', () => {
  it('keeps the session once it was opened online, and nothing outside it', async () => {
    await page.goto(`/onderzoeken/${studyId}`); // a study page: not an interview session
    const t0 = Date.now();
    await page.goto(sessionPath);
    await expect(page.locator('[data-offline-ready]').textContent({ timeout: 60_000 })).resolves.toMatch(
      /alle 12 dossiers/,
    );
    warmUpMs = Date.now() - t0;
    await shot('session-offline-ready');
    const urls = await cachedUrls();
    const pages = urls.filter((u) => !u.startsWith('/icon.svg'));
    // Each case and the session page, as document and as RSC payload; nothing else.
    expect(new Set(pages)).toEqual(
      new Set([sessionPath, ...caseIds.map((_, i) => caseUrl(i))].flatMap((u) => [u, `${u}?offline=rsc`])),
    );
  });

  it('serves the network copy while online, not the cached one', async () => {
    const d = db();
    const a1 = getAnswers(d, caseIds[5]).A2;
    saveAnswers(d, {
      studyId,
      sampleItemId: caseIds[5],
      changes: [{ key: 'A2', value: 'alleenstaand', baseRevision: a1?.revision ?? 0 }],
      actor: 'e2e-ander',
    });
    d.$client.close();
    await page.goto(caseUrl(5));
    await page.locator('.interview').waitFor();
    await expect(page.locator('[data-key="A2"] [aria-checked="true"]').textContent()).resolves.toMatch(/alleenstaand/);
  });

  it('reloads a case page and opens a second case offline; the answers typed there sync when the network is back', async () => {
    await page.goto(caseUrl(0));
    await formReady();
    const first = await dossier();
    await page.context().setOffline(true);

    await page.reload(); // the browser's own reload: the document comes from the cache
    await formReady();
    expect(await dossier()).toBe(first);
    await shot('case-reloaded-offline');
    await page.keyboard.press('Enter'); // A1 (prefilled)
    await page.keyboard.press('e'); // A2 eenoudergezin
    await page.keyboard.type('2'); // A3
    await page.keyboard.press('Enter');
    await page.keyboard.press('u'); // A4 uitkering
    await page.locator('.save-state[data-state="offline"]').waitFor({ timeout: 10_000 });

    // To the session page and on to another case with Next's client-side navigation: the RSC
    // payloads come from the cache, so the page is not loaded anew (the marker survives).
    await page.evaluate(() => {
      (window as unknown as { offlineMarker: number }).offlineMarker = 1;
    });
    await page.locator('.crumbs').getByRole('link', { name: 'Daan Visser' }).click();
    await page.getByRole('heading', { name: 'Sessie met Daan Visser' }).waitFor();
    await page.locator(`a[href="${caseUrl(1)}"]`).click();
    await formReady();
    await expect(page.evaluate(() => (window as unknown as { offlineMarker?: number }).offlineMarker)).resolves.toBe(1);
    const second = await dossier();
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter'); // A1
    await page.keyboard.press('k'); // A2 paar met kinderen
    await page.keyboard.type('3'); // A3
    await page.keyboard.press('Enter');
    await page.keyboard.press('w'); // A4 werk
    await page.locator('.save-state[data-state="offline"]').waitFor({ timeout: 10_000 });

    // A second offline reload: the queued answers of this case are still there.
    await page.reload();
    await formReady();
    await expect(page.locator('[data-key="A2"] [aria-checked="true"]').textContent()).resolves.toMatch(
      /paar met kinderen/,
    );
    await expect(page.locator('[data-key="A3"]').inputValue()).resolves.toBe('3');

    const waiting = await queued();
    expect(Object.keys(waiting).sort()).toEqual([String(caseIds[0]), String(caseIds[1])].sort());
    expect(waiting[caseIds[0]].map((e) => e.k)).toEqual(expect.arrayContaining(['A2', 'A3', 'A4']));
    expect(waiting[caseIds[1]].map((e) => e.k)).toEqual(expect.arrayContaining(['A2', 'A3', 'A4']));

    await page.context().setOffline(false);
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 20_000 }); // this case sends on 'online'
    await page.goto(caseUrl(0)); // the other case sends its queue when it is opened
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

  it('keeps the offline copy of a page current: an answer saved online just before the network drops is there after an offline reload', async () => {
    const url = new URL(caseUrl(2), base).href;
    const cachedAt = () =>
      page.evaluate(
        async (u) =>
          Date.parse((await (await caches.open('dossieranalyse-offline-pages')).match(u))?.headers.get('date') ?? ''),
        url,
      );
    await page.goto(caseUrl(2));
    await formReady();
    await expect.poll(cachedAt).toBeGreaterThan(0);
    const loaded = await cachedAt();
    await page.keyboard.press('Enter'); // A1
    await page.keyboard.press('p'); // A2 paar zonder kinderen
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
    await expect.poll(cachedAt, { timeout: 15_000 }).toBeGreaterThan(loaded); // the worker fetched the page again
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('.interview').waitFor();
    expect(await queued()).toEqual({}); // so the answer below comes from the cached page, not the queue
    await expect(page.locator('[data-key="A2"] [aria-checked="true"]').textContent()).resolves.toMatch(
      /paar zonder kinderen/,
    );
    await page.context().setOffline(false);
  });

  it('measures opening the next case, online and offline (figures for bench/README.md)', async () => {
    // Cases without answers, so the first question gets the focus; 3 → 4 → 6 → … (5 has an answer).
    const route = [3, 4, 6, 7, 8, 9, 10, 11].map(caseUrl);
    /** Client-side navigation as Ctrl+Enter does it (router.push), until the next case's first question has the focus. */
    const push = (p: Page, to: string) =>
      p.evaluate(
        (u) =>
          new Promise<number>((resolve) => {
            const before = document.querySelector('.interview-bar strong')?.textContent;
            const t0 = performance.now();
            const done = () =>
              location.pathname === u &&
              document.activeElement?.getAttribute('data-key') === 'A1' &&
              document.querySelector('.interview-bar strong')?.textContent !== before;
            const onFocus = () => {
              if (done()) {
                document.removeEventListener('focusin', onFocus, true);
                resolve(performance.now() - t0);
              }
            };
            document.addEventListener('focusin', onFocus, true);
            (window as unknown as { next: { router: { push(u: string): void } } }).next.router.push(u);
          }),
        to,
      );
    /** A full page load: from the start of the navigation until the first question has the focus. */
    const load = async (p: Page, to: string) => {
      await p.goto(to);
      await p.waitForFunction(() => (window as unknown as { a1At?: number }).a1At !== undefined);
      return p.evaluate(() => (window as unknown as { a1At: number }).a1At);
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const hooked = new Set<Page>();
    async function run(p: Page) {
      if (!hooked.has(p)) {
        hooked.add(p);
        await p.addInitScript(() =>
          document.addEventListener(
            'focusin',
            (e) => {
              if ((e.target as HTMLElement).dataset?.key === 'A1')
                (window as unknown as { a1At?: number }).a1At ??= performance.now();
            },
            true,
          ),
        );
      }
      const loads: number[] = [];
      const pushes: number[] = [];
      for (const u of route.slice(0, 5)) loads.push(await load(p, u));
      await load(p, route[0]);
      for (const u of route.slice(1)) pushes.push(await push(p, u));
      return { fullLoadMs: median(loads), clientNavMs: median(pushes) };
    }
    // Alternating rounds: a browser without the service worker (online), then with it online
    // (network first) and offline (from the cache).
    const plainContext = await browser.newContext({
      baseURL: base,
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const plain = await plainContext.newPage();
    await login(plain, E2E_USER.username, E2E_USER.password);
    await page.goto(sessionPath);
    await page.locator('[data-offline-ready]').waitFor({ timeout: 60_000 });
    const rounds: Record<'withoutWorker' | 'online' | 'offline', Awaited<ReturnType<typeof run>>[]> = {
      withoutWorker: [],
      online: [],
      offline: [],
    };
    for (let r = 0; r < 3; r++) {
      rounds.withoutWorker.push(await run(plain));
      rounds.online.push(await run(page));
      await page.context().setOffline(true);
      rounds.offline.push(await run(page));
      await page.context().setOffline(false);
    }
    await plainContext.close();
    const summary = (rs: Awaited<ReturnType<typeof run>>[]) => ({
      clientNavMs: Math.round(median(rs.map((x) => x.clientNavMs))),
      fullLoadMs: Math.round(median(rs.map((x) => x.fullLoadMs))),
      perRound: rs.map((x) => [Math.round(x.clientNavMs), Math.round(x.fullLoadMs)]),
    });
    const figures = {
      date: new Date().toISOString(),
      warmUpMs,
      withoutWorker: summary(rounds.withoutWorker),
      online: summary(rounds.online),
      offline: summary(rounds.offline),
    };
    console.log(`open the next case (median ms): ${JSON.stringify(figures)}`);
    fs.mkdirSync(path.resolve('bench/.tmp'), { recursive: true });
    fs.writeFileSync(path.resolve('bench/.tmp/offline-next-case.json'), JSON.stringify(figures, null, 2));
    expect(figures.offline.clientNavMs).toBeGreaterThan(0);
  }, 480_000);

  it('clears the cached pages when logging out', async () => {
    await page.goto(sessionPath);
    await page.locator('[data-offline-ready]').waitFor({ timeout: 60_000 });
    expect((await cachedUrls()).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((u) => u.pathname === '/inloggen');
    await expect.poll(() => cachedUrls(), { timeout: 10_000 }).toEqual([]);
  });
});
