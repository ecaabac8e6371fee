import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, getAnswers, saveAnswers } from '@/db/queries/answers';
import { createUser, grantMembership } from '@/db/queries/users';
import { hashPasswordSync } from '@/lib/auth/password';

const RESEARCHER = { username: 'r-review', password: 'onderzoeker-review-1' };
const LEAD = { username: 'tl-review', password: 'teamleider-review-1' };

let browser: Browser;
let researcher: Page;
let lead: Page;
let studyId: number;
let itemA: number; // finished case of team Beijum (the lead's team)
let openA: number; // unfinished case of team Beijum, for the session-expiry test
let itemB: number; // finished case of team Hoogkerk
let caseworkerA: number;
let dossierB: string;
const cspErrors: string[] = [];

function watchCsp(page: Page) {
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
}

beforeAll(async () => {
  const db = createDb(inject('dbFile'));
  studyId = insertStudy(
    db,
    { name: 'E2E beoordeling', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    'e2e',
  );
  replaceFrame(db, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  const draw = storeNewDraw(db, {
    studyId,
    seed: 7,
    perCaseworker: 3,
    reserves: 1,
    caseworkers: ['Anouk de Vries', 'Gerrit Dijkstra'],
    actor: 'e2e',
  });
  const items = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
  const a = items.filter((i) => i.team === 'Beijum');
  const b = items.filter((i) => i.team === 'Hoogkerk');
  [itemA, openA, itemB, dossierB] = [a[0].id, a[1].id, b[0].id, b[0].dossiernummer];
  for (const id of [itemA, itemB]) {
    saveAnswers(db, {
      studyId,
      sampleItemId: id,
      actor: 'e2e',
      changes: [
        { key: 'A1', value: 'gezin', baseRevision: 0 },
        { key: 'A8', value: 'ja', baseRevision: 0 },
        { key: 'E1', value: 10, baseRevision: 0 },
        ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
      ],
    });
    if (!finishCase(db, { studyId, sampleItemId: id, actor: 'e2e' }).ok)
      throw new Error('review e2e: case not finished');
  }
  caseworkerA = db.$client.prepare('select caseworker_id from sample_items where id = ?').pluck().get(itemA) as number;
  for (const [u, role, team] of [
    [RESEARCHER, 'onderzoeker', null],
    [LEAD, 'teamleider', 'Beijum'],
  ] as const) {
    createUser(
      db,
      {
        username: u.username,
        displayName: u.username,
        passwordHash: hashPasswordSync(u.password),
        mustChangePassword: false,
      },
      'e2e',
    );
    grantMembership(db, { username: u.username, studyId, role, team }, 'e2e');
  }
  db.$client.close();
  browser = await launchBrowser();
  researcher = await newPage(browser, inject('baseURL'), RESEARCHER);
  lead = await newPage(browser, inject('baseURL'), LEAD);
  watchCsp(researcher);
  watchCsp(lead);
});
afterAll(async () => browser?.close());

const review = (id: number) => `/onderzoeken/${studyId}/beoordeling/${id}`;

describe('team lead access (server-side)', () => {
  it('shows only the own team, and nothing of team B or the researcher pages', async () => {
    await lead.goto(`/onderzoeken/${studyId}/beoordeling`);
    await expect(lead.locator('[data-team]').allTextContents()).resolves.toEqual([expect.stringMatching(/^Beijum/)]);
    expect((await lead.goto(review(itemB)))!.status()).toBe(404);
    expect((await lead.goto(`/onderzoeken/${studyId}`))!.status()).toBe(404);
    expect((await lead.goto(`/onderzoeken/${studyId}/interviews/${caseworkerA}/${itemA}`))!.status()).toBe(404);
    const api = lead.context().request;
    expect((await api.get(`/api/onderzoeken/${studyId}/export`)).status()).toBe(403);
    expect(
      (
        await api.post(`/api/onderzoeken/${studyId}/turven`, {
          multipart: { bestand: { name: 'x.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') } },
        })
      ).status(),
    ).toBe(403);
    expect((await api.get(`/api/onderzoeken/${studyId}/audit?dossier=${dossierB}`)).status()).toBe(404);
    expect(
      (await api.get(`/api/onderzoeken/${studyId}/audit?dossier=${encodeURIComponent(String(itemA))}`)).status(),
    ).toBe(404);
  });

  it('refuses anyone not logged in', async () => {
    const res = await fetch(`${inject('baseURL')}/api/onderzoeken/${studyId}/export`);
    expect(res.status).toBe(401);
    const page = await newPage(browser, inject('baseURL'), null);
    await page.goto(review(itemA));
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe(review(itemA));
    await page.context().close();
  });
});

describe('review flow in Chromium', () => {
  it('question → answer → approve → unlock with a reason', async () => {
    await lead.goto(review(itemA));
    await lead.getByLabel('Over').selectOption('E1');
    await lead.getByLabel('Vraag', { exact: true }).fill('Klopt het aantal uren (E1)?');
    await lead.getByRole('button', { name: 'Vraag stellen' }).click();
    await lead.locator('[data-event="vraag"][data-open]').waitFor();
    await expect(lead.locator('[data-review-status]').getAttribute('data-review-status')).resolves.toBe('vraag_open');

    await researcher.goto(`/onderzoeken/${studyId}/interviews/${caseworkerA}/${itemA}`);
    await expect(researcher.locator('[data-open-questions]').textContent()).resolves.toMatch(/Klopt het aantal uren/);
    await researcher.goto(`/onderzoeken/${studyId}/vragen`);
    await researcher.locator('[data-question] a').first().click();
    await researcher.getByLabel('Antwoord', { exact: true }).fill('Ja, tien uur volgens het dossier.');
    await researcher.getByRole('button', { name: 'Antwoord versturen' }).click();
    await researcher.locator('[data-event="antwoord"]').waitFor();

    await lead.reload();
    await lead.getByRole('button', { name: /Goedkeuren/ }).click();
    await lead.getByRole('button', { name: 'Goedkeuren en vergrendelen' }).click();
    await lead.getByText(/Goedgekeurd door tl-review/).waitFor();
    await expect(lead.locator('[data-review-status]').getAttribute('data-review-status')).resolves.toBe('goedgekeurd');

    await researcher.goto(`/onderzoeken/${studyId}/interviews/${caseworkerA}/${itemA}`);
    await researcher.locator('[data-locked]').waitFor();
    expect(await researcher.locator('.interview').count()).toBe(0);
    await researcher.goto(review(itemA));
    await researcher.getByLabel('Reden om te ontgrendelen').fill('Teamleider vraagt E1 te corrigeren');
    await researcher.getByRole('button', { name: 'Ontgrendelen' }).click();
    await researcher.locator('[data-event="ontgrendeld"]').waitFor();
    await expect(researcher.locator('[data-review-status]').getAttribute('data-review-status')).resolves.toBe(
      'besproken',
    );

    const db = createDb(inject('dbFile'));
    const actions = db.$client
      .prepare("select action, actor from audit_log where entity = 'sample_item' and entity_id = ? order by id")
      .all(String(itemA));
    db.$client.close();
    expect(actions.slice(-4)).toEqual([
      { action: 'review.question', actor: 'tl-review' },
      { action: 'review.answer', actor: 'r-review' },
      { action: 'case.approve', actor: 'tl-review' },
      { action: 'case.unlock', actor: 'r-review' },
    ]);
    expect(cspErrors).toEqual([]);
  });
});

describe('an expired session loses no answers', () => {
  it('says so in Dutch, offers a new login and sends the queued answers afterwards', async () => {
    const caseUrl = `/onderzoeken/${studyId}/interviews/${caseworkerA}/${openA}`;
    await researcher.goto(caseUrl);
    await researcher.locator('.interview').waitFor();
    const db = createDb(inject('dbFile'));
    db.$client
      .prepare('update sessions set last_seen_at = 0 where user_id = (select id from users where username = ?)')
      .run(RESEARCHER.username);
    await researcher.locator('[data-key="E1"]').fill('7');
    await researcher.locator('.save-state[data-state="expired"]').waitFor({ timeout: 10_000 });
    const notice = researcher.locator('[data-session-expired]');
    await expect(notice.textContent()).resolves.toMatch(/sessie is verlopen/);
    expect(getAnswers(db, openA).E1).toBeUndefined();
    await notice.getByRole('link', { name: 'Opnieuw inloggen' }).click();
    await researcher
      .getByText(/Je sessie is verlopen/)
      .first()
      .waitFor();
    await researcher.getByLabel('Gebruikersnaam').fill(RESEARCHER.username);
    await researcher.getByLabel('Wachtwoord', { exact: true }).fill(RESEARCHER.password);
    await researcher.getByRole('button', { name: 'Inloggen' }).click();
    await researcher.waitForURL((u) => u.pathname === caseUrl);
    await researcher.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => getAnswers(db, openA).E1?.value, { timeout: 10_000 }).toBe(7);
    db.$client.close();
  });
});
