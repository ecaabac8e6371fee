import { describe, expect, it } from 'vitest';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { entriesToAnswers, keyInfo, newRowId, pathToKey } from '@/lib/interview/answer-keys';
import { buildFormModel } from '@/lib/interview/form-model';

describe('flat answer keys', () => {
  it('knows every question key of the codebook and refuses others', () => {
    expect(keyInfo(codebookV1, defaultLists, 'A1')?.question.code).toBe('A1');
    expect(keyInfo(codebookV1, defaultLists, 'B.financien.aanvang')?.table?.code).toBe('B');
    expect(keyInfo(codebookV1, defaultLists, 'C.r0a1.vervangt_type')?.row).toBe('r0a1');
    expect(keyInfo(codebookV1, defaultLists, 'B3')?.question.code).toBe('B3'); // derived but overridable
    for (const bad of ['Z1', 'B.onbekend.aanvang', 'B.financien.verandering', 'C.1.type', 'B1', 'A1.x']) {
      expect([bad, keyInfo(codebookV1, defaultLists, bad)]).toEqual([bad, null]);
    }
  });

  it('builds nested answers: grid rows by code, repeat rows in id order, empty rows dropped', () => {
    const { answers, rowIds } = entriesToAnswers(codebookV1, {
      A1: 'gezin',
      A3: '',
      'B.financien.aanvang': 'ja',
      'C.r2.type': 'amw',
      'C.r1.type': 'maatje',
      'C.r3.type': null,
    });
    expect(answers).toEqual({
      A1: 'gezin',
      B: { financien: { aanvang: 'ja' } },
      C: [{ type: 'maatje' }, { type: 'amw' }],
    });
    expect(rowIds.C).toEqual(['r1', 'r2']);
    expect(pathToKey(['C', 1, 'oud'], rowIds)).toBe('C.r2.oud');
    expect(pathToKey(['B', 'financien', 'nu'], rowIds)).toBe('B.financien.nu');
    expect(pathToKey(['A9'], rowIds)).toBe('A9');
  });

  it('makes row ids that sort in creation order', () => {
    const ids = [newRowId(1_700_000_000_000, 0), newRowId(1_700_000_000_000, 1), newRowId(1_700_000_000_001, 0)];
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('form model', () => {
  const field = (entries: Record<string, unknown>, key: string) =>
    buildFormModel(codebookV1, defaultLists, entries)
      .flatMap((s) => [...s.fields, ...(s.table?.rows.flatMap((r) => r.fields) ?? [])])
      .find((f) => f.key === key)!;

  it('asks A9 only when A8 = nee', () => {
    expect(field({ A8: 'ja' }, 'A9').asked).toBe(false);
    expect(field({ A8: 'nee' }, 'A9').asked).toBe(true);
  });

  it('keeps ZRM scores out of the Enter flow and visits "nu" only for a problem at the start', () => {
    expect(field({}, 'B.financien.aanvang_zrm')).toMatchObject({ asked: true, flow: false });
    expect(field({ 'B.financien.aanvang': 'nee' }, 'B.financien.nu')).toMatchObject({ asked: true, flow: false });
    expect(field({ 'B.financien.aanvang': 'ja' }, 'B.financien.nu')).toMatchObject({ asked: true, flow: true });
  });

  it('derives the change and asks attribution only for an improved domain', () => {
    const improved = { 'B.financien.aanvang': 'ja', 'B.financien.nu': 'nee' };
    expect(field(improved, 'B.financien.verandering')).toMatchObject({
      derived: true,
      value: 'verbeterd',
      flow: false,
    });
    expect(field(improved, 'B.financien.toeschrijving').asked).toBe(true);
    expect(field({ 'B.financien.aanvang': 'ja', 'B.financien.nu': 'ja' }, 'B.financien.toeschrijving').asked).toBe(
      false,
    );
  });

  it('words the counterfactual question by who and action, and shows rows added but not yet answered', () => {
    const model = buildFormModel(
      codebookV1,
      defaultLists,
      { 'C.r1.wie': 'professional', 'C.r1.actie': 'ingezet' },
      { C: ['r2'] },
    );
    const c = model.find((s) => s.id === 'C')!.table!;
    expect(c.rows.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(c.rows[0].fields.find((f) => f.question.code === 'oud')!.label).toBe(
      'Zou dit traject in de oude werkwijze ook zijn ingezet?',
    );
    expect(c.rows[1].fields.find((f) => f.question.code === 'oud')!.asked).toBe(false);
  });
});
