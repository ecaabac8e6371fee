/**
 * Probabilistic sensitivity analysis (PSA) of the MKBA (domain.md §7), separate from the
 * design-based sampling interval: what saldo and ratios do when the measured means move as the
 * sample says they can, and the kengetallen the researcher is unsure of move within a range.
 *
 * Choices, and why:
 * - The measured means are drawn jointly from a multivariate normal with the design's
 *   covariance matrix, estimated from the same per-case data (the means are survey means on the
 *   same households, so they move together; independent draws get the width wrong).
 * - A kengetal with a range (low, high, source) is drawn from the triangular distribution with
 *   its value as mode; every other kengetal and every overridden value is fixed.
 * - No truncation: the totals are linear in the means and the draws represent the normal
 *   approximation the design-based interval also uses, so without ranges both agree.
 * - A fixed seed (xoroshiro128+), so the page, the CLI and the export show the same numbers.
 * - Speed: for fixed kengetallen every total is linear in the means (linear forms), and it is
 *   affine in each kengetal separately (H, fte, %, €/fte, a unit value, the QALY value each
 *   multiply), so with m ranged kengetallen it is exactly the multilinear interpolation of the
 *   linear forms at the 2^m corners of the ranges: 2^m calculations instead of one per draw.
 * - Output: the 2.5th–97.5th percentile of saldo and both ratios, and P(saldo > 0).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Column, Linearizer } from '../estimate';
import { calculateMkba } from './calculate';
import { choleskyPsd, percentile } from './psa-math';
import { kengetalValue, withKengetal, type KengetalRange } from './kengetal-range';
import { linearForms } from './linear-forms';
import type { LabelLists, Quantities, UnitValues } from './types';

export interface PsaOptions {
  draws?: number;
  seed?: number;
  /** Central interval level, default 0.95. */
  level?: number;
  /** Draw the means independently (marginal SEs only). Only to show why joint draws are needed. */
  independent?: boolean;
  /** One full calculateMkba per draw instead of the corner forms (to check that they are exact). */
  fullRecalculation?: boolean;
}

export interface Interval {
  point: number;
  low: number;
  high: number;
}

export interface PsaResult {
  draws: number;
  seed: number;
  level: number;
  /** Number of measured means drawn jointly. */
  quantities: number;
  saldo: Interval;
  ratioFinancial: Interval | null;
  ratioSocial: Interval | null;
  /** Share of draws with saldo > 0. */
  pSaldoPositive: number;
  /** The kengetal ranges that were drawn, with the value used as mode. */
  ranges: (KengetalRange & { value: number })[];
  warnings: string[];
}

export const PSA_DEFAULTS = { draws: 2000, seed: 20180101, level: 0.95 } as const;

/** Above this many ranged kengetallen, 2^m corners cost more than one calculation per draw. */
const MAX_CORNER_RANGES = 8;

/** A linear form as a dense vector over the drawn keys. */
interface DenseForm {
  constant: number;
  coef: Float64Array;
}

const dense = (f: { constant: number; coef: Record<string, number> }, keys: readonly string[]): DenseForm => ({
  constant: f.constant,
  coef: Float64Array.from(keys, (k) => f.coef[k] ?? 0),
});

const evaluate = (f: DenseForm, x: Float64Array) => {
  let s = f.constant;
  for (let j = 0; j < x.length; j++) s += f.coef[j] * x[j];
  return s;
};

/** The linear forms of the totals at every corner of the ranges (low/high per ranged kengetal). */
function cornerTotals(
  q: Quantities,
  v: UnitValues,
  active: readonly KengetalRange[],
  keys: readonly string[],
  lists?: LabelLists,
) {
  return Array.from({ length: 2 ** active.length }, (_, mask) => {
    const upper = active.map((_, i) => ((mask >> i) & 1) === 1);
    const vc = active.reduce((acc, r, i) => withKengetal(acc, r.key, upper[i] ? r.high : r.low), v);
    const forms = linearForms(calculateMkba(q, vc, lists).lines, vc);
    return {
      upper,
      costs: dense(forms.costs, keys),
      benefits: dense(forms.benefits, keys),
      immaterial: dense(forms.immaterial, keys),
    };
  });
}

/** Pairs of standard normals by Box–Muller. */
function normals(rng: RandomGenerator, out: Float64Array): void {
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng)));
    const a = 2 * Math.PI * uniformFloat64(rng);
    out[i] = r * Math.cos(a);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(a);
  }
}

/** Triangular(low, mode, high) by inversion. */
function triangular(rng: RandomGenerator, low: number, mode: number, high: number): number {
  const u = uniformFloat64(rng);
  if (high === low) return low;
  const c = (mode - low) / (high - low);
  return u < c
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/**
 * Runs the PSA. `lin` and `columns` are the per-case data behind `q.means`; throws (like
 * calculateMkba) when kengetallen are missing.
 */
export function probabilisticSensitivity(
  q: Quantities,
  v: UnitValues,
  lin: Linearizer,
  columns: Readonly<Record<string, Column>>,
  ranges: readonly KengetalRange[] = [],
  options: PsaOptions = {},
  lists?: LabelLists,
): PsaResult {
  const { draws, seed, level } = { ...PSA_DEFAULTS, ...options };
  const point = calculateMkba(q, v, lists);
  const forms = linearForms(point.lines, v);
  const keys = [...new Set([...Object.keys(forms.costs.coef), ...Object.keys(forms.benefits.coef)])].sort();
  const cov = lin.covariance(keys.map((k) => columns[k]));
  if (options.independent)
    cov.forEach((row, j) =>
      row.forEach((_, k) => {
        if (j !== k) row[k] = 0;
      }),
    );
  const L = choleskyPsd(cov);
  const warnings: string[] = [];
  const active: (KengetalRange & { value: number })[] = [];
  for (const r of ranges) {
    const value = kengetalValue(v, r.key);
    if (value === undefined)
      warnings.push(`Bandbreedte voor ${r.label ?? r.key} genegeerd: het kengetal heeft geen waarde.`);
    else if (!(r.low <= value && value <= r.high)) {
      const nl = (x: number) => x.toLocaleString('nl-NL', { maximumSignificantDigits: 6 });
      warnings.push(
        `Bandbreedte voor ${r.label ?? r.key} genegeerd: de waarde ${nl(value)} ligt niet tussen ${nl(r.low)} en ${nl(r.high)}. Pas de bandbreedte aan op de pagina Kengetallen.`,
      );
    } else active.push({ ...r, value });
  }

  const useCorners = !options.fullRecalculation && active.length <= MAX_CORNER_RANGES;
  const corners = useCorners ? cornerTotals(q, v, active, keys, lists) : [];
  const rng = xoroshiro128plus(seed);
  const z = new Float64Array(keys.length);
  const x = new Float64Array(keys.length);
  const saldo: number[] = [];
  const fin: number[] = [];
  const soc: number[] = [];
  for (let d = 0; d < draws; d++) {
    normals(rng, z);
    for (let j = 0; j < keys.length; j++) {
      let s = q.means[keys[j]];
      for (let k = 0; k <= j; k++) s += L[j][k] * z[k];
      x[j] = s;
    }
    const drawn = active.map((r) => triangular(rng, r.low, r.value, r.high));
    let costs = 0;
    let benefits = 0;
    let immaterial = 0;
    if (useCorners) {
      const t = drawn.map((y, i) => (y - active[i].low) / (active[i].high - active[i].low));
      for (const c of corners) {
        let w = 1;
        c.upper.forEach((up, i) => (w *= up ? t[i] : 1 - t[i]));
        if (w === 0) continue;
        costs += w * evaluate(c.costs, x);
        benefits += w * evaluate(c.benefits, x);
        immaterial += w * evaluate(c.immaterial, x);
      }
    } else {
      let vd = v;
      active.forEach((r, i) => (vd = withKengetal(vd, r.key, drawn[i])));
      const means = { ...q.means };
      keys.forEach((k, j) => (means[k] = x[j]));
      const r = calculateMkba({ ...q, means }, vd, lists);
      costs = r.costs.total;
      benefits = r.benefits.total;
      immaterial = r.benefits.B4a + r.benefits.B4b + r.benefits.B4c;
    }
    saldo.push(benefits - costs);
    if (costs !== 0) {
      fin.push((benefits - immaterial) / costs);
      soc.push(benefits / costs);
    }
  }
  const a = (1 - level) / 2;
  const interval = (xs: number[], p: number | null): Interval | null => {
    if (p === null || xs.length === 0) return null;
    const s = xs.sort((l, r) => l - r);
    return { point: p, low: percentile(s, a), high: percentile(s, 1 - a) };
  };
  return {
    draws,
    seed,
    level,
    quantities: keys.length,
    pSaldoPositive: saldo.filter((s) => s > 0).length / draws,
    saldo: interval(saldo, point.saldo)!,
    ratioFinancial: interval(fin, point.ratioFinancial),
    ratioSocial: interval(soc, point.ratioSocial),
    ranges: active,
    warnings,
  };
}
