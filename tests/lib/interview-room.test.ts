/** Issue #18, the interview room: save-state texts, type-ahead, clocks and pace, session position, column headers. */
import { describe, expect, it } from 'vitest';
import { offlineText, saveStatus } from '@/lib/autosave';
import { matchRows } from '@/lib/interview/type-ahead';
import { addToClock, caseClockKey, formatDuration, MAX_TICK_MS, pace, readClock, tickMs } from '@/lib/interview/clock';
import { sessionPosition } from '@/lib/interview/session-position';
import { columnHeader } from '@/lib/interview/form-model';
import { codebookV1 } from '@/lib/codebook';
import { DEFAULT_ESCALATION_TYPES, DEFAULT_LIFE_DOMAINS } from '@/lib/codebook/defaults';

const snap = (over: Partial<Parameters<typeof saveStatus>[0]> = {}) => ({
  state: 'saved' as const,
  pendingCount: 0,
  conflicts: [],
  rejected: {},
  storageFailed: false,
  ...over,
});
const conflict = (key: string) => ({ key, mine: 'a', theirs: 'b', theirRevision: 2, updatedBy: 'x', updatedAt: 0 });

describe('save status', () => {
  it('says offline answers are safe in this browser, neutral, with the count (singular and plural)', () => {
    expect(saveStatus(snap({ state: 'offline', pendingCount: 7 }))).toMatchObject({
      kind: 'offline',
      tone: 'neutral',
      text: 'Offline – 7 antwoorden bewaard in deze browser, worden verstuurd zodra er verbinding is',
    });
    expect(offlineText(1)).toBe('Offline – 1 antwoord bewaard in deze browser, wordt verstuurd zodra er verbinding is');
  });
  it('makes a conflict its own state, with the keys to link to', () => {
    const s = saveStatus(snap({ state: 'error', conflicts: [conflict('A10')] }));
    expect(s).toMatchObject({ kind: 'conflict', tone: 'conflict', keys: ['A10'] });
    expect(s.text).toMatch(/^Conflict – 1 antwoord intussen door iemand anders gewijzigd/);
  });
  it('keeps red for what needs action: a refused answer, full storage, an expired session', () => {
    expect(saveStatus(snap({ state: 'error', rejected: { F1: 'bevat een telefoonnummer' } }))).toMatchObject({
      kind: 'rejected',
      tone: 'error',
      keys: ['F1'],
    });
    expect(saveStatus(snap({ state: 'offline', pendingCount: 2, storageFailed: true })).tone).toBe('error');
    expect(saveStatus(snap({ state: 'expired' })).tone).toBe('error');
    expect(saveStatus(snap({ state: 'saving' })).tone).toBe('busy');
    expect(saveStatus(snap()).text).toBe('Opgeslagen');
  });
});

describe('type-ahead to a row', () => {
  const rows = [
    ...DEFAULT_LIFE_DOMAINS.map((d) => ({ id: d.code, label: d.label, section: 'B' })),
    ...DEFAULT_ESCALATION_TYPES.map((d) => ({ id: d.code, label: d.label, section: 'D' })),
  ];
  it('matches the first letters, ignoring case and accents, label starts before later words', () => {
    expect(matchRows(rows, 'fin').map((r) => r.id)).toEqual(['financien']);
    expect(matchRows(rows, 'HUIS').map((r) => r.id)).toEqual(['huisvesting', 'huiselijke_relaties', 'huisuitzetting']);
    expect(matchRows(rows, 'gez').map((r) => r.id)).toEqual(['geestelijke_gezondheid', 'lichamelijke_gezondheid']);
    expect(matchRows(rows, 'ggz').map((r) => r.id)).toEqual(['opname_ggz']);
    expect(matchRows(rows, '')).toEqual([]);
    expect(matchRows(rows, 'xyz')).toEqual([]);
  });
});

describe('clocks', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };
  it('accumulates per case and caps a long gap (sleep) at one tick', () => {
    const s = store();
    const key = caseClockKey(3, 41);
    addToClock(s, key, tickMs(1000, 2000));
    addToClock(s, key, tickMs(2000, 2000 + 3_600_000));
    expect(readClock(s, key)).toBe(1000 + MAX_TICK_MS);
    expect(tickMs(5000, 4000)).toBe(0);
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
  it('gives the pace: finished cases per hour of open time and the mean time per finished case', () => {
    const p = pace([
      { finished: true, ms: 300_000 },
      { finished: true, ms: 420_000 },
      { finished: false, ms: 180_000 },
    ]);
    expect(p.sessionMs).toBe(900_000);
    expect(p.meanMs).toBe(360_000);
    expect(p.perHour).toBeCloseTo(8, 10);
    expect(pace([{ finished: false, ms: 0 }])).toMatchObject({ perHour: null, meanMs: null });
  });
});

describe('session position', () => {
  const cases = [
    { id: 1, status: 'besproken' },
    { id: 2, status: 'onbruikbaar' },
    { id: 3, status: 'te_bespreken' },
    { id: 4, status: 'reserve_in_gebruik' },
  ];
  it('counts the cases of the session page without the unusable ones', () => {
    expect(sessionPosition(cases, 3)).toEqual({ index: 2, total: 3, prevId: 1, nextId: 4 });
    expect(sessionPosition(cases, 1)).toEqual({ index: 1, total: 3, prevId: null, nextId: 3 });
    expect(sessionPosition(cases, 2)).toBeNull();
  });
});

describe('column headers', () => {
  it('a question worded per row gets a neutral header', () => {
    const c = codebookV1.sections.find((s) => s.id === 'C')!.table!.questions;
    expect(columnHeader(c.find((q) => q.code === 'oud')!)).toBe('Vergelijking met de oude werkwijze');
    expect(columnHeader(c.find((q) => q.code === 'wie')!)).toBe('Door wie');
  });
});
