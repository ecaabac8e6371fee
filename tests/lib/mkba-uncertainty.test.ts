import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inputIntervalKind } from '@/lib/aggregate';
import { designLinearizer, estimateColumns, type Observation, type SampleDesign } from '@/lib/estimate';
import {
  calculateMkba,
  designUncertainty,
  linearForms,
  probabilisticSensitivity,
  type DesignStat,
  type LineCode,
  type Quantities,
  type UnitValues,
} from '@/lib/mkba';

// Reference values from R's survey package: tests/reference/mkba-uncertainty-reference.R (README there).
type RefStat = { point: number; se: number; low: number; high: number };
interface RefVariant {
  name: string;
  quantityOverrides: Record<string, number>;
  lineOverrides: Partial<Record<LineCode, number>>;
  df: number;
  costs: RefStat;
  benefits: RefStat;
  saldo: RefStat;
  ratioFinancial: RefStat | null;
  ratioSocial: RefStat | null;
  parties: { party: string; saldo: RefStat; ratio: RefStat | null }[];
}
type RefInput = { key: string; mean: number; se: number; low: number; high: number };
interface Reference {
  strata: { stratum: string; N: number }[];
  shares: Record<string, number>;
  kengetallen: {
    households: number;
    fteNew: number;
    extraCostPct: number;
    costPerFte: number;
    qalyValue: number;
    prices: Record<string, number>;
    payers: Record<string, string>;
    financialValue: Record<string, number>;
    qaly: Record<string, number>;
    escalationCost: Record<string, number>;
    nuisanceValue: Record<string, number>;
    partySplit: Record<string, Record<string, number>>;
  };
  quantities: string[];
  observations: { stratum: string; huishoudtype: string; values: Record<string, number> }[];
  inputs: { df: number; logit: RefInput[]; log: RefInput[]; t: RefInput[] };
  variants: RefVariant[];
}

const ref: Reference = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/mkba-uncertainty-reference.json', import.meta.url)), 'utf8'),
);

const close = (actual: number | null | undefined, expected: number, label: string) => {
  const d = expected === 0 ? Math.abs(actual ?? NaN) : Math.abs((actual ?? NaN) - expected) / Math.abs(expected);
  expect(d, `${label}: got ${actual}, R gives ${expected}`).toBeLessThanOrEqual(expected === 0 ? 1e-6 : 1e-9);
};
const closeStat = (actual: DesignStat | null, expected: RefStat | null, label: string) => {
  if (expected === null) return expect(actual, label).toBeNull();
  expect(actual, label).not.toBeNull();
  close(actual!.point, expected.point, `${label} point`);
  close(actual!.se, expected.se, `${label} se`);
  close(actual!.low, expected.low, `${label} low`);
  close(actual!.high, expected.high, `${label} high`);
};

const strata = ref.strata;
const obs: Observation[] = ref.observations.map((o) => ({
  stratum: o.stratum,
  values: {},
  categories: { huishoudtype: o.huishoudtype },
}));
const keys = Object.keys(ref.observations[0].values);
const columns = Object.fromEntries(keys.map((k) => [k, Float64Array.from(ref.observations, (o) => o.values[k])]));

const k = ref.kengetallen;
/** The engine's kengetallen; K3, B1b and B1c split by payer per input, as assemble does for 'betaler'. */
const payer = (key: string) => ({ [k.payers[key.split('.')[1]]]: 1 });
const V: UnitValues = {
  fteNew: k.fteNew,
  extraCostPct: k.extraCostPct,
  costPerFte: k.costPerFte,
  households: k.households,
  qalyValue: k.qalyValue,
  horizonYears: 1,
  discountRate: 0,
  prices: k.prices,
  financialValue: k.financialValue,
  qaly: k.qaly,
  childValue: {},
  escalationCost: k.escalationCost,
  nuisanceValue: k.nuisanceValue,
  partySplit: { ...k.partySplit, K3: { gemeente: 1 }, B1b: { gemeente: 1 }, B1c: { gemeente: 1 } },
  inputSplit: {
    K3: { 'prof_extra.a': payer('prof_extra.a'), 'prof_extra.b': payer('prof_extra.b') },
    B1b: { 'meer_op_maat.a': payer('meer_op_maat.a') },
    B1c: { 'substitutie.b': payer('substitutie.b') },
  },
};

function variantInputs(variant: RefVariant) {
  const postStratify = variant.name === 'nagewogen' ? { variable: 'huishoudtype', shares: ref.shares } : undefined;
  const est = estimateColumns(strata, obs, ref.quantities, columns, postStratify ? { postStratify } : {});
  const q: Quantities = {
    means: Object.fromEntries(est.estimates.map((e) => [e.key, e.mean!])),
    overrides: variant.quantityOverrides,
    lineOverrides: variant.lineOverrides,
  };
  const sample: SampleDesign = { strata, obs, columns, ...(postStratify ? { postStratify } : {}) };
  return { q, sample, lin: designLinearizer(sample) };
}

describe('input intervals agree with R survey (svyciprop logit, log scale, t on degf)', () => {
  const all = [...ref.inputs.logit, ...ref.inputs.log, ...ref.inputs.t];
  const result = estimateColumns(
    strata,
    obs,
    all.map((i) => i.key),
    columns,
    { intervalKind: inputIntervalKind },
  );
  it.each(all.map((i) => [i.key, i] as const))('%s', (key, r) => {
    const e = result.estimates.find((x) => x.key === key)!;
    expect(e.df).toBe(ref.inputs.df);
    expect(result.df).toBe(ref.inputs.df);
    close(e.mean, r.mean, `${key} mean`);
    close(e.se, r.se, `${key} se`);
    close(e.ciLow, r.low, `${key} low`);
    close(e.ciHigh, r.high, `${key} high`);
  });
  it('a share and a count never leave their range, even when small', () => {
    const few: Observation[] = [
      { stratum: 'a', values: {} },
      { stratum: 'a', values: {} },
      { stratum: 'a', values: {} },
    ];
    const cols = { share_hh_extra: Float64Array.from([1, 0, 0]), 'prevented.x': Float64Array.from([0, 0, 0.5]) };
    const r = estimateColumns([{ stratum: 'a', N: 400 }], few, Object.keys(cols), cols, {
      intervalKind: inputIntervalKind,
    });
    for (const e of r.estimates) {
      expect(e.ciLow!).toBeGreaterThan(0);
      expect(e.ciHigh!).toBeGreaterThan(e.mean!);
    }
    expect(r.estimates[0].ciHigh!).toBeLessThan(1);
    expect(r.estimates.map((e) => e.interval)).toEqual(['logit', 'log']);
  });
});

describe.each(ref.variants.map((v) => [v.name, v] as const))(
  'MKBA design-based uncertainty agrees with R survey: %s',
  (_, variant) => {
    const { q, lin } = variantInputs(variant);
    const result = calculateMkba(q, V);
    const d = designUncertainty(result, V, lin, columns);

    it('df, totals, saldo and both ratios (svymean of z, svycontrast, confint with degf)', () => {
      expect(d.df).toBe(variant.df);
      closeStat(d.costs, variant.costs, 'costs');
      closeStat(d.benefits, variant.benefits, 'benefits');
      closeStat(d.saldo, variant.saldo, 'saldo');
      closeStat(d.ratioFinancial, variant.ratioFinancial, 'ratioFinancial');
      closeStat(d.ratioSocial, variant.ratioSocial, 'ratioSocial');
    });

    it('every party: saldo and ratio', () => {
      expect(d.parties.map((p) => p.party).sort()).toEqual(variant.parties.map((p) => p.party).sort());
      for (const p of variant.parties) {
        const mine = d.parties.find((x) => x.party === p.party)!;
        closeStat(mine.saldo, p.saldo, `${p.party} saldo`);
        closeStat(mine.ratio, p.ratio, `${p.party} ratio`);
      }
    });

    it('the linear forms reproduce the calculation exactly (point estimate and SE from one set of coefficients)', () => {
      const forms = linearForms(
        result.lines,
        V,
        result.parties.map((p) => p.party),
      );
      const at = (f: { constant: number; coef: Record<string, number> }) =>
        f.constant + Object.entries(f.coef).reduce((s, [key, a]) => s + a * q.means[key], 0);
      expect(at(forms.costs)).toBeCloseTo(result.costs.total, 6);
      expect(at(forms.benefits)).toBeCloseTo(result.benefits.total, 6);
      forms.parties.forEach((p, i) => {
        expect(at(p.benefits) - at(p.costs)).toBeCloseTo(result.parties[i].saldo, 6);
      });
      for (const key of Object.keys(variant.quantityOverrides))
        expect(forms.costs.coef[key] ?? forms.benefits.coef[key]).toBeUndefined();
    });
  },
);

describe('probabilistic sensitivity analysis', () => {
  const basis = ref.variants.find((v) => v.name === 'basis')!;
  const { q, lin } = variantInputs(basis);
  const d = designUncertainty(calculateMkba(q, V), V, lin, columns);

  it('without kengetal ranges, agrees with the design-based interval within Monte Carlo error', () => {
    const draws = 20_000;
    const p = probabilisticSensitivity(q, V, lin, columns, [], { draws, seed: 3 });
    expect(p.quantities).toBe(7);
    // Percentile interval of normal draws vs point ± z·se: MC sd of a 2.5% quantile ≈ 0.02 se here.
    const z = 1.959963984540054;
    expect(Math.abs(p.saldo.low - (d.saldo.point - z * d.saldo.se!))).toBeLessThan(0.08 * d.saldo.se!);
    expect(Math.abs(p.saldo.high - (d.saldo.point + z * d.saldo.se!))).toBeLessThan(0.08 * d.saldo.se!);
    const fin = d.ratioFinancial!;
    expect(Math.abs((p.ratioFinancial!.high - p.ratioFinancial!.low) / (2 * z * fin.se!) - 1)).toBeLessThan(0.06);
    expect(p.pSaldoPositive).toBeGreaterThan(0);
    expect(p.pSaldoPositive).toBeLessThan(1);
  });

  it('independent draws get the interval wrong on correlated data (why the draws are joint)', () => {
    const joint = probabilisticSensitivity(q, V, lin, columns, [], { draws: 20_000, seed: 5 });
    const independent = probabilisticSensitivity(q, V, lin, columns, [], { draws: 20_000, seed: 5, independent: true });
    const width = (i: { low: number; high: number }) => i.high - i.low;
    const designWidth = d.saldo.high! - d.saldo.low!;
    expect(Math.abs(width(joint.saldo) / designWidth - 1)).toBeLessThan(0.05);
    expect(Math.abs(width(independent.saldo) / designWidth - 1)).toBeGreaterThan(0.15);
  });

  it('is reproducible, and a kengetal range widens the spread; a range without its value is ignored with a message', () => {
    const a = probabilisticSensitivity(q, V, lin, columns, [], { seed: 9 });
    expect(probabilisticSensitivity(q, V, lin, columns, [], { seed: 9 })).toEqual(a);
    const range = {
      key: 'escalationCost.uithuis',
      low: 20_000,
      high: 90_000,
      source: 'Literatuur: kosten uithuisplaatsing',
    };
    const b = probabilisticSensitivity(q, V, lin, columns, [range], { seed: 9 });
    expect(b.ranges).toEqual([{ ...range, value: 45_000 }]);
    expect(b.saldo.high - b.saldo.low).toBeGreaterThan(1.05 * (a.saldo.high - a.saldo.low));
    const c = probabilisticSensitivity(q, V, lin, columns, [{ ...range, low: 50_000 }], { seed: 9 });
    expect(c.ranges).toEqual([]);
    expect(c.warnings[0]).toMatch(/genegeerd/);
  });

  it('with ranges, the corner forms give exactly what one full calculation per draw gives', () => {
    // H and a unit value together: their product makes the totals bilinear in the kengetallen.
    const ranges = [
      { key: 'households', low: 2000, high: 3200, source: 'CBS' },
      { key: 'financialValue.fin', low: 100, high: 900, source: 'Literatuur' },
      { key: 'qalyValue', low: 20_000, high: 80_000, source: 'Handleiding MKBA' },
    ];
    const fast = probabilisticSensitivity(q, V, lin, columns, ranges, { draws: 400, seed: 21 });
    const full = probabilisticSensitivity(q, V, lin, columns, ranges, {
      draws: 400,
      seed: 21,
      fullRecalculation: true,
    });
    for (const key of ['saldo', 'ratioFinancial', 'ratioSocial'] as const) {
      expect(fast[key]!.low).toBeCloseTo(full[key]!.low, key === 'saldo' ? 3 : 9);
      expect(fast[key]!.high).toBeCloseTo(full[key]!.high, key === 'saldo' ? 3 : 9);
    }
    expect(fast.pSaldoPositive).toBe(full.pSaldoPositive);
  });
});

describe('edge cases', () => {
  it('the semi-definite Cholesky keeps perfectly correlated inputs in their span', async () => {
    const { choleskyPsd } = await import('@/lib/mkba');
    const A = [
      [4, 2, 0],
      [2, 1, 0],
      [0, 0, 9],
    ]; // the second input is half the first
    const L = choleskyPsd(A);
    const back = A.map((row, i) => row.map((_, j) => L[i].reduce((s, x, k) => s + x * L[j][k], 0)));
    back.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(A[i][j], 12)));
    expect(L[1][1]).toBe(0);
  });

  it('without a stratum of two or more cases there is no SE, and it says so', () => {
    const one: Observation[] = [
      { stratum: 'a', values: {} },
      { stratum: 'b', values: {} },
    ];
    const cols = Object.fromEntries(ref.quantities.map((key) => [key, Float64Array.from([0.5, 1])]));
    const lin = designLinearizer({
      strata: [
        { stratum: 'a', N: 10 },
        { stratum: 'b', N: 20 },
      ],
      obs: one,
      columns: cols,
    });
    const q: Quantities = { means: Object.fromEntries(ref.quantities.map((key) => [key, (10 * 0.5 + 20) / 30])) };
    const d = designUncertainty(calculateMkba(q, V), V, lin, cols);
    expect([d.df, d.saldo.se, d.saldo.low]).toEqual([0, null, null]);
    expect(d.warnings[0]).toContain('Geen variantieschatting mogelijk');
  });
});
