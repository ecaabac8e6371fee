import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, saveAnswers } from '@/db/queries/answers';
import { getResults, setHouseholdShares } from '@/db/queries/results';
import { estimateMeans } from '@/lib/estimate';

let db: Db;
let studyId: number;

/** A complete case with `k` professional extra trajectories and `hours` own hours. */
function complete(itemId: number, k: number, hours: number) {
  const changes: { key: string; value: unknown; baseRevision: number }[] = [
    { key: 'A1', value: 'gezin', baseRevision: 0 },
    { key: 'A8', value: 'ja', baseRevision: 0 },
    { key: 'E1', value: hours, baseRevision: 0 },
    ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
  ];
  for (let i = 0; i < k; i++) {
    const row = `r000${i}`;
    changes.push(
      { key: `C.${row}.type`, value: 'individuele_begeleiding', baseRevision: 0 },
      { key: `C.${row}.wie`, value: 'professional', baseRevision: 0 },
      { key: `C.${row}.actie`, value: 'ingezet', baseRevision: 0 },
      { key: `C.${row}.oud`, value: 'nee', baseRevision: 0 },
    );
  }
  const saved = saveAnswers(db, { studyId, sampleItemId: itemId, changes, actor: 't' });
  if (!saved.ok || saved.outcomes.some((o) => o.status !== 'saved')) throw new Error(JSON.stringify(saved));
  const done = finishCase(db, { studyId, sampleItemId: itemId, actor: 't' });
  if (!done.ok) throw new Error(JSON.stringify(done));
}

/** Draws 3 per caseworker and finishes two of each: Anouk 1 and 3 trajectories, Bram 0 and 2. */
function completeFourCases() {
  const items = listDrawItems(db, storeNewDraw(db, { studyId, seed: 3, perCaseworker: 3, reserves: 0, actor: 't' }).id);
  const anouk = items.filter((i) => i.caseworker === 'Anouk');
  const bram = items.filter((i) => i.caseworker === 'Bram');
  complete(anouk[0].id, 1, 10);
  complete(anouk[1].id, 3, 20);
  complete(bram[0].id, 0, 5);
  complete(bram[1].id, 2, 15);
  return { anouk, bram };
}

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: 2500, clients: null }, 't');
  const rows = [
    ...Array.from({ length: 10 }, (_, i) => ({
      teamlid: 'Anouk',
      team: 'Beijum',
      dossiernummer: `A${String(i).padStart(2, '0')}`,
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      teamlid: 'Bram',
      team: 'Hoogkerk',
      dossiernummer: `B${String(i).padStart(2, '0')}`,
    })),
  ].map((r, i) => ({ ...r, row: i + 2, huishoudtype: null, startdatum: null, status: null }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 't');
});

describe('answers in, estimates out', () => {
  it('weights strata by N_h and applies the finite population correction', () => {
    completeFourCases();
    // The third case of each caseworker is not finished: it must not count.

    const r = getResults(db, studyId)!;
    expect(r.n).toBe(4);
    expect(r.strata).toEqual([
      { caseworker: 'Anouk', team: 'Beijum', N: 10, n: 2 },
      { caseworker: 'Bram', team: 'Hoogkerk', N: 30, n: 2 },
    ]);
    const t = r.inputs.find((i) => i.key === 'trajecten_per_hh')!;
    // ȳ = 10/40 · 2 + 30/40 · 1 = 1.25;  V = (1/4)² (1 − 2/10) 2/2 + (3/4)² (1 − 2/30) 2/2 = 0.05 + 0.525
    expect(t.mean).toBeCloseTo(1.25, 12);
    expect(t.se).toBeCloseTo(Math.sqrt(0.575), 12);
    // df = 4 cases − 2 strata; a count per household gets the log-scale interval: ȳ / exp(t · se / ȳ).
    expect([t.df, t.interval]).toEqual([2, 'log']);
    expect(t.ciLow).toBeCloseTo(1.25 / Math.exp((4.3026527297494619 * Math.sqrt(0.575)) / 1.25), 9);
    expect(t.total).toBeCloseTo(1.25 * 2500, 9);
    expect(r.inputs.find((i) => i.key === 'prof_extra_per_hh')!.mean).toBeCloseTo(1.25, 12);
    expect(r.inputs.find((i) => i.key === 'share_hh_extra')!.mean).toBeCloseTo(10 / 40 + (30 / 40) * 0.5, 12);
    expect(r.inputs.find((i) => i.key === 'hours_own_per_hh')!.mean).toBeCloseTo((10 / 40) * 15 + (30 / 40) * 10, 12);
    expect(r.inputs.find((i) => i.key === 'prof_extra.individuele_begeleiding')!.mean).toBeCloseTo(1.25, 12);

    const beijum = getResults(db, studyId, 'Beijum')!;
    expect(beijum.n).toBe(2);
    expect(beijum.inputs.find((i) => i.key === 'trajecten_per_hh')!.mean).toBeCloseTo(2, 12);
  });

  it('follows an edit of a completed case (no stale cached tally)', () => {
    const draw = storeNewDraw(db, { studyId, seed: 3, perCaseworker: 3, reserves: 0, actor: 't' });
    const [first, second] = listDrawItems(db, draw.id).filter((i) => i.caseworker === 'Anouk');
    complete(first.id, 1, 10);
    complete(second.id, 1, 10);
    expect(getResults(db, studyId)!.inputs.find((i) => i.key === 'hours_own_per_hh')!.mean).toBe(10);
    const saved = saveAnswers(db, {
      studyId,
      sampleItemId: first.id,
      changes: [{ key: 'E1', value: 30, baseRevision: 1 }],
      actor: 't',
    });
    expect(saved.ok && saved.outcomes[0].status).toBe('saved');
    expect(getResults(db, studyId)!.inputs.find((i) => i.key === 'hours_own_per_hh')!.mean).toBe(20);
  });

  it('post-stratifies on huishoudtype to the shares the study entered', () => {
    const { anouk, bram } = completeFourCases();
    for (const id of [anouk[1].id, bram[1].id]) {
      const r = saveAnswers(db, {
        studyId,
        sampleItemId: id,
        changes: [{ key: 'A1', value: 'oudere', baseRevision: 1 }],
        actor: 't',
      });
      expect(r.ok && r.outcomes[0].status).toBe('saved');
    }
    const plain = getResults(db, studyId)!.inputs.find((i) => i.key === 'trajecten_per_hh')!;
    setHouseholdShares(db, studyId, { gezin: 0.8, oudere: 0.2 }, 't');
    const r = getResults(db, studyId)!;
    const expected = estimateMeans(
      [
        { stratum: 'Anouk', N: 10 },
        { stratum: 'Bram', N: 30 },
      ],
      [
        ['Anouk', 1, 'gezin'],
        ['Anouk', 3, 'oudere'],
        ['Bram', 0, 'gezin'],
        ['Bram', 2, 'oudere'],
      ].map(([stratum, v, t]) => ({
        stratum: stratum as string,
        values: { y: v as number },
        categories: { huishoudtype: t as string },
      })),
      ['y'],
      { postStratify: { variable: 'huishoudtype', shares: { gezin: 0.8, oudere: 0.2 } } },
    ).estimates[0];
    const t = r.inputs.find((i) => i.key === 'trajecten_per_hh')!;
    expect(r.postStrata?.map((p) => p.category)).toEqual(['gezin', 'oudere']);
    expect(t.mean).toBeCloseTo(expected.mean!, 12);
    expect(t.se).toBeCloseTo(expected.se!, 12);
    expect(t.mean).not.toBeCloseTo(plain.mean!, 3);
    expect(getResults(db, studyId, 'Beijum')!.postStrata).toBeNull();
  });

  it('has nothing to estimate before any case is finished', () => {
    storeNewDraw(db, { studyId, seed: 3, perCaseworker: 3, reserves: 0, actor: 't' });
    const r = getResults(db, studyId)!;
    expect(r.n).toBe(0);
    expect(r.inputs).toEqual([]);
    expect(r.warnings[0]).toMatch(/Nog geen afgeronde dossiers/);
  });
});
