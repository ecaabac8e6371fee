/**
 * Issue #16 against the running app: the upload routes refuse another site's Origin, an action body
 * over 1 MB gets a Dutch 413 instead of a 500, and the new-study form refuses personal data with
 * the reminder beside it.
 */
import { describe, expect, it } from 'vitest';
import { usePage } from './browser';

const currentPage = usePage();

async function session() {
  const page = currentPage();
  await page.goto('/');
  const base = new URL(page.url()).origin;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return { page, base, cookie };
}

describe('the boundary of the running app', () => {
  it('refuses an upload from another site with a Dutch 403, and lets its own through', async () => {
    const { base, cookie } = await session();
    for (const route of ['turven', 'kader?stap=controleren']) {
      const evil = await fetch(`${base}/api/onderzoeken/1/${route}`, {
        method: 'POST',
        headers: { cookie, origin: 'https://evil.example' },
        body: new FormData(),
      });
      expect(evil.status, route).toBe(403);
      expect(JSON.stringify(await evil.json())).toContain('komt niet van deze website');
      const own = await fetch(`${base}/api/onderzoeken/1/${route}`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body: new FormData(),
      });
      expect(own.status, route).not.toBe(403);
      await own.body?.cancel();
    }
  });

  it('answers a server-action body over 1 MB with a Dutch 413, not a 500', async () => {
    const { base, cookie } = await session();
    const res = await fetch(`${base}/onderzoeken/nieuw`, {
      method: 'POST',
      headers: { cookie, origin: base, 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' },
      body: 'x'.repeat(1024 * 1024 + 10),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/^Dit verzoek is te groot \(meer dan 1 MB\)/);
  });

  it('refuses an e-mail address in the study name, with the reminder beside the field', async () => {
    const { page } = await session();
    await page.goto('/onderzoeken/nieuw');
    await expect(page.locator('#name-hint').textContent()).resolves.toMatch(/^Geen persoonsgegevens/);
    await page.getByLabel('Naam van het onderzoek').fill('Onderzoek jan.jansen@example.nl');
    await page.getByLabel('Gemeente').fill('Groningen');
    await page.getByLabel('Jaar').fill('2018');
    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await expect(page.locator('#name-error').textContent()).resolves.toMatch(
      /^De naam van het onderzoek bevat een e-mailadres \(ja\*+\)/,
    );
    expect(page.url()).toMatch(/\/onderzoeken\/nieuw$/);
  });
});
