import { describe, expect, it } from 'vitest';
import { calculateMkba, netPresentValue } from '@/lib/mkba/calculate';
import { REPORT_EXPECTED, REPORT_QUANTITIES as RQ, REPORT_UNIT_VALUES as RV } from '@/lib/mkba/reference';
import { applyScenario, REPORT_SCENARIOS, runScenarios, tornado } from '@/lib/mkba/scenarios';
import { LINE_CODES, type Quantities, type UnitValues } from '@/lib/mkba/types';
import { missingUnitValues, MissingUnitValuesError } from '@/lib/mkba/validate';
import { defaultLists } from '@/lib/codebook/defaults';

const within = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(rel);

const allToGemeente = Object.fromEntries(LINE_CODES.map((c) => [c, { gemeente: 1 }])) as UnitValues['partySplit'];

/** Small hand-computable inputs: H = 10. */
const SMALL_V: UnitValues = {
  fteNew: 10,
  extraCostPct: 0.2,
  costPerFte: 100,
  households: 10,
  prices: { a: 50, b: 20 },
  partySplit: allToGemeente,
  escalationCost: { e: 1000 },
  financialValue: { d: 30, opvoeding: 0 },
  qaly: { d: 0.1, opvoeding: 0 },
  qalyValue: 50_000,
  nuisanceValue: { e: 40 },
  childValue: { opvoeding: 200 },
  horizonYears: 1,
  discountRate: 0,
};
const SMALL_Q: Quantities = {
  means: {
    'prof_extra.a': 0.5,
    'prof_extra.b': 1,
    'meer_op_maat.b': 0.25,
    'substitutie.a': 0.1,
    'net_improved.d': 0.2,
    'net_improved.opvoeding': 0.3,
    'prevented.e': 0.05,
  },
};

describe('report fixture (domain.md §8)', () => {
  const r = calculateMkba(RQ, RV);
  it('reproduces K1–K3 within 0.1%', () => {
    within(r.costs.K1, REPORT_EXPECTED.K1, 0.001);
    within(r.costs.K2, REPORT_EXPECTED.K2, 0.001);
    within(r.costs.K3, REPORT_EXPECTED.K3, 0.001);
    expect(r.costs.K1).toBeCloseTo(3_052_080, 6);
    expect(r.costs.K2).toBeCloseTo(763_020, 6);
  });
  it('reproduces the fitted benefit lines, totals, saldo and both ratios', () => {
    for (const c of ['B1b', 'B1c', 'B2', 'B3', 'B4a', 'B4b', 'B4c'] as const)
      expect(r.benefits[c]).toBeCloseTo(REPORT_EXPECTED[c], 4);
    within(r.costs.total, REPORT_EXPECTED.costs, 0.001);
    within(r.benefits.total, REPORT_EXPECTED.benefits, 0.001);
    // Saldo is a small difference of two large totals: the K3 rounding (+835) moves it by < 1%.
    within(r.saldo, REPORT_EXPECTED.saldo, 0.01);
    expect(r.ratioFinancial!.toFixed(2)).toBe('0.88');
    expect(r.ratioSocial!.toFixed(2)).toBe('0.98');
  });
  it('computes the gemeente ratio; the documented split reproduces the report’s 0.85', () => {
    const g = r.parties.find((p) => p.party === 'gemeente')!;
    expect(g.costs).toBeCloseTo(r.costs.total, 6); // gemeente bears K1 + K2 + K3
    within(g.benefits, REPORT_EXPECTED.gemeente.benefits, 0.001);
    expect(Math.abs(g.ratio! - REPORT_EXPECTED.gemeente.ratio)).toBeLessThan(0.01);
    // A constant yearly result gives the same ratio after two years.
    const two = calculateMkba(RQ, { ...RV, horizonYears: 2 });
    expect(two.parties.find((p) => p.party === 'gemeente')!.ratio).toBeCloseTo(g.ratio!, 12);
  });
  it('splits every line fully over the parties', () => {
    const sum = (f: (p: (typeof r.parties)[number]) => number) => r.parties.reduce((s, p) => s + f(p), 0);
    expect(sum((p) => p.costs)).toBeCloseTo(r.costs.total, 4);
    expect(sum((p) => p.benefits)).toBeCloseTo(r.benefits.total, 4);
    expect(sum((p) => p.saldo)).toBeCloseTo(r.saldo, 4);
    expect(r.parties.map((p) => p.party)).toEqual([
      'gemeente',
      'huishoudens',
      'zorgverzekeraar',
      'rijk',
      'corporatie',
      'politie_justitie',
    ]);
  });
});

describe('formulas (hand-computed, H = 10)', () => {
  const r = calculateMkba(SMALL_Q, SMALL_V);
  const line = (c: string) => r.lines.find((l) => l.code === c)!;
  it('costs', () => {
    expect(r.costs.K1).toBeCloseTo(800); // fte_nul 8 × 100
    expect(r.costs.K2).toBeCloseTo(200); // (10 − 8) × 100
    expect(r.costs.K3).toBeCloseTo(450); // 10 × (0.5 × 50 + 1 × 20)
    expect(r.costs.total).toBeCloseTo(1450);
  });
  it('benefits', () => {
    expect(r.benefits.B1a).toBeCloseTo(800); // = K1
    expect(r.benefits.B1b).toBeCloseTo(50); // 10 × 0.25 × 20
    expect(r.benefits.B1c).toBeCloseTo(50); // 10 × 0.1 × 50 (price of the replaced type)
    expect(r.benefits.B2).toBeCloseTo(60); // 10 × (0.2 × 30 + 0.3 × 0)
    expect(r.benefits.B3).toBeCloseTo(500); // 10 × 0.05 × 1000
    expect(r.benefits.B4a).toBeCloseTo(600); // 10 × 0.3 × 200 (only opvoeding has a child value)
    expect(r.benefits.B4b).toBeCloseTo(10_000); // 10 × 0.2 × 0.1 × 50,000
    expect(r.benefits.B4c).toBeCloseTo(20); // 10 × 0.05 × 40
    expect(r.benefits.total).toBeCloseTo(12_080);
  });
  it('saldo, ratios, NPV and drill-down', () => {
    expect(r.saldo).toBeCloseTo(10_630);
    expect(r.ratioSocial!).toBeCloseTo(12_080 / 1450);
    expect(r.ratioFinancial!).toBeCloseTo((12_080 - 10_620) / 1450);
    expect(r.npv).toBeCloseTo(r.saldo);
    expect(netPresentValue(100, 2, 0.1)).toBeCloseTo(100 + 100 / 1.1);
    expect(line('K3').formula).toBe('H × Σ_type prof_extra_per_hh[type] × prijs[type]');
    expect(line('K3').inputs).toEqual([
      { key: 'prof_extra.a', label: 'a', quantity: 5, price: 50, amount: 250, overridden: false },
      { key: 'prof_extra.b', label: 'b', quantity: 10, price: 20, amount: 200, overridden: false },
    ]);
    expect(r.lines.map((l) => l.code)).toEqual([...LINE_CODES]);
  });
  it('a negative net improvement gives a negative B2', () => {
    const n = calculateMkba({ means: { ...SMALL_Q.means, 'net_improved.d': -0.2 } }, SMALL_V);
    expect(n.benefits.B2).toBeCloseTo(-60);
  });
});

describe('missing kengetallen', () => {
  it('lists what is missing in Dutch, with list labels', () => {
    const v: UnitValues = {
      ...RV,
      prices: { ...RV.prices, wmo_wrv: undefined as unknown as number },
      costPerFte: NaN,
      qaly: {},
    };
    const missing = missingUnitValues(v, RQ, defaultLists);
    expect(missing).toContain(
      'Prijs ontbreekt voor trajecttype Wmo woon-, rolstoel- en vervoersvoorzieningen (WRV) (gebruikt in K3)',
    );
    expect(missing).toContain('Kengetal ontbreekt: kosten per fte');
    expect(missing).toContain('QALY-winst ontbreekt voor levensdomein Geestelijke gezondheid (gebruikt in B4b)');
    expect(() => calculateMkba(RQ, v)).toThrow(MissingUnitValuesError);
    try {
      calculateMkba(RQ, v);
    } catch (e) {
      expect((e as MissingUnitValuesError).missing).toEqual(missingUnitValues(v, RQ));
    }
  });
  it('checks the party split and the child value of opvoeding', () => {
    const v = { ...SMALL_V, childValue: {}, partySplit: { ...allToGemeente, K2: { gemeente: 0.9 }, B3: undefined } };
    expect(missingUnitValues(v, SMALL_Q)).toEqual([
      'Waarde ontwikkelingskansen kinderen ontbreekt voor levensdomein opvoeding (gebruikt in B4a)',
      'Verdeling over partijen voor K2 (Meerkosten nieuwe werkwijze) telt op tot 0,9 in plaats van 1',
      'Verdeling over partijen ontbreekt voor B3 (Voorkomen escalatie)',
    ]);
  });
  it('needs no price for a type nobody received, and none for an overridden line', () => {
    expect(missingUnitValues(SMALL_V, { means: { ...SMALL_Q.means, 'prof_extra.z': 0 } })).toEqual([]);
    const q = { means: { ...SMALL_Q.means, 'prof_extra.z': 1 }, lineOverrides: { K3: 123 } };
    expect(missingUnitValues(SMALL_V, q)).toEqual([]);
    expect(calculateMkba(q, SMALL_V).costs.K3).toBe(123);
  });
});

describe('overrides', () => {
  it('shows an overridden line and input as overridden', () => {
    const r = calculateMkba({ ...SMALL_Q, overrides: { 'prof_extra.a': 1 }, lineOverrides: { B1a: 500 } }, SMALL_V);
    const b1a = r.lines.find((l) => l.code === 'B1a')!;
    expect(b1a).toMatchObject({ overridden: true, amount: 500, computed: 800 });
    expect(r.benefits.B1a).toBe(500);
    const k3 = r.lines.find((l) => l.code === 'K3')!;
    expect(k3.overridden).toBe(false);
    expect(k3.inputs[0]).toMatchObject({ key: 'prof_extra.a', quantity: 10, overridden: true });
    expect(r.costs.K3).toBeCloseTo(700);
  });
});

describe('scenarios and tornado', () => {
  const rows = runScenarios(RQ, RV);
  const row = (id: string) => rows.find((r) => r.id === id)!;
  it('change the saldo in the expected direction', () => {
    expect(rows.map((r) => r.id)).toEqual(['basis', ...REPORT_SCENARIOS.map((s) => s.id)]);
    const k2 = (id: string) => {
      const s = REPORT_SCENARIOS.find((x) => x.id === id)!;
      const a = applyScenario(RQ, RV, s);
      return calculateMkba(a.q, a.v).costs.K2;
    };
    expect(k2('meerkosten_30')).toBeGreaterThan(calculateMkba(RQ, RV).costs.K2);
    expect(row('meerkosten_30').saldo).toBeLessThan(row('basis').saldo); // K2 up, B1a = K1 down
    expect(row('fte_40').costs).toBeLessThan(row('basis').costs);
    expect(row('halve_extra_zorg').saldo).toBeGreaterThan(row('basis').saldo);
    expect(row('escalatie_0').saldo).toBeCloseTo(row('basis').saldo - 450_500 - 2_900, 4);
    expect(row('escalatie_2').saldo).toBeCloseTo(row('basis').saldo + 450_500 + 2_900, 4);
    expect(row('substitutie_30').saldo).toBeCloseTo(row('basis').saldo + 2 * 277_000, 4);
    expect(row('gecombineerd').deltaSaldo).toBeCloseTo(
      row('escalatie_2').deltaSaldo + row('substitutie_30').deltaSaldo,
      4,
    );
  });
  it('tornado gives the saldo at each CI bound, widest first', () => {
    const t = tornado(RQ, RV, {
      'prevented.huisuitzetting': { low: 0, high: 0.02 },
      'prof_extra.wmo_wrv': { low: 0.02, high: 0.03 },
    });
    expect(t[0].key).toBe('prevented.huisuitzetting');
    expect(t[0].saldoHigh - t[0].saldoLow).toBeCloseTo(2500 * 0.02 * (18_020 + 116), 4);
    expect(t[1].saldoHigh).toBeLessThan(t[1].saldoLow); // more extra care costs more
  });
});
