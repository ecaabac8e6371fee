import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { finishCase, getAnswers, saveAnswers } from '@/db/queries/answers';
import { listAudit } from '@/db/queries/audit';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';

let db: Db;
let studyId: number;
let itemId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 'test');
  const rows = Array.from({ length: 10 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${i}`,
    teamlid: 'Anouk',
    team: 'Beijum',
    huishoudtype: null,
    startdatum: null,
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 'test' });
  itemId = listDrawItems(db, draw.id)[0].id;
});

const save = (changes: { key: string; value: unknown; baseRevision: number }[], actor = 'a') =>
  saveAnswers(db, { studyId, sampleItemId: itemId, changes, actor });

describe('saving answers', () => {
  it('saves each key with a revision and audits old → new', () => {
    expect(save([{ key: 'A1', value: 'gezin', baseRevision: 0 }])).toMatchObject({
      ok: true,
      outcomes: [{ key: 'A1', status: 'saved', revision: 1 }],
    });
    expect(save([{ key: 'A1', value: 'oudere', baseRevision: 1 }])).toMatchObject({
      ok: true,
      outcomes: [{ key: 'A1', status: 'saved', revision: 2 }],
    });
    expect(getAnswers(db, itemId).A1).toMatchObject({ value: 'oudere', revision: 2 });
    const audit = listAudit(db, studyId, 'answer.save');
    expect(audit[0]).toMatchObject({
      oldValue: { value: 'gezin', revision: 1 },
      newValue: { value: 'oudere', revision: 2 },
    });
  });

  it('never overwrites a newer value: a stale revision is a conflict', () => {
    save([{ key: 'A1', value: 'gezin', baseRevision: 0 }], 'first');
    const r = save([{ key: 'A1', value: 'overig', baseRevision: 0 }], 'second');
    expect(r).toMatchObject({
      ok: true,
      outcomes: [{ key: 'A1', status: 'conflict', serverValue: 'gezin', serverRevision: 1, updatedBy: 'first' }],
    });
    expect(getAnswers(db, itemId).A1.value).toBe('gezin');
  });

  it('saves a trajectory row field by field', () => {
    const keys = ['type', 'wie', 'actie', 'oud'] as const;
    const values = { type: 'individuele_begeleiding', wie: 'professional', actie: 'ingezet', oud: 'nee' };
    for (const k of keys) {
      const r = save([{ key: `C.r0001.${k}`, value: values[k], baseRevision: 0 }]);
      expect(r).toMatchObject({
        ok: true,
        outcomes: [{ key: `C.r0001.${k}`, status: 'saved', revision: 1 }],
        effects: { cleared: [], checks: {} },
      });
    }
  });

  it('rejects unknown keys, out-of-range values and personal data, per key', () => {
    const r = save([
      { key: 'Z9', value: 1, baseRevision: 0 },
      { key: 'E1', value: 900, baseRevision: 0 },
      { key: 'F1', value: 'mail jan@example.nl', baseRevision: 0 },
      { key: 'A3', value: 2, baseRevision: 0 },
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.outcomes.map((o) => [o.key, o.status])).toEqual([
      ['Z9', 'rejected'],
      ['E1', 'rejected'],
      ['F1', 'rejected'],
      ['A3', 'saved'],
    ]);
    expect(Object.keys(getAnswers(db, itemId))).toEqual(['A3']);
  });

  it('finishes only a complete case: every leefgebied and escalation answered explicitly', () => {
    const incomplete = finishCase(db, { studyId, sampleItemId: itemId, actor: 'a' });
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) {
      expect(incomplete.errors.map((e) => e.key)).toEqual(
        expect.arrayContaining(['A1', 'A8', 'E1', 'B.huisvesting.aanvang', 'D.huisuitzetting.status']),
      );
      expect(incomplete.errors.find((e) => e.key === 'B.huisvesting.aanvang')?.message).toBe(
        'Leefgebied Huisvesting: probleem bij aanvang ontbreekt.',
      );
    }
    save([
      { key: 'A1', value: 'gezin', baseRevision: 0 },
      { key: 'A8', value: 'ja', baseRevision: 0 },
      { key: 'E1', value: 10, baseRevision: 0 },
    ]);
    const stillOpen = finishCase(db, { studyId, sampleItemId: itemId, actor: 'a' });
    expect(stillOpen.ok).toBe(false);
    expect(listDrawItems(db, 1).find((i) => i.id === itemId)?.status).toBe('te_bespreken');
    save(allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })));
    expect(finishCase(db, { studyId, sampleItemId: itemId, actor: 'a' })).toEqual({ ok: true, status: 'besproken' });
    expect(listDrawItems(db, 1).find((i) => i.id === itemId)?.status).toBe('besproken');
  });
});
