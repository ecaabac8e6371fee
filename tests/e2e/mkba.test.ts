import { describe, expect, it } from 'vitest';
import { usePage } from './browser';

const currentPage = usePage();
const amount = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));

describe('MKBA in the browser', () => {
  it('a changed kengetal changes the uitvoerscherm, with its source shown', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.getByRole('link', { name: /Demo: WIJ-teams/ }).click();
    await page.getByRole('link', { name: 'MKBA', exact: true }).click();
    await page.getByRole('heading', { name: 'Uitvoerscherm MKBA' }).waitFor();
    const k1 = page.locator('tr[data-line="K1"] td.amount');
    expect(amount(await k1.textContent())).toBe(3_052_080); // 50 × 0,8 × € 76.302 (report defaults)
    const saldoBefore = amount(await page.getByTestId('saldo').textContent());

    await page.getByRole('link', { name: 'Kengetallen' }).click();
    const field = page.getByLabel('Kosten per fte per jaar');
    await expect(field.inputValue()).resolves.toBe('76302');
    await expect(page.locator('[data-key="costPerFte"] [data-source]').textContent()).resolves.toMatch(/rapport/);
    await field.fill('80.000');
    await page.getByRole('button', { name: 'Kengetallen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: '1 kengetal opgeslagen' }).waitFor();
    await page
      .locator('[data-key="costPerFte"] [data-source="invoer"]')
      .filter({ hasText: /ingevoerd door/ })
      .waitFor();

    await page.goto(page.url().replace(/kengetallen$/, 'mkba'));
    expect(amount(await k1.textContent())).toBe(3_200_000);
    // K1 and B1a (= K1) grow alike; K2 grows by 10 fte × € 3.698.
    expect(amount(await page.getByTestId('saldo').textContent())).toBe(saldoBefore - 10 * (80_000 - 76_302));
  });

  it('a bad kengetal is refused with the field named, and nothing is saved', async () => {
    const page = currentPage();
    await page.goto(page.url().replace(/mkba$/, 'kengetallen'));
    await page.getByLabel('Meerkosten nieuwe werkwijze').fill('120');
    await page.getByLabel('fte nieuwe werkwijze').fill('45');
    await page.getByRole('button', { name: 'Kengetallen opslaan' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Meerkosten nieuwe werkwijze: moet kleiner dan 100% zijn' })
      .waitFor();
    await page.reload();
    await expect(page.getByLabel('fte nieuwe werkwijze').inputValue()).resolves.toBe('50');
  });

  it('an override is shown as such; a custom scenario joins the report’s', async () => {
    const page = currentPage();
    await page.goto(page.url().replace(/kengetallen$/, 'mkba'));
    const b3 = page.locator('tr[data-line="B3"]');
    await b3.locator('summary').click();
    await b3.getByLabel('Nieuwe waarde (B3)').fill('450.500');
    await b3.getByLabel('Reden (B3)').fill('rapport: 1% voorkomen escalatie');
    await b3.getByRole('button', { name: 'Overschrijven' }).click();
    await page.getByTestId('overrides').filter({ hasText: 'B3' }).waitFor();
    expect(amount(await b3.locator('td.amount').textContent())).toBe(450_500);

    await page.getByLabel('Naam').fill('45 fte');
    await page.getByLabel('Invoer 1').selectOption({ label: 'fte nieuwe werkwijze' });
    await page.getByLabel('Waarde 1').fill('45');
    await page.getByRole('button', { name: 'Scenario toevoegen' }).click();
    await page.locator('tr[data-scenario^="eigen-"]').filter({ hasText: '45 fte' }).waitFor();
  });

  it('a quantity without its kengetal is an error that lists what is missing, never a silent zero', async () => {
    const page = currentPage();
    const b2 = page.locator('tr[data-line="B2"]');
    await b2.locator('summary').click();
    await b2
      .getByLabel('Wat overschrijven (B2)')
      .selectOption({ label: 'Per huishouden netto verbetering: Financiën' });
    await b2.getByLabel('Nieuwe waarde (B2)').fill('0,02');
    await b2.getByLabel('Reden (B2)').fill('schatting team');
    await b2.getByRole('button', { name: 'Overschrijven' }).click();
    const missing = page.getByTestId('missing-kengetallen');
    await missing.waitFor();
    await expect(missing.textContent()).resolves.toContain(
      'Financiële waarde ontbreekt voor levensdomein Financiën (gebruikt in B2)',
    );

    await page.getByRole('link', { name: 'Kengetallen', exact: true }).first().click();
    await page.getByLabel('Financiële waarde per netto verbetering: Financiën').fill('380');
    await page.getByLabel('QALY per netto verbetering: Financiën').fill('0,01');
    await page.getByRole('button', { name: 'Kengetallen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: '2 kengetallen opgeslagen' }).waitFor();
    await page.goto(page.url().replace(/kengetallen$/, 'mkba'));
    expect(amount(await page.locator('tr[data-line="B2"] td.amount').textContent())).toBe(
      Math.round(2500 * 0.02 * 380),
    );
    expect(amount(await page.locator('tr[data-line="B4b"] td.amount').textContent())).toBe(
      Math.round(2500 * 0.02 * 0.01 * 50_000),
    );
  });

  it('prints without forms', async () => {
    const page = currentPage();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Scenario toevoegen' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('tr[data-line="K1"]').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('design-based uncertainty in the browser (#17)', () => {
  it('the uitvoerscherm names the design interval with its df; a kengetal range enters the PSA', async () => {
    const page = currentPage();
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/');
    await page.getByRole('link', { name: /Demo-resultaten/ }).click();
    await page.getByRole('link', { name: 'MKBA', exact: true }).click();
    const method = page.getByTestId('design-method');
    await method.waitFor();
    await expect(method.textContent()).resolves.toContain('t-verdeling met 60 vrijheidsgraden');
    await expect(method.textContent()).resolves.toContain('in 95 van de 100 gevallen');
    await expect(page.getByTestId('psa').textContent()).resolves.toContain('Kans dat het saldo positief is');

    await page.getByRole('link', { name: 'Kengetallen', exact: true }).first().click();
    const form = page.getByRole('form', { name: 'Bandbreedte toevoegen' });
    await form.getByLabel('Kengetal').selectOption({ label: 'Meerkosten nieuwe werkwijze' });
    await form.getByLabel('Laag').fill('10');
    await form.getByLabel('Hoog').fill('30');
    await form.getByLabel('Bron').fill('Rapport: gevoeligheid meerkosten');
    await form.getByRole('button', { name: 'Bandbreedte opslaan' }).click();
    await page.locator('tr[data-range="extraCostPct"]').waitFor();
    await page.goto(page.url().replace(/kengetallen$/, 'mkba'));
    await expect(page.getByTestId('psa').textContent()).resolves.toContain('Rapport: gevoeligheid meerkosten');
  });
});
