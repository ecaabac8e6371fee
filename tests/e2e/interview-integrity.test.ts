/**
 * Issue "Interview data integrity" in the browser: an extra Enter never shifts answers into another
 * row, the rest keys answer explicitly, finishing names what is missing by its Dutch label,
 * changed answers mark their dependants "controleren", quality warnings are confirmed with one key,
 * and a finished case that loses a required answer leaves the estimates. The case page answers 200.
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listInterviewProgress } from '@/db/queries/interviews';
import { listDrawItems } from '@/db/queries/sample-items';
import { getAnswers } from '@/db/queries/answers';

let browser: Browser;
let page: Page;
let caseUrls: string[];
let itemIds: number[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, inject('baseURL'));
  const db = createDb(inject('dbFile'));
  const studyId = insertStudy(
    db,
    { name: 'E2E integriteit', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    'e2e',
  );
  replaceFrame(db, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  const draw = storeNewDraw(db, {
    studyId,
    seed: 77,
    perCaseworker: 6,
    reserves: 1,
    caseworkers: ['Daan Visser'],
    actor: 'e2e',
  });
  const { caseworkerId } = listInterviewProgress(db, studyId)!.caseworkers[0];
  const items = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
  itemIds = items.map((i) => i.id);
  caseUrls = items.map((i) => `${inject('baseURL')}/onderzoeken/${studyId}/interviews/${caseworkerId}/${i.id}`);
  db.$client.close();
});
afterAll(async () => browser?.close());

const answersOf = (i: number) => {
  const db = createDb(inject('dbFile'));
  try {
    return Object.fromEntries(Object.entries(getAnswers(db, itemIds[i])).map(([k, a]) => [k, a.value]));
  } finally {
    db.$client.close();
  }
};
const waitSaved = () => page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
const checked = (key: string) => page.locator(`[data-key="${key}"] [aria-checked="true"]`).count();

async function open(i: number) {
  const res = await page.goto(caseUrls[i]);
  expect(res?.status()).toBe(200); // rendered on the server without touching localStorage
  await page.locator('.interview').waitFor();
}

describe('keyboard: nothing shifts, nothing is assumed', () => {
  it('keeps an extra Enter on an unanswered row on that row', async () => {
    await open(0);
    await page.locator('[data-key="B.financien.aanvang"]').focus();
    await page.keyboard.press('j'); // financien: problem at the start
    await page.keyboard.press('n'); //   now: no
    await page.keyboard.press('j'); //   attributable: ja
    await page.keyboard.press('Enter'); // the extra Enter, on werk_opleiding (unanswered)
    await page.getByText('Nog niet beantwoord').first().waitFor();
    await page.keyboard.press('n'); // answers werk_opleiding, not the next row
    await page.keyboard.press('j'); // dagbesteding: ja
    await waitSaved();
    const a = answersOf(0);
    expect(a['B.werk_opleiding.aanvang']).toBe('nee');
    expect(a['B.dagbesteding.aanvang']).toBe('ja');
    expect(a['B.huisvesting.aanvang']).toBeUndefined();
  });

  it('answers the remaining rows with the rest key, explicitly, and moves on to what is open', async () => {
    await page.locator('[data-key="B.dagbesteding.nu"]').focus();
    await page.keyboard.press('n'); // dagbesteding now: nee
    await page.keyboard.press('j'); //   attributable: ja
    await page.keyboard.press('r'); // rest: no problem on the other leefgebieden
    await waitSaved();
    const focus = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(focus, `focus after the rest key; answers: ${JSON.stringify(answersOf(0))}`).toBe('B2');
    const a = answersOf(0);
    expect(a['B.huisvesting.aanvang']).toBe('nee');
    expect(a['B.financien.aanvang']).toBe('ja'); // answered rows untouched
    expect(Object.keys(a).filter((k) => /^B\.[a-z_]+\.aanvang$/.test(k))).toHaveLength(13);
  });

  it('refuses to finish a nearly empty case, naming each open question by its Dutch label', async () => {
    await open(1);
    await page.locator('[data-key="A8"]').focus();
    await page.keyboard.press('j');
    await page.locator('[data-key="E1"]').fill('12');
    await waitSaved();
    await page.keyboard.press('Control+Enter');
    const alert = page.locator('[data-finish="error"]');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toMatch(/Leefgebied Huisvesting: probleem bij aanvang ontbreekt/);
    expect(text).toMatch(/Escalatie Huisuitzetting: status ontbreekt/);
    expect(text).not.toMatch(/\b[A-F]\d{1,2}\b|\b[BCD]\.[a-z]|_/);
    await page.screenshot({ path: path.join(os.tmpdir(), 'dossier-finish-refused.png') }); // to look at, not compared
    await alert.getByRole('button', { name: /Leefgebied Financiën/ }).click(); // each message links to its field
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-key'))).resolves.toBe(
      'B.financien.aanvang',
    );
  });
});

describe('dependent answers and quality warnings', () => {
  it('marks "nu" controleren after aanvang changed, and one Enter confirms it', async () => {
    await open(2);
    await page.locator('[data-key="B.huisvesting.aanvang"]').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j'); // now: still a problem
    await waitSaved();
    await page.locator('[data-key="B.huisvesting.aanvang"]').focus();
    await page.keyboard.press('n'); // corrected: no problem at the start
    await page.locator('[data-key="B.huisvesting.nu"][data-check]').waitFor();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-finish="error"]').textContent()).resolves.toMatch(
      /Leefgebied Huisvesting: probleem nu \/ bij afsluiten: controleren, want "Leefgebied Huisvesting: probleem bij aanvang" is gewijzigd/,
    );
    await page.locator('[data-key="B.huisvesting.nu"]').focus();
    await page.keyboard.press('Enter'); // klopt: the problem arose during the case
    await waitSaved();
    await expect(page.locator('[data-key="B.huisvesting.nu"][data-check]').count()).resolves.toBe(0);
  });

  it('finishes only after the warnings are confirmed, each with one key', async () => {
    await page.locator('[data-key="A8"]').focus();
    await page.keyboard.press('j');
    await page.locator('[data-key="B.financien.aanvang"]').focus();
    await page.keyboard.press('r');
    await page.locator('[data-key="D.huisuitzetting.status"]').focus();
    await page.keyboard.press('r');
    await page.locator('[data-key="E1"]').fill('0');
    await waitSaved();
    await page.keyboard.press('Control+Enter');
    const panel = page.locator('[data-finish="warn"]');
    await panel.waitFor({ timeout: 10_000 }).catch(async (err) => {
      throw new Error(`no warnings panel: ${(await page.locator('[role=alert]').allTextContents()).join(' | ')}`, {
        cause: err,
      });
    });
    await expect(panel.textContent()).resolves.toMatch(/Leefgebied Huisvesting: verslechterd.*0 uur/s);
    await page.keyboard.press('Enter'); // klopt (verslechterd)
    await page.keyboard.press('Enter'); // klopt (0 uur) → finished, next case
    await page
      .waitForURL((u) => !u.pathname.endsWith(`/${itemIds[2]}`), { timeout: 10_000 })
      .catch(async (err) => {
        throw new Error(
          `not finished: ${(await page.locator('[role=alert]').allTextContents()).join(' | ')} focus=${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 150))}`,
          { cause: err },
        );
      });
    await open(2);
    await expect(page.locator('.alert.ok').first().textContent()).resolves.toMatch(/al besproken/);
  });

  it('takes a finished case out of the estimates when a required answer is cleared', async () => {
    await page.locator('[data-key="E1"]').fill('');
    await page.locator('[data-incomplete]').waitFor();
    await expect(page.locator('[data-incomplete]').textContent()).resolves.toMatch(/telt niet mee/);
    await page.reload();
    await page.locator('.interview').waitFor();
    await expect(page.locator('[data-incomplete]').textContent()).resolves.toMatch(/telt niet mee/);
    await expect(checked('A8')).resolves.toBe(1);
  });
});
