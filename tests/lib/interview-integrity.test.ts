/**
 * The pure parts of issue "Interview data integrity": dependencies, quality rules, key labels,
 * rest answers, and the autosave engine taking in what the server cleared.
 */
import { describe, expect, it, vi } from 'vitest';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { followUps } from '@/lib/interview/dependencies';
import { qualityWarnings } from '@/lib/interview/quality-rules';
import { answerKeyLabel, answerValueLabel } from '@/lib/interview/key-label';
import { allRestAnswers, restAnswers } from '@/lib/interview/rest-answers';
import { createAutosave, type SaveEffects, type StorageLike } from '@/lib/autosave';

const lists = defaultLists;
const fu = (after: Record<string, unknown>, changed: string[]) => followUps(codebookV1, lists, after, changed);

describe('followUps: what a changed answer does to the answers that depend on it', () => {
  it('clears an answer that is no longer asked: A9 after A8 = ja, E3 after E2 = nee', () => {
    expect(fu({ A8: 'ja', A9: 'ja' }, ['A8'])).toEqual({ clear: ['A9'], check: [] });
    expect(fu({ E2: 'nee', E3: 4 }, ['E2'])).toEqual({ clear: ['E3'], check: [] });
  });

  it('marks an answer that is still asked: nu after aanvang, a ZRM score after its flag', () => {
    expect(
      fu({ 'B.huisvesting.aanvang': 'nee', 'B.huisvesting.nu': 'ja', 'B.huisvesting.aanvang_zrm': 2 }, [
        'B.huisvesting.aanvang',
      ]),
    ).toEqual({
      clear: [],
      check: [
        { key: 'B.huisvesting.aanvang_zrm', source: 'B.huisvesting.aanvang' },
        { key: 'B.huisvesting.nu', source: 'B.huisvesting.aanvang' },
      ],
    });
  });

  it('clears toeschrijving when the row is no longer verbeterd (through the derived verandering)', () => {
    const after = { 'B.financien.aanvang': 'ja', 'B.financien.nu': 'ja', 'B.financien.toeschrijving': 'ja' };
    expect(fu(after, ['B.financien.nu'])).toEqual({ clear: ['B.financien.toeschrijving'], check: [] });
  });

  it('marks oud after wie changes (its wording depends on wie), and clears vervangt_type for a professional', () => {
    const row = { 'C.r1.type': 'amw', 'C.r1.actie': 'ingezet', 'C.r1.oud': 'ja', 'C.r1.vervangt_type': 'amw' };
    expect(fu({ ...row, 'C.r1.wie': 'professional' }, ['C.r1.wie'])).toEqual({
      clear: ['C.r1.vervangt_type'],
      check: [{ key: 'C.r1.oud', source: 'C.r1.wie' }],
    });
  });

  it('keeps what the same batch answered, and marks nothing in other rows', () => {
    expect(fu({ A8: 'nee', A9: 'ja' }, ['A8', 'A9'])).toEqual({ clear: [], check: [] });
    expect(
      fu({ 'B.financien.aanvang': 'nee', 'B.opvoeding.nu': 'ja', 'B.opvoeding.aanvang': 'ja' }, [
        'B.financien.aanvang',
      ]),
    ).toEqual({ clear: [], check: [] });
  });

  it('clears B2 across scopes when fewer than two problems remain, and only then', () => {
    const rows = Object.fromEntries(
      lists.lifeDomains.map((d) => [`B.${d.code}.aanvang`, d.code === 'financien' ? 'ja' : 'nee']),
    );
    expect(fu({ ...rows, B2: 'ja' }, ['B.opvoeding.aanvang'])).toEqual({ clear: ['B2'], check: [] });
    expect(fu({ ...rows, 'B.opvoeding.aanvang': 'ja', B2: 'ja' }, ['B.opvoeding.aanvang'])).toEqual({
      clear: [],
      check: [],
    });
  });
});

describe('quality rules', () => {
  const warnings = (entries: Record<string, unknown>) => qualityWarnings(codebookV1, lists, entries).map((w) => w.id);
  it('fire on a verslechterd row, 0 hours, opgetreden with voorkomen, and more than 8 trajectories', () => {
    expect(warnings({ 'B.huisvesting.aanvang': 'nee', 'B.huisvesting.nu': 'ja', E1: 0 })).toEqual([
      'verslechterd:huisvesting',
      'geen_uren',
    ]);
    expect(warnings({ 'D.huisuitzetting.status': 'opgetreden', 'D.opname_ggz.status': 'voorkomen' })).toEqual([
      'opgetreden_en_voorkomen',
    ]);
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`C.r${i}.type`, 'amw']));
    expect(warnings(nine)).toEqual(['veel_trajecten']);
    expect(
      warnings({
        ...Object.fromEntries(Object.entries(nine).slice(1)),
        E1: 3,
        'D.huisuitzetting.status': 'opgetreden',
      }),
    ).toEqual([]);
  });
  it('word the row by its Dutch label', () => {
    expect(
      qualityWarnings(codebookV1, lists, { 'B.huisvesting.aanvang': 'nee', 'B.huisvesting.nu': 'ja' })[0].message,
    ).toMatch(/^Leefgebied Huisvesting: verslechterd/);
  });
});

describe('key labels', () => {
  it('name every key in Dutch, never by the key itself', () => {
    const label = (key: string, entries = {}) => answerKeyLabel(codebookV1, lists, key, entries).full;
    expect(label('B.huisvesting.aanvang')).toBe('Leefgebied Huisvesting: probleem bij aanvang');
    expect(label('D.opname_ggz.status')).toBe('Escalatie Opname GGZ-instelling: status');
    expect(label('A4')).toBe('Belangrijkste inkomensbron');
    expect(label('C.rb.actie', { 'C.ra.type': 'amw', 'C.rb.type': 'maatje' })).toBe(
      'Traject 2 (Maatje of buddy (vrijwilliger)): actie',
    );
    expect(label('C.rb.oud', { 'C.rb.wie': 'eigen_kracht', 'C.rb.actie': 'ingezet' })).toBe(
      'Traject 1: zou anders een professional zijn ingezet?',
    );
    expect(label('B.huisvesting.verandering')).toBe('Leefgebied Huisvesting: verandering');
    expect(label('Z9')).toBe('Onbekende vraag');
    expect(answerValueLabel(codebookV1, lists, 'A2', 'paar_zonder_kinderen')).toBe('paar zonder kinderen');
  });
});

describe('rest answers', () => {
  it('answer only the rows without an answer, with the codebook rest value', () => {
    const r = restAnswers(codebookV1, lists, 'B', { 'B.financien.aanvang': 'ja' });
    expect(r).toHaveLength(lists.lifeDomains.length - 1);
    expect(r.every((c) => c.value === 'nee' && c.key !== 'B.financien.aanvang')).toBe(true);
    expect(restAnswers(codebookV1, lists, 'D', {}).every((c) => c.value === 'niet_aan_de_orde')).toBe(true);
    expect(allRestAnswers(codebookV1, lists, {})).toHaveLength(lists.lifeDomains.length + lists.escalationTypes.length);
    expect(restAnswers(codebookV1, lists, 'C', {})).toEqual([]);
  });
});

describe("autosave and the server's follow-ups", () => {
  it('knows a dependent answer the server cleared, so the next change of it is no conflict', async () => {
    const data = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    const effects: SaveEffects[] = [];
    const sent: unknown[] = [];
    const e = createAutosave({
      sampleItemId: 1,
      storage,
      debounceMs: 0,
      onEffects: (x) => effects.push(x),
      send: async (req) => {
        sent.push(req.changes);
        return {
          ok: true,
          outcomes: req.changes.map((c) => ({ key: c.key, status: 'saved' as const, revision: c.baseRevision + 1 })),
          effects: {
            cleared: req.changes.some((c) => c.key === 'A8') ? [{ key: 'A9', revision: 2 }] : [],
            checks: {},
            status: 'te_bespreken',
          },
        };
      },
    });
    e.init({ A8: { value: 'nee', revision: 1 }, A9: { value: 'ja', revision: 1 } });
    e.set('A8', 'ja');
    await e.flushNow();
    expect(e.value('A9')).toBeNull();
    expect(e.revision('A9')).toBe(2);
    expect(effects).toHaveLength(1);
    e.set('A9', 'nee');
    await e.flushNow();
    expect(sent.at(-1)).toEqual([{ key: 'A9', value: 'nee', baseRevision: 2 }]);
    e.dispose();
    vi.useRealTimers();
  });
});
