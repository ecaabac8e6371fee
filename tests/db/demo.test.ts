import { describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { seedIfEmpty } from '@/db/seed';
import { listStudies } from '@/db/queries/studies';
import { getResults } from '@/db/queries/results';
import { getMkba } from '@/db/queries/mkba';
import { DEMO_RESULTS_NAME } from '@/db/demo-results';

describe('demo studies', () => {
  it('an empty database gets the demo and a demo with finished interviews whose MKBA computes', () => {
    const db = createDb(':memory:');
    const first = seedIfEmpty(db);
    expect(first).not.toBeNull();
    expect(seedIfEmpty(db)).toBeNull();
    const results = listStudies(db).find((s) => s.name === DEMO_RESULTS_NAME)!;
    const r = getResults(db, results.id)!;
    expect(r.n).toBe(80); // 20 caseworkers × 4 finished
    const m = getMkba(db, results.id);
    expect(m.missing).toEqual([]);
    expect(m.result!.costs.K3).toBeGreaterThan(0);
    expect(m.result!.benefits.B2).not.toBe(0);
    const d = m.uncertainty!.design!;
    expect(d.df).toBe(80 - 20);
    expect(d.saldo.low!).toBeLessThan(d.saldo.high!);
    expect(m.uncertainty!.psa!.saldo.low).toBeLessThan(m.uncertainty!.psa!.saldo.high);
  });
});
