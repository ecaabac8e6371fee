/**
 * Sampling uncertainty of saldo and ratios (domain.md §7) by Monte Carlo with a fixed seed, so
 * the interval on the uitvoerscherm is the same on every run and in every export.
 *
 * Choices, and why:
 * - Each per-household mean is drawn from Normal(mean, se): the estimates are survey means
 *   whose sampling distribution is approximately normal (domain.md §6).
 * - Draws are truncated at 0 (redrawn until ≥ 0) because counts and shares cannot be negative;
 *   `net_improved.*` is exempt since a net improvement may be negative.
 * - Inputs are drawn independently: the estimate step gives only marginal SEs, so covariance
 *   between inputs (e.g. two trajectory types in the same households) is ignored.
 * - Kengetallen are fixed, and so are overridden inputs: a typed-in value has no sampling error.
 * - The interval is the 2.5th–97.5th percentile of the draws (linear interpolation).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { calculateMkba } from './calculate';
import type { LabelLists, Quantities, UnitValues } from './types';

export interface MonteCarloOptions {
  draws?: number;
  seed?: number;
  /** Central interval level, default 0.95. */
  level?: number;
}

export interface Interval {
  point: number;
  low: number;
  high: number;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  level: number;
  saldo: Interval;
  ratioFinancial: Interval | null;
  ratioSocial: Interval | null;
}

export const MONTE_CARLO_DEFAULTS = { draws: 2000, seed: 20180101, level: 0.95 } as const;

/** Keys allowed to go below zero in a draw. */
const mayBeNegative = (key: string) => key.startsWith('net_improved.');

/** Standard normal by Box–Muller (one of the pair; simple and reproducible). */
function standardNormal(rng: RandomGenerator): number {
  const u1 = 1 - uniformFloat64(rng); // (0, 1]: log(u1) is finite
  const u2 = uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function drawValue(rng: RandomGenerator, mean: number, se: number, truncate: boolean): number {
  if (!truncate) return mean + se * standardNormal(rng);
  for (let i = 0; i < 1000; i++) {
    const x = mean + se * standardNormal(rng);
    if (x >= 0) return x;
  }
  return 0; // mean far below 0 relative to se: effectively all mass at the bound
}

/** Percentile with linear interpolation on sorted data. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Throws (like calculateMkba) when kengetallen are missing. `seByKey` holds the inputs' SEs. */
export function monteCarlo(
  q: Quantities,
  v: UnitValues,
  seByKey: Record<string, number>,
  options: MonteCarloOptions = {},
  lists?: LabelLists,
): MonteCarloResult {
  const { draws, seed, level } = { ...MONTE_CARLO_DEFAULTS, ...options };
  const point = calculateMkba(q, v, lists);
  const fixed = new Set(Object.keys(q.overrides ?? {}));
  const varying = Object.keys(q.means)
    .filter((k) => !fixed.has(k) && (seByKey[k] ?? 0) > 0)
    .sort(); // a stable order keeps the draws reproducible whatever the object order
  // Costs, benefits and the immaterial benefits are linear in the per-household means (every
  // line is H × Σ mean × value, or fixed), so each draw is a dot product with the response of
  // the totals to each input: one calculation per input instead of one per draw (≈ 30× faster).
  const totals = (r: ReturnType<typeof calculateMkba>) => [r.costs.total, r.benefits.total, r.benefits.B4a + r.benefits.B4b + r.benefits.B4c];
  const base = totals(point);
  const slopes = varying.map((k) => {
    const step = Math.max(1, Math.abs(q.means[k]));
    const t = totals(calculateMkba({ ...q, means: { ...q.means, [k]: q.means[k] + step } }, v, lists));
    return t.map((x, j) => (x - base[j]) / step);
  });
  const rng = xoroshiro128plus(seed);
  const saldo: number[] = [];
  const fin: number[] = [];
  const soc: number[] = [];
  for (let i = 0; i < draws; i++) {
    let [costs, benefits, immaterial] = base;
    varying.forEach((k, j) => {
      const d = drawValue(rng, q.means[k], seByKey[k], !mayBeNegative(k)) - q.means[k];
      costs += slopes[j][0] * d;
      benefits += slopes[j][1] * d;
      immaterial += slopes[j][2] * d;
    });
    saldo.push(benefits - costs);
    if (costs !== 0) {
      fin.push((benefits - immaterial) / costs);
      soc.push(benefits / costs);
    }
  }
  const a = (1 - level) / 2;
  const interval = (xs: number[], p: number | null): Interval | null => {
    if (p === null || xs.length === 0) return null;
    const s = [...xs].sort((x, y) => x - y);
    return { point: p, low: quantile(s, a), high: quantile(s, 1 - a) };
  };
  return {
    draws,
    seed,
    level,
    saldo: interval(saldo, point.saldo)!,
    ratioFinancial: interval(fin, point.ratioFinancial),
    ratioSocial: interval(soc, point.ratioSocial),
  };
}
