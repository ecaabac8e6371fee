/**
 * Issue #18 "The interview room" (nav part) in Chromium at 1280×720: section jumps and back in ≤ 2
 * keys, type-ahead to a leefgebied and an escalation type, the next two questions kept in view,
 * "dossier 3 van 16", resume and clocks across a reload, wording per wie, readable controls,
 * calm save states, the confirmation before "onbruikbaar", and the time to open the next case.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { KeyCounter } from './interview-keys';
import { focused, outOfView, seedRoomStudy, storedAnswers, type RoomStudy } from './interview-room-setup';

const SHOTS = '/tmp/shots-nav';
let browser: Browser;
let page: Page;
let s: RoomStudy;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  page = await newPage(browser, inject('baseURL'));
  await page.setViewportSize({ width: 1280, height: 720 });
  s = seedRoomStudy('E2E interviewkamer', 16, [8, 9, 10, 11, 12, 13, 14, 15]);
});
afterAll(async () => browser?.close());

async function open(i: number) {
  await page.goto(s.caseUrls[i]);
  await page.locator('.interview').waitFor();
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-flow'));
}
const waitSaved = (p: Page = page) => p.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
const checkedText = (key: string) => page.locator(`[data-key="${key}"] [aria-checked="true"]`).textContent();

describe('navigation at the speed of talk', () => {
  it('jumps to section D and back in 2 keys each (". d", ". t", and Alt+4, Alt+0), to the first open question, answering nothing', async () => {
    await open(0);
    expect(await focused(page)).toBe('A1');
    const keys = new KeyCounter(page);
    await keys.press('Enter', 'e', '2', 'Enter'); // A1 prefilled, A2, A3 → A4
    expect(await focused(page)).toBe('A4');
    let before = keys.count;
    await keys.press('.');
    await page.locator('.section-nav[data-prefix]').waitFor(); // the strip shows the letters
    await keys.press('d');
    expect(keys.count - before).toBe(2);
    expect(await focused(page)).toBe('D.huisuitzetting.status');
    const heading = await page.locator('#sec-D').boundingBox();
    expect(heading!.y).toBeGreaterThan(0); // the section heading is in view too
    before = keys.count;
    await keys.press('.', 't');
    expect(keys.count - before).toBe(2);
    expect(await focused(page)).toBe('A4');
    await keys.press('Alt+4');
    expect(await focused(page)).toBe('D.huisuitzetting.status');
    await keys.press('Alt+0');
    expect(await focused(page)).toBe('A4');
    await keys.press('.', 'b');
    expect(await focused(page)).toBe('B.financien.aanvang');
    await keys.press('Alt+0');
    await waitSaved();
    const a = storedAnswers(s.itemIds[0]);
    expect(a['A4']).toBeUndefined(); // `d` and `t` after the prefix answered nothing
    expect(a['D.huisuitzetting.status']).toBeUndefined();
    expect(a['B.financien.aanvang']).toBeUndefined();
    // Shown on the page and in the ? dialog.
    await expect(page.locator('.section-nav').textContent()).resolves.toMatch(/Alt\+4.*D\. Escalaties/);
    await expect(page.locator('#sec-B').locator('..').textContent()).resolves.toMatch(/Alt\+2.*\/ \+ beginletters/);
    await page.keyboard.press('?');
    const help = (await page.getByRole('dialog', { name: 'Sneltoetsen' }).textContent())!;
    expect(help).toMatch(/Alt\+1 … Alt\+6/);
    expect(help).toMatch(/Alt\+0 of \. dan t/);
    expect(help).toMatch(/\/ en beginletters/);
    expect(help).toMatch(/Shift\+Enter/);
    await page.keyboard.press('Escape');
  });

  it('goes to a leefgebied in B and an escalation type in D by its first letters after /', async () => {
    await page.keyboard.press('Alt+2');
    expect(await focused(page)).toBe('B.financien.aanvang');
    await page.keyboard.press('/');
    const finder = page.getByRole('dialog', { name: 'Ga naar leefgebied' });
    await finder.waitFor();
    await page.keyboard.type('hu');
    await expect(finder.getByRole('option').allTextContents()).resolves.toEqual([
      'Huisvesting (leefgebied)',
      'Huiselijke relaties (leefgebied)',
    ]); // only B
    await page.keyboard.type('isv');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('B.huisvesting.aanvang');
    await page.keyboard.press('j'); // the letters went to the box; this key answers the row
    await expect(checkedText('B.huisvesting.aanvang')).resolves.toMatch(/ja/);
    await page.keyboard.press('Alt+4');
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Ga naar escalatie' }).waitFor();
    await page.keyboard.type('uith');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('D.uithuisplaatsing.status');
    await page.keyboard.press('/');
    await page.keyboard.type('ggz');
    await page.keyboard.press('Escape'); // back where it was, nothing answered
    expect(await focused(page)).toBe('D.uithuisplaatsing.status');
    await page.keyboard.press('Alt+0'); // back to where the type-ahead started
    expect(await focused(page)).toBe('D.huisuitzetting.status');
    await waitSaved();
    expect(storedAnswers(s.itemIds[0])['B.huisvesting.aanvang']).toBe('ja');
    expect(storedAnswers(s.itemIds[0])['B.huiselijke_relaties.aanvang']).toBeUndefined();
  });

  it('keeps the focused question and the next two in view at 1280×720, after every key', async () => {
    await open(1);
    const keys = new KeyCounter(page);
    const seq = [
      'Enter',
      'e',
      '2',
      'Enter',
      'u',
      'j',
      'n',
      'v',
      'n',
      'j',
      'a',
      'Enter',
      'j',
      'n',
      'j',
      'n',
      'j',
      'n',
      'd',
      'n',
      'j',
      'j',
      'j',
      'n',
      'n',
      'j',
      'j',
      'r',
      'n',
      'Enter',
      'i',
      'Enter',
      'p',
      'i',
      'n',
    ];
    const misses: string[] = [];
    for (const k of seq) {
      await keys.press(k);
      const out = await outOfView(page);
      if (out.length) misses.push(`after ${k} (focus ${await focused(page)}): ${out.join(', ')}`);
    }
    await page.screenshot({ path: `${SHOTS}/lookahead-1280x720.png` });
    expect(misses).toEqual([]);
  });

  it('shows "dossier 3 van 16" with the previous and next case', async () => {
    await open(2);
    const pos = page.locator('[data-position]');
    await expect(pos.textContent()).resolves.toMatch(/dossier 3 van 16/);
    await pos.getByRole('link', { name: 'Volgend dossier' }).click();
    await page.waitForURL(s.caseUrls[3]);
    await expect(page.locator('[data-position]').textContent()).resolves.toMatch(/dossier 4 van 16/);
    await page.locator('[data-position]').getByRole('link', { name: 'Vorig dossier' }).click();
    await page.waitForURL(s.caseUrls[2]);
    await expect(page.locator('.interview-bar strong').textContent()).resolves.toBe(`Dossier ${s.dossiers[2]}`);
  });
});

describe('resume where you were', () => {
  it('starts at A1 with only the prefills, and after a reload resumes at the first open question with the clocks kept', async () => {
    await open(3);
    expect(await focused(page)).toBe('A1'); // prefills only: start at the top
    await page.keyboard.press('Enter');
    for (const k of ['e', '2', 'Enter', 'u', 'j', 'n', 'v']) await page.keyboard.press(k); // A2–A7; A8 is the first open
    await waitSaved();
    await page.waitForTimeout(2200);
    const before = await page.evaluate(() =>
      Number(Object.entries(localStorage).find(([k]) => k.startsWith('dossieranalyse:klok:'))?.[1] ?? 0),
    );
    expect(before).toBeGreaterThan(1500);
    await page.reload();
    await page.locator('.interview').waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-flow'));
    expect(await focused(page)).toBe('A8');
    const clock = (await page.locator('[data-clock="case"]').textContent())!;
    const secs = Number(/dossier (\d+):(\d\d)/.exec(clock)![2]);
    expect(secs).toBeGreaterThanOrEqual(2); // the case clock did not restart
    // Away from the case, its clock stands still.
    const stored = () =>
      page.evaluate((k) => Number(localStorage.getItem(k)), `dossieranalyse:klok:${s.studyId}:${s.itemIds[3]}`);
    await page.goto(s.sessionUrl);
    const left = await stored();
    await page.waitForTimeout(2500);
    expect(await stored()).toBe(left);
    await expect(page.locator(`[data-case-time="${s.itemIds[3]}"]`).textContent()).resolves.toMatch(/^0:0[2-9]$/);
    await expect(page.locator('[data-pace]').textContent()).resolves.toMatch(/sessie \d+:\d\d/);
  });
});

describe('readable controls and wording per wie', () => {
  it('words the counterfactual per row (professional, eigen kracht, vrijwilliger) under a neutral header; traject types read in full', async () => {
    await open(4);
    await page.locator('[data-add-row="C"]').focus();
    const keys = new KeyCounter(page);
    await keys.press('Enter');
    await keys.type('schuld');
    await keys.press('Enter', 'p', 'i');
    await keys.press('n', 'Enter'); // oud: nee; next row
    await keys.type('maatje');
    await keys.press('Enter', 'e', 'i');
    await keys.press('n', 'Enter');
    await keys.type('maatje');
    await keys.press('Enter', 'v', 'i');
    const table = page.locator('table[data-table="C"]');
    const header = (await table.locator('thead').textContent())!;
    expect(header).toContain('Vergelijking met de oude werkwijze');
    expect(header).not.toContain('Zou dit in de oude werkwijze ook zo zijn gegaan?');
    const wordings = table.locator('[data-wording]');
    await expect(wordings.allTextContents()).resolves.toEqual([
      'Zou dit traject in de oude werkwijze ook zijn ingezet?',
      'Zou anders een professional zijn ingezet?',
      'Zou anders een professional zijn ingezet?',
    ]);
    for (const w of await wordings.all()) expect(await w.isVisible()).toBe(true);
    // The selected traject type fits its select (not "Schuldhu", "Maatje o").
    const fits = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLSelectElement>('table[data-table="C"] select[data-key$=".type"]')].map(
        (sel) => {
          const span = document.createElement('span');
          span.style.font = getComputedStyle(sel).font;
          span.style.whiteSpace = 'nowrap';
          span.textContent = sel.selectedOptions[0].text;
          document.body.append(span);
          const w = span.getBoundingClientRect().width;
          span.remove();
          return { text: sel.selectedOptions[0].text, fits: sel.clientWidth >= w + 20 };
        },
      ),
    );
    expect(fits).toEqual([
      { text: 'Schuldhulpverlening', fits: true },
      { text: 'Maatje of buddy (vrijwilliger)', fits: true },
      { text: 'Maatje of buddy (vrijwilliger)', fits: true },
    ]);
    await page.screenshot({ path: `${SHOTS}/trajecten-1280x720.png` });
  });

  it('lets the free-text fields wrap and grow: Enter moves on, Shift+Enter is a new line', async () => {
    await page.keyboard.press('Alt+4');
    await page.keyboard.press('v');
    await page.keyboard.press('z');
    const box = page.locator('[data-key="D.huisuitzetting.toelichting"]');
    expect(await box.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    const h0 = (await box.boundingBox())!.height;
    await page.keyboard.type(
      'Huurachterstand van een half jaar, de verhuurder had al een procedure gestart bij de kantonrechter',
    );
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('regeling getroffen');
    expect((await box.boundingBox())!.height).toBeGreaterThan(h0 * 1.8);
    expect(await box.inputValue()).toMatch(/kantonrechter\nregeling getroffen$/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).not.toBe('D.huisuitzetting.toelichting');
    await waitSaved();
    expect(storedAnswers(s.itemIds[4])['D.huisuitzetting.toelichting']).toMatch(/\nregeling getroffen$/);
  });
});

describe('calm, true save states', () => {
  it('offline in an open tab: neutral text with the count of answers kept in this browser, then synced', async () => {
    await open(5);
    await page.keyboard.press('Enter');
    await waitSaved();
    await page.context().setOffline(true);
    await page.keyboard.press('e');
    const state = page.locator('.save-state');
    await page.locator('.save-state[data-kind="offline"]').waitFor({ timeout: 10_000 });
    await expect(state.locator('[data-save-text]').textContent()).resolves.toBe(
      'Offline – 1 antwoord bewaard in deze browser, wordt verstuurd zodra er verbinding is',
    );
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('u');
    await page.waitForFunction(
      () => /3 antwoorden/.test(document.querySelector('.save-state')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    await expect(state.locator('[data-save-text]').textContent()).resolves.toBe(
      'Offline – 3 antwoorden bewaard in deze browser, worden verstuurd zodra er verbinding is',
    );
    expect(await state.evaluate((el) => el.className)).toMatch(/tone-neutral/);
    expect(await state.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(180, 35, 24)'); // not the red error
    await page.screenshot({ path: `${SHOTS}/offline-1280x720.png` });
    await page.context().setOffline(false);
    await waitSaved();
    expect(storedAnswers(s.itemIds[5])).toMatchObject({ A2: 'eenoudergezin', A3: 2, A4: 'uitkering' });
  });

  it('a conflict is its own state, with a link to the conflicting field', async () => {
    const other = await newPage(browser, inject('baseURL'));
    await other.goto(s.caseUrls[5]);
    await other.locator('.interview').waitFor();
    await page.locator('[data-key="A10"]').focus();
    await page.keyboard.press('a');
    await waitSaved();
    await other.locator('[data-key="A10"]').focus();
    await other.keyboard.press('s');
    const state = other.locator('.save-state[data-kind="conflict"]');
    await state.waitFor({ timeout: 10_000 });
    await expect(state.textContent()).resolves.toMatch(
      /^Conflict – 1 antwoord intussen door iemand anders gewijzigd; kies welke waarde blijft/,
    );
    expect(await state.evaluate((el) => el.className)).toMatch(/tone-conflict/);
    await other.locator('[data-key="A1"]').focus();
    await state.getByRole('button', { name: /naar / }).click();
    expect(await other.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('A10');
    await other.context().close();
  });
});

describe('confirmation before onbruikbaar', () => {
  it('says which reserve takes its place; Escape cancels, Enter confirms', async () => {
    await open(7);
    await page.getByText('Dossier onbruikbaar?').click();
    await page.getByRole('button', { name: `Dossier ${s.dossiers[7]} onbruikbaar` }).click();
    await page.getByLabel('Reden', { exact: true }).selectOption('te_kort_actief');
    await page.getByRole('button', { name: 'Markeer onbruikbaar' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Dossier ${s.dossiers[7]} onbruikbaar maken?` });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(`Reserve ${s.reserves[0]} komt in de plaats`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.interview').waitFor(); // nothing happened
    await page.getByText('Dossier onbruikbaar?').click();
    await page.getByRole('button', { name: `Dossier ${s.dossiers[7]} onbruikbaar` }).click();
    await page.getByLabel('Reden', { exact: true }).selectOption('te_kort_actief');
    await page.getByRole('button', { name: 'Markeer onbruikbaar' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    const notice = page.locator('[data-unusable]');
    await notice.waitFor({ timeout: 10_000 });
    await expect(notice.textContent()).resolves.toMatch(new RegExp(`Reserve ${s.reserves[0]} komt in de plaats`));
    await notice.getByRole('link', { name: `reserve ${s.reserves[0]} openen` }).click();
    await page.locator('.interview').waitFor();
    await expect(page.locator('.interview-bar strong').textContent()).resolves.toBe(`Dossier ${s.reserves[0]}`);
  });
});

/** In the page (it survives client-side navigation): from Ctrl+Enter or a click on a case link to the next case's first focused question. */
async function recordOpenTimes() {
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number | null; __from: string; __open: number[] };
    w.__t0 = null;
    w.__open = [];
    const start = () => {
      w.__t0 = performance.now();
      w.__from = location.pathname;
    };
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && e.ctrlKey) start();
      },
      true,
    );
    document.addEventListener(
      'mousedown',
      (e) => {
        if ((e.target as Element).closest('[data-position] a')) start();
      },
      true,
    );
    document.addEventListener('focusin', (e) => {
      if (w.__t0 != null && location.pathname !== w.__from && (e.target as Element).closest('[data-flow]')) {
        w.__open.push(performance.now() - w.__t0);
        w.__t0 = null;
      }
    });
  });
}

describe('pace', () => {
  it('opens the next case fast after Ctrl+Enter (median of 7) and shows the real pace on the session page', async () => {
    await open(8);
    await recordOpenTimes();
    const fetches: string[] = [];
    for (let i = 8; i < 15; i++) {
      await page.waitForTimeout(300);
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press('Control+Enter');
      await page.waitForURL(s.caseUrls[i + 1], { timeout: 10_000 });
      await page.waitForFunction((n) => (window as unknown as { __open: number[] }).__open.length >= n, i - 7);
      fetches.push(
        await page.evaluate(
          (t) =>
            (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((e) => e.initiatorType === 'fetch' && e.startTime >= t)
              .map((e) => e.duration.toFixed(0))
              .join('+'),
          t0,
        ),
      );
    }
    const times = await page.evaluate(() => (window as unknown as { __open: number[] }).__open);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `open next case (Ctrl+Enter → next case's first question focused), ms: ${times.map((t) => t.toFixed(0)).join(', ')}; median ${median(times).toFixed(0)}; fetches (finish action + page) ms: ${fetches.join(', ')}`,
    );
    expect(times).toHaveLength(7);
    // Baseline in the same run: opening a case with the "volgende ›" link alone (no finishing), between open cases.
    await open(0);
    await recordOpenTimes();
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(300);
      await page.locator('[data-position]').getByRole('link', { name: 'Volgend dossier' }).click();
      await page.waitForURL(s.caseUrls[i + 1]);
      await page.waitForFunction((n) => (window as unknown as { __open: number[] }).__open.length >= n, i + 1);
    }
    const base = await page.evaluate(() => (window as unknown as { __open: number[] }).__open);
    // Wide screen, with the type-ahead open: to look at (not compared).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(1);
    await page.keyboard.press('Alt+2');
    await page.keyboard.press('/');
    await page.keyboard.type('ge');
    await page.screenshot({ path: `${SHOTS}/case-1920x1080.png` });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 720 });
    console.log(
      `baseline: open a case by link, ms: ${base.map((t) => t.toFixed(0)).join(', ')}; median ${median(base).toFixed(0)}; ratio ${(median(times) / median(base)).toFixed(2)}`,
    );
    await page.goto(s.sessionUrl);
    await page.locator('[data-pace-rate]').waitFor(); // read from localStorage after hydration
    await expect(page.locator('[data-pace]').textContent()).resolves.toMatch(
      /tempo [\d.,]+ dossiers per uur · gemiddeld \d+:\d\d per besproken dossier/,
    );
    await page.screenshot({ path: `${SHOTS}/session-1280x720.png`, fullPage: true });
  }, 120_000);
});
