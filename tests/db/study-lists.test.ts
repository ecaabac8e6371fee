import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { getStudyCodebook, saveAnswers } from '@/db/queries/answers';
import { getStudyLists, saveStudyLists } from '@/db/queries/study-lists';
import { defaultLists } from '@/lib/codebook';

let db: Db;
let studyId: number;
let itemId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 't');
  replaceFrame(
    db,
    studyId,
    Array.from({ length: 5 }, (_, i) => ({
      row: i + 2,
      dossiernummer: `D${i}`,
      teamlid: 'A',
      team: 'T',
      huishoudtype: null,
      startdatum: null,
      status: null,
    })),
    { fileName: 'x', fileSha256: 'x', warnings: [] },
    't',
  );
  itemId = listDrawItems(db, storeNewDraw(db, { studyId, seed: 1, perCaseworker: 2, reserves: 0, actor: 't' }).id)[0]
    .id;
});

const withType = (code: string, price = 1000) => ({
  ...defaultLists,
  trajectoryTypes: [
    ...defaultLists.trajectoryTypes,
    { code, label: 'Buurtsportcoach', domain: 'participatie', price, priceSource: 'studie', payer: 'gemeente' },
  ],
});

describe('study lists', () => {
  it('start as the defaults and can be edited; the interview then accepts the new code', () => {
    expect(getStudyLists(db, studyId)).toBe(defaultLists);
    expect(saveStudyLists(db, studyId, withType('buurtsportcoach'), 't')).toEqual({ ok: true });
    expect(getStudyCodebook(db, studyId).lists.trajectoryTypes.at(-1)).toMatchObject({
      code: 'buurtsportcoach',
      price: 1000,
    });
    expect(getStudyLists(db, studyId)).toBe(getStudyLists(db, studyId)); // cached while unchanged
    const r = saveAnswers(db, {
      studyId,
      sampleItemId: itemId,
      changes: [{ key: 'C.r01.type', value: 'buurtsportcoach', baseRevision: 0 }],
      actor: 't',
    });
    expect(r.ok && r.outcomes[0].status).toBe('saved');
  });

  it('refuses duplicate and malformed codes with a Dutch message', () => {
    const dup = saveStudyLists(
      db,
      studyId,
      { ...defaultLists, lifeDomains: [...defaultLists.lifeDomains, { code: 'financien', label: 'x' }] },
      't',
    );
    expect(dup).toMatchObject({ ok: false, message: expect.stringMatching(/Code "financien" staat dubbel/) });
    const bad = saveStudyLists(db, studyId, withType('Buurt Sport'), 't');
    expect(bad).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Trajectcatalogus, rij 18, code: Code: kleine letters/),
    });
    expect(getStudyLists(db, studyId)).toBe(defaultLists);
  });

  it('refuses removing a code that answers use, but allows relabelling it', () => {
    saveStudyLists(db, studyId, withType('buurtsportcoach'), 't');
    saveAnswers(db, {
      studyId,
      sampleItemId: itemId,
      changes: [
        { key: 'C.r01.type', value: 'buurtsportcoach', baseRevision: 0 },
        { key: 'B.financien.aanvang', value: 'ja', baseRevision: 0 },
      ],
      actor: 't',
    });
    const removed = saveStudyLists(
      db,
      studyId,
      { ...defaultLists, lifeDomains: defaultLists.lifeDomains.slice(1) },
      't',
    );
    expect(removed).toMatchObject({ ok: false, message: expect.stringMatching(/financien, buurtsportcoach/) });
    const relabelled = withType('buurtsportcoach', 1200);
    relabelled.lifeDomains = defaultLists.lifeDomains.map((d) =>
      d.code === 'financien' ? { ...d, label: 'Geldzaken' } : d,
    );
    expect(saveStudyLists(db, studyId, relabelled, 't')).toEqual({ ok: true });
    expect(getStudyLists(db, studyId).lifeDomains[0].label).toBe('Geldzaken');
  });
});
