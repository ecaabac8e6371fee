/** Seeding for the interview-room e2e tests: a study of its own, one caseworker's draw, complete cases to finish fast. */
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listInterviewProgress } from '@/db/queries/interviews';
import { listDrawItems } from '@/db/queries/sample-items';
import { getAnswers, saveAnswers } from '@/db/queries/answers';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';

export interface RoomStudy {
  studyId: number;
  sessionUrl: string;
  caseUrls: string[];
  itemIds: number[];
  dossiers: string[];
  reserves: string[];
}

/** `complete`: sample positions seeded with a complete case (no problems, no trajectories), so Ctrl+Enter finishes them. */
export function seedRoomStudy(name: string, perCaseworker: number, complete: number[]): RoomStudy {
  const db = createDb(inject('dbFile'));
  try {
    const studyId = insertStudy(
      db,
      { name, municipality: 'Groningen', year: 2018, households: 2500, clients: null },
      'e2e',
    );
    replaceFrame(db, studyId, demoFrameRows(), { fileName: 'demo', fileSha256: 'demo', warnings: [] }, 'e2e');
    const draw = storeNewDraw(db, {
      studyId,
      seed: 1818,
      perCaseworker,
      reserves: 2,
      caseworkers: ['Daan Visser'],
      actor: 'e2e',
    });
    const { caseworkerId } = listInterviewProgress(db, studyId)!.caseworkers[0];
    const all = listDrawItems(db, draw.id);
    const items = all.filter((i) => i.role === 'sample');
    for (const i of complete) {
      const base: Record<string, unknown> = { A1: 'overig', A8: 'ja', E1: 5, E2: 'nee' };
      for (const r of allRestAnswers(codebookV1, defaultLists, base)) base[r.key] = r.value;
      const changes = Object.entries(base).map(([key, value]) => ({
        key,
        value,
        baseRevision: getAnswers(db, items[i].id)[key]?.revision ?? 0,
      }));
      const saved = saveAnswers(db, { studyId, sampleItemId: items[i].id, changes, actor: 'e2e' });
      if (!saved.ok || saved.outcomes.some((o) => o.status !== 'saved'))
        throw new Error(`seed: ${JSON.stringify(saved)}`);
    }
    const sessionUrl = `${inject('baseURL')}/onderzoeken/${studyId}/interviews/${caseworkerId}`;
    return {
      studyId,
      sessionUrl,
      caseUrls: items.map((i) => `${sessionUrl}/${i.id}`),
      itemIds: items.map((i) => i.id),
      dossiers: items.map((i) => i.dossiernummer),
      reserves: all.filter((i) => i.role === 'reserve').map((i) => i.dossiernummer),
    };
  } finally {
    db.$client.close();
  }
}

export function storedAnswers(itemId: number): Record<string, unknown> {
  const db = createDb(inject('dbFile'));
  try {
    return Object.fromEntries(Object.entries(getAnswers(db, itemId)).map(([k, a]) => [k, a.value]));
  } finally {
    db.$client.close();
  }
}

export const focused = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.closest('[data-key]')?.getAttribute('data-key') ??
      document.activeElement?.tagName ??
      null,
  );

/**
 * The focused flow question and the next two: which of them are not fully in view, below the sticky
 * bar and above the bottom edge (empty when all three are visible).
 */
export function outOfView(page: Page) {
  return page.evaluate(() => {
    const flow = [...document.querySelectorAll<HTMLElement>('[data-flow]')].filter((el) => !el.closest('[hidden]'));
    const active = document.activeElement?.closest<HTMLElement>('[data-flow]');
    const i = active ? flow.indexOf(active) : -1;
    if (i < 0) return ['(no flow focus)'];
    const bar = document.querySelector('.interview-bar')!.getBoundingClientRect().bottom;
    return flow
      .slice(i, i + 3)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < bar || r.bottom > window.innerHeight;
      })
      .map((el) => el.getAttribute('data-key') ?? el.textContent?.slice(0, 20) ?? '?');
  });
}
