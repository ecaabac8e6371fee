import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { usePage } from './browser';

const currentPage = usePage();

const STUDY = 'Workshop e2e';
/** A card on the canvas: React Flow gives each node role group and our aria-label "Kaart: <titel>". */
const card = (page: Page, title: string) => page.getByRole('group', { name: `Kaart: ${title}`, exact: true });
const allCards = (page: Page) => page.getByRole('group', { name: /^Kaart: / });
const allArrows = (page: Page) => page.getByLabel(/^Pijl p\d+$/);
const saveState = (page: Page) =>
  page.getByRole('status').filter({
    hasText:
      /^(Opgeslagen|Opslaan…|Niet opgeslagen wijzigingen|Standaardschema, nog niet opgeslagen|Conflict: niet opgeslagen|Opslaan mislukt)$/,
  });

/**
 * Waits until the autosave says "Opgeslagen" and keeps saying it for longer than its 700 ms
 * debounce, so a change whose save has not started yet cannot slip through.
 */
async function savedForGood(page: Page) {
  const state = saveState(page);
  let since = 0;
  await expect
    .poll(
      async () => {
        if ((await state.textContent()) !== 'Opgeslagen') {
          since = 0;
          return false;
        }
        since ||= Date.now();
        return Date.now() - since > 1200;
      },
      { timeout: 15_000, interval: 150 },
    )
    .toBe(true);
}

async function isFocused(locator: Locator) {
  return locator.evaluate((el) => el === document.activeElement);
}

/** The cells (✓ / – per group, then the verdict) of the compare table's row for a card or arrow. */
async function compareCells(compare: Locator, rowTitle: string): Promise<string[]> {
  const row = compare
    .getByRole('row')
    .filter({ has: compare.page().getByRole('rowheader', { name: rowTitle, exact: true }) });
  await expect(row.count()).resolves.toBe(1);
  return row.getByRole('cell').allTextContents();
}

async function createGroup(page: Page, name: string, fromTemplate: boolean): Promise<number> {
  const form = page.getByRole('form', { name: 'Nieuwe groep' });
  await form.getByLabel('Naam').fill(name);
  const template = form.getByLabel('Beginnen met het standaardschema uit het rapport');
  await expect(template.isChecked()).resolves.toBe(true); // the default
  if (!fromTemplate) await template.uncheck();
  await form.getByRole('button', { name: 'Groep aanmaken' }).click();
  await page.getByRole('heading', { name: `EffectenArena: ${name}` }).waitFor();
  const id = /\/arena\/groepen\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeDefined();
  return Number(id);
}

describe('EffectenArena workshop in the browser', () => {
  it('two groups draw their own canvas, the compare view shows agreement and difference, the merge fills the study canvas and is recorded', async () => {
    const page = currentPage();
    page.setDefaultTimeout(15_000);

    // A new study, through the UI.
    await page.goto('/onderzoeken/nieuw');
    await page.getByLabel('Naam van het onderzoek').fill(STUDY);
    await page.getByLabel('Gemeente').fill('Groningen');
    await page.getByLabel('Jaar').fill('2018');
    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await page.waitForURL(/\/onderzoeken\/\d+$/);
    const studyPath = new URL(page.url()).pathname;

    // Study overview → EffectenArena (still the unsaved template) → workshop.
    await page.getByRole('link', { name: /beleidstheorie/ }).click();
    await page.getByRole('heading', { name: `EffectenArena: ${STUDY}` }).waitFor();
    await saveState(page).filter({ hasText: 'Standaardschema, nog niet opgeslagen' }).waitFor();
    await page.getByRole('link', { name: 'Workshop: groepscanvassen (0)' }).click();
    await page.getByRole('heading', { name: 'Workshop: groepscanvassen' }).waitFor();
    await page.getByText('Nog geen groepen.').waitFor();
    await expect(page.getByRole('form', { name: 'Samenvoegen' }).count()).resolves.toBe(0);

    // Group 1 starts from the report's scheme and adds "Buurtbudget" with the keyboard only.
    const north = await createGroup(page, 'Groep Noord', true);
    await card(page, 'B Meer en eerder bereik').waitFor();
    await expect(allCards(page).count()).resolves.toBe(18);
    await card(page, 'B Meer en eerder bereik').focus(); // keyboard focus on the card, no click
    await page.keyboard.press('n');
    const newCard = page.getByRole('form', { name: 'Nieuwe kaart' });
    await expect.poll(() => isFocused(newCard.getByLabel('Titel'))).toBe(true);
    // N takes the column of the focused card.
    await expect(newCard.getByLabel('Kolom').inputValue()).resolves.toBe('effecten');
    await page.keyboard.type('Buurtbudget');
    await page.keyboard.press('Enter');
    await card(page, 'Buurtbudget').waitFor();
    await savedForGood(page);
    await page.reload();
    await card(page, 'Buurtbudget').waitFor();
    await expect(allCards(page).count()).resolves.toBe(19);

    // Group 2 starts empty and draws with the form controls: the same effect B in other spelling,
    // a card of its own, and an arrow between them.
    await page.getByRole('link', { name: 'Groepen', exact: true }).click();
    await page.getByRole('heading', { name: 'Workshop: groepscanvassen' }).waitFor();
    const south = await createGroup(page, 'Groep Zuid', false);
    expect(south).not.toBe(north); // two canvases of their own
    await saveState(page)
      .filter({ hasText: /^Opgeslagen$/ })
      .waitFor();
    await expect(allCards(page).count()).resolves.toBe(0);
    await newCard.getByLabel('Kolom').selectOption({ label: '4. Effecten' });
    await newCard.getByLabel('Titel').fill('b meer en eerder bereik!');
    await newCard.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await card(page, 'b meer en eerder bereik!').waitFor();
    await newCard.getByLabel('Kolom').selectOption({ label: '5. Incasseerders' });
    await newCard.getByLabel('Titel').fill('Woningcorporatie');
    await newCard.getByRole('button', { name: 'Kaart toevoegen' }).click();
    await card(page, 'Woningcorporatie').waitFor();
    await page.getByLabel('Kaart kiezen').selectOption({ label: 'Effecten: b meer en eerder bereik!' });
    const arrows = page.getByRole('region', { name: 'Pijlen' });
    await arrows
      .getByLabel('Pijl van “b meer en eerder bereik!” naar')
      .selectOption({ label: 'Incasseerders: Woningcorporatie' });
    await arrows.getByRole('button', { name: 'Pijl toevoegen' }).click();
    await arrows
      .getByRole('button', { name: 'Pijl b meer en eerder bereik! naar Woningcorporatie verwijderen' })
      .waitFor();
    await savedForGood(page);
    await page.reload();
    await card(page, 'Woningcorporatie').waitFor();
    await expect(allCards(page).count()).resolves.toBe(2);
    await expect(allArrows(page).count()).resolves.toBe(1);

    // The compare view: one column per group, a row per matched card or arrow.
    await page.getByRole('link', { name: 'Groepen', exact: true }).click();
    await page.getByRole('heading', { name: 'Workshop: groepscanvassen' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Groep Noord' }) })
      .getByText('19 kaarten, 23 pijlen')
      .waitFor();
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Groep Zuid' }) })
      .getByText('2 kaarten, 1 pijlen')
      .waitFor();
    const compare = page.getByRole('region', { name: 'Vergelijking van de groepen' });
    await expect(compare.getByRole('columnheader').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Kaart of pijl', 'Groep Noord', 'Groep Zuid', 'Oordeel']),
    );
    // 20 cards and 24 arrows over both groups; only effect B (matched despite case and punctuation) is in both.
    await compare.getByText('1 van 44 kaarten en pijlen komen in alle groepen voor').waitFor();
    await expect(compareCells(compare, 'B Meer en eerder bereik')).resolves.toEqual(['✓', '✓', 'eens']);
    await expect(compareCells(compare, 'Buurtbudget')).resolves.toEqual(['✓', '–', 'verschil']);
    await expect(compareCells(compare, 'Woningcorporatie')).resolves.toEqual(['–', '✓', 'verschil']);
    await expect(compareCells(compare, 'Interventie: wijkteam')).resolves.toEqual(['✓', '–', 'verschil']);
    await expect(compareCells(compare, 'b meer en eerder bereik! → Woningcorporatie')).resolves.toEqual([
      '–',
      '✓',
      'verschil',
    ]);

    // Merge both groups into the study canvas (none saved yet, so no confirmation is asked).
    const merge = page.getByRole('form', { name: 'Samenvoegen' });
    await expect(merge.getByRole('checkbox', { name: 'Groep Noord' }).isChecked()).resolves.toBe(true);
    await expect(merge.getByRole('checkbox', { name: 'Groep Zuid' }).isChecked()).resolves.toBe(true);
    await merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `${studyPath}/arena`);
    await page.getByRole('heading', { name: `EffectenArena: ${STUDY}` }).waitFor();

    // The study canvas is the union: the template, Buurtbudget from Noord, Woningcorporatie and
    // its arrow from Zuid, with the two spellings of effect B as one card.
    await card(page, 'Buurtbudget').waitFor();
    await card(page, 'Woningcorporatie').waitFor();
    await expect(card(page, 'B Meer en eerder bereik').count()).resolves.toBe(1);
    await expect(card(page, 'b meer en eerder bereik!').count()).resolves.toBe(0);
    await expect(allCards(page).count()).resolves.toBe(20);
    await expect(allArrows(page).count()).resolves.toBe(24);
    await page.getByLabel('Kaart kiezen').selectOption({ label: 'Effecten: B Meer en eerder bereik' });
    await arrows
      .getByRole('button', { name: 'Pijl B Meer en eerder bereik naar Woningcorporatie verwijderen' })
      .waitFor();
    // Saved (not the unsaved template any more), and the merge is shown: from how many groups, when, by whom.
    await expect(saveState(page).textContent()).resolves.toBe('Opgeslagen');
    await page.getByText(/Versie 1, .* door e2e\. Samengevoegd uit 2 groepen op .+ door e2e\./).waitFor();
    await page.getByRole('link', { name: 'Workshop: groepscanvassen (2)' }).click();
    await page
      .getByRole('form', { name: 'Samenvoegen' })
      .getByText(/Laatst samengevoegd op .* door e2e\./)
      .waitFor();

    // The audit trail, filtered on the action as a researcher would: which groups, by whom, old → new.
    await page.goto(`${studyPath}/audit`);
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Actie').selectOption('arena.merge');
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL((u) => u.searchParams.get('actie') === 'arena.merge');
    await page.locator('[data-audit-total="1"]').waitFor();
    const audit = page.getByRole('table', { name: 'Audittrail' });
    const rows = await audit
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'EffectenArena samengevoegd', exact: true }) })
      .all();
    expect(rows).toHaveLength(1);
    const cells = await rows[0].getByRole('cell').allTextContents();
    expect(cells[1]).toBe('e2e'); // wie
    // Old → new in words, not JSON: the study canvas now holds the merged 20 cards.
    const change = cells.slice(3).join(' ');
    expect(change).toContain('20 kaarten');
    expect(change).not.toMatch(/[{}"]/);
  }, 120_000);
});
