import { describe, expect, it } from 'vitest';
import { usePage } from './browser';
import { csvBuffer, VALID_BSN, xlsxBuffer } from '../fixtures/frame-files';

const currentPage = usePage();

async function createStudy(name: string): Promise<string> {
  const page = currentPage();
  await page.goto('/onderzoeken/nieuw');
  await page.getByLabel('Naam van het onderzoek').fill(name);
  await page.getByLabel('Gemeente').fill('Groningen');
  await page.getByLabel('Jaar').fill('2018');
  await page.getByLabel('Caseload: huishoudens').fill('2500');
  await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
  await page.waitForURL(/\/onderzoeken\/\d+$/);
  return page.url();
}

describe('frame import in the browser', () => {
  it('shows the demo study on the studies page', async () => {
    const page = currentPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Demo: WIJ-teams/ }).count()).resolves.toBe(1);
  });

  it('validates the new-study form in Dutch', async () => {
    const page = currentPage();
    await page.goto('/onderzoeken/nieuw');
    await page.getByLabel('Jaar').fill('18');
    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await expect(page.locator('#name-error').textContent()).resolves.toMatch(/minstens 3 tekens/);
    await expect(page.locator('#year-error').textContent()).resolves.toMatch(/tussen 2000 en 2100/);
  });

  it('create a study → import a frame → see the counts', async () => {
    const page = currentPage();
    const studyUrl = await createStudy('E2E kaderimport');
    await expect(page.locator('[data-step="kader"] .badge').textContent()).resolves.toBe('te doen');

    await page.getByRole('link', { name: 'Kader importeren' }).first().click();
    const xlsx = await xlsxBuffer({
      title: 'Caseload 2018',
      headers: ['Dossier nr', 'Medewerker', 'Wijk', 'Startdatum'],
      rows: [
        ['000101', 'Anouk de Vries', 'Beijum', new Date(Date.UTC(2018, 2, 1))],
        ['000102', 'Anouk de Vries', 'Beijum', null],
        ['000103', 'Bram Jansen', 'Hoogkerk', '5-6-2018'],
      ],
    });
    await page.setInputFiles('#kaderbestand', {
      name: 'caseload.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await page.getByRole('heading', { name: 'Voorvertoning' }).waitFor();
    await expect(page.getByText('Geen problemen gevonden: 3 dossiers, 2 teams, 2 teamleden.').count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: 'Eerste rijen' }).textContent()).resolves.toContain('000101');
    await expect(page.getByRole('table', { name: 'Kolomtoewijzing' }).textContent()).resolves.toMatch(
      /Dossier nrdossiernummer/,
    );

    await page.getByRole('button', { name: 'Importeren (3 dossiers)' }).click();
    await page.getByText('3 dossiers geïmporteerd.').waitFor();
    await page.getByRole('link', { name: 'Teams en teamleden bekijken' }).click();
    const teams = await page.getByRole('table', { name: 'Teams' }).textContent();
    expect(teams).toMatch(/Beijum12/);
    expect(teams).toMatch(/Hoogkerk11/);
    await expect(page.getByRole('table', { name: 'Teamleden' }).textContent()).resolves.toMatch(
      /Anouk de VriesBeijum2/,
    );

    await page.goto(studyUrl);
    await expect(page.locator('[data-step="kader"]').textContent()).resolves.toMatch(
      /klaar3 dossiers, 2 teams, 2 teamleden/,
    );
  });

  it('refuses personal data with a table of problems and stores nothing', async () => {
    const page = currentPage();
    const studyUrl = await createStudy('E2E persoonsgegevens');
    await page.goto(`${studyUrl}/kader`);
    const csv = csvBuffer(
      ['dossiernummer;teamlid;team;Naam cliënt', `1;Anouk;${VALID_BSN};Jan Jansen`, '1;Anouk;Beijum;Piet'],
      { bom: true },
    );
    await page.setInputFiles('#kaderbestand', { name: 'kader.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('heading', { name: 'Voorvertoning' }).waitFor();
    const problems = await page.getByRole('table', { name: 'Problemen' }).textContent();
    expect(problems).toMatch(/Naam cliënt.*persoonsgegevens/);
    expect(problems).not.toContain(VALID_BSN);
    expect(problems).not.toContain('Jan Jansen');
    await expect(page.getByRole('button', { name: 'Importeren' }).isDisabled()).resolves.toBe(true);
    await page.goto(studyUrl);
    await expect(page.locator('[data-step="kader"] .badge').textContent()).resolves.toBe('te doen');
  });

  it('tells a PDF renamed to .xlsx apart', async () => {
    const page = currentPage();
    const studyUrl = await createStudy('E2E pdf');
    await page.goto(`${studyUrl}/kader`);
    await page.setInputFiles('#kaderbestand', {
      name: 'caseload.xlsx',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.getByRole('alert').filter({ hasText: 'PDF-bestand' }).waitFor();
  });
});
