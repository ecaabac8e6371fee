import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage } from './browser';
import { compareWithReference } from './visual';

const currentPage = usePage();

const node = (page: Page, title: string) => page.locator('.react-flow__node-card').filter({ hasText: title });
const focusNode = async (page: Page, title: string) => node(page, title).focus(); // keyboard focus, no click
const saved = (page: Page) =>
  page
    .getByTestId('arena-save-state')
    .filter({ hasText: /^Opgeslagen$/ })
    .waitFor();

async function addCardByKeyboard(page: Page, column: string, title: string) {
  await page.keyboard.press('n');
  await page.locator('#arena-new-title:focus').waitFor();
  await page.keyboard.press('Shift+Tab');
  await page.locator('#arena-new-column:focus').selectOption({ label: column });
  await page.keyboard.press('Tab');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await node(page, title).waitFor();
}

async function arrowByKeyboard(page: Page, from: string, toOption: string) {
  await focusNode(page, from);
  await page.keyboard.press('p');
  await page.locator('#arena-arrow-to:focus').waitFor();
  await page.locator('#arena-arrow-to:focus').selectOption({ label: toOption });
  await page.keyboard.press('Enter');
}

describe('EffectenArena in the browser', () => {
  it("a new study starts from the report's scheme, which matches the visual reference", async () => {
    const page = currentPage();
    page.setDefaultTimeout(10_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/onderzoeken/nieuw');
    await page.getByLabel('Naam van het onderzoek').fill('Arena e2e');
    await page.getByLabel('Gemeente').fill('Groningen');
    await page.getByLabel('Jaar').fill('2018');
    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await page.waitForURL(/\/onderzoeken\/\d+$/);
    await page.getByRole('link', { name: /beleidstheorie/ }).click();
    await page.getByRole('heading', { name: 'EffectenArena: Arena e2e' }).waitFor();

    // Unsaved, A–E with every MKBA line covered; a new study has no results, so the canvas is deterministic.
    await expect(page.locator('.react-flow__node-card').count()).resolves.toBe(18);
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(23);
    await page.getByTestId('arena-gaps').getByText('Elk effect wordt gemeten').waitFor();
    await page.getByTestId('arena-save-state').filter({ hasText: 'nog niet opgeslagen' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300); // fitView settles after the nodes are measured
    const shot = await page.getByTestId('arena-canvas').screenshot({ animations: 'disabled', caret: 'hide' });
    const { ratio } = compareWithReference('arena-default', shot);
    expect(ratio).toBeLessThan(0.005);
  });

  it('build with the keyboard, link an effect to B3, see it on the uitvoerscherm, print on A3', async () => {
    const page = currentPage();
    page.setDefaultTimeout(10_000);
    // The demo study has the report's kengetallen, so its uitvoerscherm shows the MKBA lines.
    await page.goto('/');
    await page.getByRole('link', { name: /Demo: WIJ-teams/ }).click();
    await page.waitForURL(/\/onderzoeken\/\d+$/);
    const studyUrl = new URL(page.url()).pathname;
    await page.goto(`${studyUrl}/arena`);
    await node(page, 'E Voorkomen terugval').waitFor();
    const edges = await page.locator('.react-flow__edge').count();

    await focusNode(page, 'Verkokerde hulp');
    await addCardByKeyboard(page, '2. Nulalternatief & interventie', 'Wijkteam Oost');
    await page.keyboard.press('Escape');
    await focusNode(page, 'Wijkteam Oost');
    await addCardByKeyboard(page, '3. Investeerders', 'Minder huisuitzettingen');
    await focusNode(page, 'Wijkteam Oost');
    await addCardByKeyboard(page, '5. Incasseerders', 'Woningcorporatie');

    // Move "Minder huisuitzettingen" one column right (investeerders → effecten) and edit its title.
    await focusNode(page, 'Minder huisuitzettingen');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.locator('#arena-card-column').inputValue()).resolves.toBe('effecten');
    await focusNode(page, 'Minder huisuitzettingen');
    await page.keyboard.press('Enter');
    await page.locator('#arena-card-title:focus').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' in Oost');
    // Link it to B3 (Space on the focused checkbox) and to the codebook question that measures it.
    await page.getByLabel('B3 Voorkomen escalatie').focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('B3 Voorkomen escalatie').isChecked()).resolves.toBe(true);
    await page.getByLabel('D.status Escalaties: Status').focus();
    await page.keyboard.press('Space');

    await arrowByKeyboard(page, 'Wijkteam Oost', 'Effecten: Minder huisuitzettingen in Oost');
    await arrowByKeyboard(page, 'Minder huisuitzettingen in Oost', 'Incasseerders: Woningcorporatie');
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(edges + 2);
    await expect(node(page, 'Minder huisuitzettingen in Oost').textContent()).resolves.toContain('B3');
    await saved(page);

    // The uitvoerscherm (#8) shows per MKBA line the effect it comes from.
    await page.goto(`${studyUrl}/mkba`);
    const cell = page.locator('tr[data-line="B3"] [data-testid="line-effects"]');
    await cell.waitFor();
    await expect(cell.textContent()).resolves.toContain('Minder huisuitzettingen in Oost');

    // Reload: the canvas was stored; print on A3 landscape.
    await page.goto(`${studyUrl}/arena`);
    await node(page, 'Minder huisuitzettingen in Oost').waitFor();
    await page.getByLabel('Papier').selectOption('A3');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    // A3 landscape is 1190.55 × 841.89 pt (Chromium rounds to whole CSS pixels).
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([1191, 842]);
  }, 120_000);
});
