import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { answerTypicalCase, KeyCounter } from './interview-keys';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listInterviewProgress } from '@/db/queries/interviews';

let browser: Browser;
let page: Page;
let sessionUrl: string;
let resultsUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, inject('baseURL'));
  // A study of its own (the demo frame) with a draw for one caseworker, through the same db code the app uses.
  const db = createDb(inject('dbFile'));
  const studyId = insertStudy(
    db,
    { name: 'E2E interviews', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    'e2e',
  );
  replaceFrame(db, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  storeNewDraw(db, { studyId, seed: 4242, perCaseworker: 12, reserves: 3, caseworkers: ['Daan Visser'], actor: 'e2e' });
  const { caseworkerId } = listInterviewProgress(db, studyId)!.caseworkers[0];
  db.$client.close();
  sessionUrl = `${inject('baseURL')}/onderzoeken/${studyId}/interviews/${caseworkerId}`;
  resultsUrl = `${inject('baseURL')}/onderzoeken/${studyId}/resultaten`;
});
afterAll(async () => browser?.close());

async function openNextCase() {
  await page.goto(sessionUrl);
  await page.getByRole('link', { name: /Volgend dossier/ }).click();
  await page.locator('.interview').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-key') === 'A1');
  return (await page.locator('.interview-bar strong').textContent())!.replace('Dossier ', '');
}

describe('interview guide, keyboard only', () => {
  it('starts with empty results', async () => {
    await page.goto(resultsUrl);
    await page.getByText('Nog geen afgeronde dossiers.').waitFor();
  });

  it('finishes three typical cases with the keyboard alone, each in ≤ 80 key presses', async () => {
    const presses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const dossier = await openNextCase();
      const keys = new KeyCounter(page);
      await answerTypicalCase(page, keys);
      await page
        .waitForFunction((d) => !document.querySelector('.interview-bar strong')?.textContent?.includes(d), dossier, {
          timeout: 10_000,
        })
        .catch(async (err) => {
          throw new Error(
            `case ${dossier} not finished: ${(await page.locator('.alert').allTextContents()).join(' | ')} storage=${await page.evaluate(() => JSON.stringify(localStorage))} state=${await page.locator('.save-state').textContent()} focus=${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`,
            { cause: err },
          );
        });
      presses.push(keys.count);
      await page.goto(sessionUrl);
      await expect(page.getByRole('row', { name: new RegExp(dossier) }).textContent()).resolves.toMatch(/besproken/);
    }
    console.log(`key presses per typical case: ${presses.join(', ')}`);
    for (const n of presses) expect(n).toBeLessThanOrEqual(80);
  }, 120_000);

  it('shows the finished cases on the results page', async () => {
    await page.goto(resultsUrl);
    await expect(page.getByTestId('completeness').textContent()).resolves.toMatch(
      /3 van 12 dossiers besproken; de schatting gebruikt 3 afgeronde dossiers/,
    );
    const row = page
      .getByRole('table', { name: 'Trajecten per huishouden' })
      .locator('tr[data-input="trajecten_per_hh"]');
    await expect(row.textContent()).resolves.toMatch(/^Trajecten per huishouden2,00.*3$/);
    const extra = page
      .getByRole('table', { name: 'Trajecten per huishouden' })
      .locator('tr[data-input="prof_extra_per_hh"]');
    await expect(extra.textContent()).resolves.toMatch(/^Prof\. extra1,00/);
  });
});

async function waitSaved(p: Page = page) {
  await p.locator('.save-state[data-state="saved"]').waitFor();
}

const choiceValue = (p: Page, key: string) => p.locator(`[data-key="${key}"] [aria-checked="true"]`).textContent();

describe('autosave', () => {
  it('keeps every answer across a reload, also one typed just before it', async () => {
    await openNextCase();
    const caseUrl = page.url();
    await page.keyboard.press('Enter');
    await page.keyboard.press('k'); // A2 paar met kinderen
    await page.keyboard.type('3'); // A3, reload before the debounce has passed
    await page.reload();
    await page.locator('.interview').waitFor();
    await waitSaved();
    await page.goto(caseUrl); // a fresh load: what the server has
    await expect(choiceValue(page, 'A2')).resolves.toMatch(/paar met kinderen/);
    await expect(page.locator('[data-key="A3"]').inputValue()).resolves.toBe('3');
  });

  it('shows the live tally as answers come in', async () => {
    await page.locator('[data-key="B.financien.aanvang"]').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    await page.keyboard.press('d');
    await expect(page.locator('[data-tally="problemStart"]').textContent()).resolves.toBe('1 (nog 12 open)');
    await expect(page.locator('[data-tally="netImprovement"]').textContent()).resolves.toBe('0,5');
  });

  it('queues answers while the server is unreachable and syncs them when it is back', async () => {
    const caseUrl = page.url();
    await waitSaved();
    await page.context().setOffline(true);
    await page.locator('[data-key="A4"]').focus();
    await page.keyboard.press('w'); // A4 werk
    await page.keyboard.press('j'); // A5 ja
    await page.locator('.save-state[data-state="offline"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('.save-state').textContent()).resolves.toMatch(
      /Offline – [12] antwoord(en)? bewaard in deze browser/,
    ); // #18: calm, not red
    await page.context().setOffline(false);
    await waitSaved();
    await page.goto(caseUrl);
    await expect(choiceValue(page, 'A4')).resolves.toMatch(/werk/);
    await expect(choiceValue(page, 'A5')).resolves.toMatch(/ja/);
  });

  it('shows a conflict when someone else changed the same answer, and lets the user choose', async () => {
    const caseUrl = page.url();
    const other = await newPage(browser, inject('baseURL')); // another browser: its own local storage
    await other.goto(caseUrl);
    await other.locator('.interview').waitFor();
    await page.locator('[data-key="A10"]').focus();
    await page.keyboard.press('a'); // A10 actief, saved by the first researcher
    await waitSaved();
    await other.locator('[data-key="A10"]').focus();
    await other.keyboard.press('s'); // A10 afgesloten, from a stale page
    const conflict = other.locator('[data-conflict="A10"]');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toMatch(/afgesloten.*actief/);
    await conflict.getByRole('button', { name: 'Opgeslagen waarde nemen' }).click();
    await waitSaved(other);
    await expect(choiceValue(other, 'A10')).resolves.toMatch(/actief/);
    await page.goto(caseUrl);
    await expect(choiceValue(page, 'A10')).resolves.toMatch(/actief/);
    await other.context().close();
  });

  it('refuses to finish an incomplete case and points at the field', async () => {
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'Nog niet compleet' }).waitFor();
    const alert = await page.getByRole('alert').filter({ hasText: 'Nog niet compleet' }).textContent();
    expect(alert).toMatch(/Was er bij aanvang een lopende interventie\? ontbreekt/);
    expect(alert).toMatch(/Leefgebied Werk en opleiding: probleem bij aanvang ontbreekt/);
    expect(alert).not.toMatch(/\b[A-F]\d{1,2}\b|\b[BCD]\.[a-z]/); // no internal key in any message
  });

  it('refuses personal data in the note', async () => {
    await page.locator('[data-key="F1"]').fill('bel 06-12345678');
    await expect(page.locator('#F1-msg').textContent()).resolves.toMatch(/telefoonnummer/);
  });
});
