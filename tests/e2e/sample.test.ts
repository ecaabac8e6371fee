import { describe, expect, it } from 'vitest';
import { usePage } from './browser';

const currentPage = usePage();

describe('sample in the browser', () => {
  it('set up a draw → see the certificate → replace a case', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.getByRole('link', { name: /Demo: WIJ-teams/ }).click();
    await page.getByRole('link', { name: 'Steekproef' }).click();
    await page.getByRole('heading', { name: 'Steekproef instellen' }).waitFor();

    // Two caseworkers only, 4 + 2 each, fixed seed.
    await page.getByRole('button', { name: 'Niets' }).click();
    await page.getByLabel('Anouk de Vries').check();
    await page.getByLabel('Bram Jansen').check();
    await page.getByLabel('Dossiers per teamlid').fill('4');
    await page.getByLabel('Reserves per teamlid').fill('2');
    await page.getByLabel('Seed', { exact: true }).fill('20181129');
    await page.getByRole('button', { name: 'Steekproef trekken' }).click();
    await page.getByRole('link', { name: 'Certificaat bekijken' }).waitFor();

    const anouk = page.getByRole('region', { name: 'Steekproef Anouk de Vries' });
    await expect(anouk.locator('h3').textContent()).resolves.toMatch(/4 te bespreken · 2 reserve/);
    const firstCase = (await anouk.locator('tbody tr').first().getAttribute('data-dossier'))!;
    const firstReserve = (await anouk.locator('tbody tr').nth(4).getAttribute('data-dossier'))!;

    await page.getByRole('link', { name: 'Certificaat bekijken' }).click();
    const cert = await page.getByRole('article', { name: 'Steekproefcertificaat' }).textContent();
    expect(cert).toContain('srswor-fisher-yates-xoroshiro128plus-v1');
    expect(cert).toContain('20181129');
    expect(cert).toMatch(/SHA-256 van het kader[0-9a-f]{64}/);
    const strata = await page.getByRole('table', { name: 'Strata' }).textContent();
    expect(strata).toContain(firstCase);
    expect(strata).not.toContain('Chantal Postma');

    await page.goBack();
    await page.getByRole('button', { name: `Dossier ${firstCase} onbruikbaar` }).click();
    await page.getByRole('button', { name: 'Markeer onbruikbaar' }).click();
    await page
      .getByRole('form', { name: `Dossier ${firstCase} vervangen` })
      .getByRole('alert')
      .filter({ hasText: 'Kies een reden.' })
      .waitFor();
    await page.getByLabel('Reden', { exact: true }).selectOption('teamlid_kent_dossier_niet');
    await page.getByRole('button', { name: 'Markeer onbruikbaar' }).click();
    await page.getByRole('alertdialog', { name: `Dossier ${firstCase} onbruikbaar maken?` }).waitFor(); // #18: confirm, Enter
    await page.keyboard.press('Enter');
    await page.getByText(`Laatste vervanging: dossier ${firstCase}`).waitFor();
    await expect(page.locator(`tr[data-dossier="${firstCase}"]`).textContent()).resolves.toMatch(
      /onbruikbaarTeamlid kent het dossier niet/,
    );
    await expect(page.locator(`tr[data-dossier="${firstReserve}"]`).textContent()).resolves.toMatch(
      /reserve in gebruik/,
    );

    await page.getByRole('link', { name: 'Certificaat bekijken' }).click();
    const replacements = await page.getByRole('table', { name: 'Vervangingen' }).textContent();
    expect(replacements).toContain(firstCase);
    expect(replacements).toContain(firstReserve);
  });

  it('refuses a frame re-import once the sample is drawn', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.getByRole('link', { name: /Demo: WIJ-teams/ }).click();
    await page.getByRole('link', { name: 'Kader importeren' }).click();
    await page.getByText('Er is al een steekproef getrokken').waitFor();
    await expect(page.locator('#kaderbestand').count()).resolves.toBe(0);
  });
});
