/**
 * #18 team-lead flow in Chromium: the case page at 1280×720, the approval confirmation (Enter
 * confirms, Escape cancels), "volgende dossier" after approving and after asking, bulk approval
 * with a case left out for its open question, the open-questions overview for both roles, and
 * the audit page in labels, without a filter, within 1,440 px.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, saveAnswers } from '@/db/queries/answers';
import { askQuestion, listReviewRows, type ReviewRow } from '@/db/queries/reviews';
import { createUser, grantMembership } from '@/db/queries/users';
import { hashPasswordSync } from '@/lib/auth/password';

const RESEARCHER = { username: 'r-flow', password: 'onderzoeker-flow-1' };
const LEAD = { username: 'tl-flow', password: 'teamleider-flow-1' };
const SHOTS = '/tmp/shots-review';

let browser: Browser;
let researcher: Page;
let lead: Page;
let studyId: number;
let a: ReviewRow[]; // the lead's caseworker (team Beijum), in review-list order
let b: ReviewRow; // a case of team Hoogkerk

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const db = createDb(inject('dbFile'));
  studyId = insertStudy(
    db,
    { name: 'E2E beoordelingsstroom', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    'e2e',
  );
  replaceFrame(db, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
  storeNewDraw(db, {
    studyId,
    seed: 11,
    perCaseworker: 5,
    reserves: 0,
    caseworkers: ['Anouk de Vries', 'Gerrit Dijkstra'],
    actor: 'e2e',
  });
  const rows = listReviewRows(db, studyId, null);
  a = rows.filter((r) => r.team === 'Beijum');
  b = rows.find((r) => r.team === 'Hoogkerk')!;
  for (const [i, id] of [...a.map((r) => r.itemId), b.itemId].entries()) {
    saveAnswers(db, {
      studyId,
      sampleItemId: id,
      actor: 'e2e',
      changes: [
        { key: 'A1', value: i % 2 ? 'gezin' : 'oudere', baseRevision: 0 },
        { key: 'A8', value: 'ja', baseRevision: 0 },
        { key: 'E1', value: 6 + i, baseRevision: 0 },
        ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
      ],
    });
    if (!finishCase(db, { studyId, sampleItemId: id, actor: 'e2e' }).ok)
      throw new Error('review-flow e2e: case not finished');
  }
  const teamA = a[0].teamId;
  askQuestion(db, {
    studyId,
    itemId: a[2].itemId,
    teamIds: [teamA],
    actor: 'tl-flow',
    body: 'Klopt het aantal uren?',
    questionKey: 'E1',
  });
  askQuestion(db, { studyId, itemId: b.itemId, teamIds: null, actor: 'r-flow', body: 'Vraag over een ander team' });
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
});
afterAll(async () => browser?.close());

const review = (id: number) => `/onderzoeken/${studyId}/beoordeling/${id}`;
const locked = (itemId: number) => {
  const db = createDb(inject('dbFile'));
  const row = db.$client
    .prepare('select locked_by from case_reviews where sample_item_id = ? and locked_at is not null')
    .pluck()
    .get(itemId);
  db.$client.close();
  return row ?? null;
};
const activeId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

describe('the case page at 1280×720', () => {
  it('shows the question box and the approve step above the fold, with the answers beside them', async () => {
    await lead.setViewportSize({ width: 1280, height: 720 });
    await lead.goto(review(a[0].itemId));
    const box = (await lead.locator('#question-body').boundingBox())!;
    const approve = (await lead.getByRole('button', { name: 'Goedkeuren…' }).boundingBox())!;
    const answers = (await lead.locator('.review-answers').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(approve.y + approve.height).toBeLessThanOrEqual(720);
    expect(box.height).toBeGreaterThanOrEqual(90);
    expect(answers.x).toBeGreaterThan(box.x + box.width);
    expect(answers.y).toBeLessThan(400);
    await lead.locator('#question-body').fill('regel\n'.repeat(12));
    expect((await lead.locator('#question-body').boundingBox())!.height).toBeGreaterThan(box.height + 40);
    await lead.locator('#question-body').fill('');
    await lead.screenshot({ path: `${SHOTS}/case-1280x720.png` });
    await lead.setViewportSize({ width: 1920, height: 1080 });
    await lead.screenshot({ path: `${SHOTS}/case-1920x1080.png` });
    await lead.setViewportSize({ width: 1100, height: 720 });
    const narrow = [
      (await lead.locator('#question-body').boundingBox())!,
      (await lead.locator('.review-answers').boundingBox())!,
    ];
    expect(narrow[1].y).toBeGreaterThan(narrow[0].y + narrow[0].height); // stacked below 1,280 px
    await lead.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('approving, with a confirmation and the next case', () => {
  it('Escape cancels, Enter confirms and locks; then Enter opens the next case in list order', async () => {
    await lead.goto(review(a[0].itemId));
    await lead.getByRole('button', { name: 'Goedkeuren…' }).click();
    const dialog = lead.locator('[data-confirm-dialog]');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/vergrendeld/);
    await lead.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(locked(a[0].itemId)).toBeNull();

    await lead.getByRole('button', { name: 'Goedkeuren…' }).focus();
    await lead.keyboard.press('Enter');
    await dialog.waitFor();
    await lead.screenshot({ path: `${SHOTS}/approve-dialog-1280x720.png` });
    await lead.keyboard.press('Enter');
    await lead.locator('[data-review-status="goedgekeurd"]').waitFor();
    expect(locked(a[0].itemId)).toBe('tl-flow');
    await expect.poll(() => activeId(lead)).toBe('volgende-dossier');
    await expect(lead.locator('[data-next-case]').getAttribute('data-next-case')).resolves.toBe(a[1].dossiernummer);
    await lead.keyboard.press('Enter');
    await lead.waitForURL((u) => u.pathname === review(a[1].itemId));
  });

  it('after asking a question, the next case skips the one waiting on an answer', async () => {
    await lead.getByLabel('Vraag', { exact: true }).fill('Is de startmaand juist?');
    await lead.getByRole('button', { name: 'Vraag stellen' }).click();
    await lead.locator('[data-event="vraag"][data-open]').waitFor();
    await expect.poll(() => activeId(lead)).toBe('volgende-dossier');
    await expect(lead.locator('[data-next-case]').getAttribute('data-next-case')).resolves.toBe(a[3].dossiernummer);
    await lead.keyboard.press('Enter');
    await lead.waitForURL((u) => u.pathname === review(a[3].itemId));
  });
});

describe('bulk approval of a caseworker', () => {
  it('lists the cases in one confirmation, leaves out those with an open question (saying why), and approves all at once', async () => {
    await lead.goto(`/onderzoeken/${studyId}/beoordeling`);
    const bulk = lead.locator(`[data-bulk="${a[0].caseworker}"]`);
    await expect(bulk.locator('[data-bulk-excluded]').textContent()).resolves.toMatch(
      new RegExp(`${a[1].dossiernummer} \\(1 open vraag\\).*${a[2].dossiernummer} \\(1 open vraag\\)`),
    );
    await bulk.getByRole('button', { name: /Alle klare dossiers goedkeuren \(2\)/ }).click();
    const dialog = bulk.locator('[data-confirm-dialog]');
    await dialog.waitFor();
    const listed = await dialog.getByRole('list', { name: 'Wordt goedgekeurd' }).locator('li').allTextContents();
    expect(listed.sort()).toEqual([a[3], a[4]].map((r) => r.dossiernummer).sort());
    await expect(dialog.getByRole('list', { name: 'Wordt niet goedgekeurd' }).textContent()).resolves.toMatch(
      /open vraag/,
    );
    await lead.screenshot({ path: `${SHOTS}/bulk-dialog-1280x720.png` });
    await lead.keyboard.press('Enter');
    await bulk.locator('p.alert.ok[role="status"]', { hasText: /^2 dossiers van .* goedgekeurd: / }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    for (const r of [a[3], a[4]]) expect(locked(r.itemId)).toBe('tl-flow');
    for (const r of [a[1], a[2]]) expect(locked(r.itemId)).toBeNull();
    const db = createDb(inject('dbFile'));
    const audited = db.$client
      .prepare(
        "select entity_id from audit_log where action = 'case.approve' and study_id = ? and json_extract(new_value, '$.bulk') = 1",
      )
      .pluck()
      .all(studyId);
    db.$client.close();
    expect(audited.map(Number).sort()).toEqual([a[3].itemId, a[4].itemId].sort());
  });
});

describe('open questions overview', () => {
  it('shows a team lead their own team, with counts per caseworker, each question linked to its case', async () => {
    await lead.goto(`/onderzoeken/${studyId}/vragen`);
    await expect(
      lead.locator('[data-questions-team]').evaluateAll((els) => els.map((e) => e.getAttribute('data-questions-team'))),
    ).resolves.toEqual(['Beijum']);
    await expect(lead.locator(`[data-count-caseworker="${a[0].caseworker}"] [data-open]`).textContent()).resolves.toBe(
      '2',
    );
    await expect(lead.locator('[data-question]').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Uren besteed door het teamlid.*Klopt het aantal uren/),
      expect.stringMatching(/Is de startmaand juist/),
    ]);
    await lead.locator('[data-question] a').first().click();
    await lead.waitForURL((u) => u.pathname === review(a[2].itemId));
  });

  it('shows a researcher every team, and is in the review navigation', async () => {
    await researcher.goto(`/onderzoeken/${studyId}/beoordeling`);
    await researcher
      .getByRole('navigation', { name: 'Beoordeling' })
      .getByRole('link', { name: /Open vragen \(3\)/ })
      .click();
    await researcher.waitForURL((u) => u.pathname.endsWith('/vragen'));
    await expect(
      researcher
        .locator('[data-questions-team]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-questions-team'))),
    ).resolves.toEqual(['Beijum', 'Hoogkerk']);
    await expect(
      researcher.locator(`[data-count-caseworker="${b.caseworker}"] [data-open]`).textContent(),
    ).resolves.toBe('1');
    await researcher.screenshot({ path: `${SHOTS}/vragen-researcher.png`, fullPage: true });
  });
});

describe('the audit page', () => {
  for (const who of ['lead', 'researcher'] as const) {
    it(`shows the latest changes without a filter, in labels, within 1,440 px (${who})`, async () => {
      const page = who === 'lead' ? lead : researcher;
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/onderzoeken/${studyId}/audit`);
      const cells = await page
        .locator('table.audit tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.length).toBeLessThanOrEqual(100);
      const text = cells.flat().join('\n');
      expect(text).toMatch(/Uren besteed door het teamlid/);
      expect(text).toMatch(/goedgekeurd en vergrendeld/);
      expect(text).not.toMatch(/[{}]|"value"|\(rev\.|\bE1\b|\bA1\b|\bB\.[a-z]+\.[a-z]+/);
      if (who === 'lead') expect(cells.every((c) => a.some((r) => r.dossiernummer === c[3]))).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
      await page.screenshot({ path: `${SHOTS}/audit-${who}-1440.png` });
    });
  }

  it('answers a repeated or malformed parameter with a Dutch notice, not an error', async () => {
    const res = await researcher.goto(`/onderzoeken/${studyId}/audit?wie=a&wie=b&pagina=x&van=morgen`);
    expect(res!.status()).toBe(200);
    await expect(researcher.locator('[data-audit-notice]').allTextContents()).resolves.toEqual([
      expect.stringMatching(/"wie" is meer dan één keer opgegeven/),
      expect.stringMatching(/"van" is geen datum/),
      expect.stringMatching(/"pagina" is geen getal/),
    ]);
    await researcher.locator('table.audit').waitFor();
  });
});
