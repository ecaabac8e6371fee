import { describe, expect, inject, it } from 'vitest';
import { login, usePage } from './browser';

describe('accounts', () => {
  const page = usePage();

  it('security headers and the httpOnly, SameSite session cookie', async () => {
    const res = await page().goto('/inloggen');
    const h = res!.headers();
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['content-security-policy']).toMatch(/default-src 'self'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    const cookie = (await page().context().cookies()).find((c) => c.name === 'dossieranalyse_sessie')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  });

  it('lists the demo accounts on the login page, and a demo team lead sees only the review', async () => {
    const ctx = await page()
      .context()
      .browser()!
      .newContext({ baseURL: inject('baseURL') });
    const p = await ctx.newPage();
    await p.goto('/inloggen');
    await expect(p.getByRole('region', { name: 'Demo-accounts' }).textContent()).resolves.toMatch(
      /tl-beijum.*demo-beijum/,
    );
    await login(p, 'tl-beijum', 'demo-beijum');
    await p.getByRole('link', { name: /Demo: WIJ-teams/ }).click();
    await p.waitForURL(/\/beoordeling$/);
    await expect(p.locator('h1').textContent()).resolves.toBe('Beoordeling');
    // The demo with finished interviews: the Beijum lead sees Beijum's cases and no other team's.
    await p.goto('/');
    await p.getByRole('link', { name: /Demo-resultaten/ }).click();
    await p.waitForURL(/\/beoordeling$/);
    const text = await p.locator('main').textContent();
    expect(text).toContain('Beijum');
    for (const other of ['Hoogkerk', 'Vinkhuizen', 'Corpus den Hoorn']) expect(text).not.toContain(other);
    await ctx.close();
  });

  it('the first beheerder logs in with the printed one-time password and must change it', async () => {
    const ctx = await page()
      .context()
      .browser()!
      .newContext({ baseURL: inject('baseURL') });
    const p = await ctx.newPage();
    expect(inject('adminPassword')).toMatch(/^\w{16}$/);
    await p.goto('/inloggen');
    await p.getByLabel('Gebruikersnaam').fill('beheerder');
    await p.getByLabel('Wachtwoord', { exact: true }).fill(inject('adminPassword'));
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await p.waitForURL(/\/wachtwoord/);
    await p.getByLabel('Huidig wachtwoord').fill(inject('adminPassword'));
    await p.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een-nieuw-wachtwoord');
    await p.getByLabel('Nieuw wachtwoord (nog een keer)').fill('een-nieuw-wachtwoord');
    await p.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await p.waitForURL((u) => u.pathname === '/');
    await p.goto('/beheer');
    await expect(p.getByRole('table', { name: 'Accounts' }).textContent()).resolves.toMatch(/tl-beijum/);
    await ctx.close();
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const ctx = await page()
      .context()
      .browser()!
      .newContext({ baseURL: inject('baseURL') });
    const p = await ctx.newPage();
    await p.goto('/inloggen');
    await p.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await p.getByLabel('Wachtwoord', { exact: true }).fill('fout-wachtwoord');
    await p.getByRole('button', { name: 'Inloggen' }).click();
    await expect(p.locator('.alert.error').textContent()).resolves.toBe('Gebruikersnaam of wachtwoord klopt niet.');
    await ctx.close();
  });

  it('a damaged or forged session cookie means not logged in, not a server error', async () => {
    const ctx = await page()
      .context()
      .browser()!
      .newContext({ baseURL: inject('baseURL') });
    const url = inject('baseURL');
    for (const value of ['Fe26.2*1*garbage*x*y*0*z*w~2', 'niet-eens-een-seal', 'Fe26.1*1*a*b*c*d*e*f']) {
      await ctx.clearCookies();
      await ctx.addCookies([{ name: 'dossieranalyse_sessie', value, url }]);
      const p = await ctx.newPage();
      const res = await p.goto('/onderzoeken/1/mkba');
      expect(res!.status()).toBeLessThan(500);
      // The page streams (loading.tsx), so the redirect to the login page may follow the first bytes.
      await p.waitForURL((u) => u.pathname === '/inloggen');
      await p.close();
    }
    await ctx.close();
  });
});
