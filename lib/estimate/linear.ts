/**
 * Design-based uncertainty of linear combinations of per-household means (domain.md §7): a
 * total c + Σ_k a_k ȳ_k is the mean of the per-case combination z_i = Σ_k a_k y_ik (same
 * weights), so its SE is the SE of a stratified mean, which is exact under the design (R:
 * svymean(~z)). The covariance of several means (R: vcov(svymean(~y1 + y2 + …))) feeds the
 * delta method and the joint draws of the probabilistic sensitivity analysis.
 */
import { buildDesign, stratifiedVariance, type Design } from './design';
import { designDf } from './interval';
import { postStratify, postStratumResiduals, type PostStratified } from './post-stratify';
import type { Column } from './stratified';
import type { Observation, PostStratification, StratumInfo } from './types';

/** The per-case data of an estimation, as estimateColumns took it. */
export interface SampleDesign {
  strata: readonly StratumInfo[];
  obs: readonly Observation[];
  /** Values per key, parallel to `obs`; the MKBA quantities are complete (no NaN). */
  columns: Readonly<Record<string, Column>>;
  postStratify?: PostStratification;
}

export interface Linearizer {
  /** Completed cases minus strata (R's degf). */
  df: number;
  /** Number of cases. */
  n: number;
  /** False when no stratum carries variance (every stratum n_h = 1 or a census). */
  hasVariance: boolean;
  /** Weighted mean of z and its SE; z must be parallel to the cases and finite. */
  mean(z: ArrayLike<number>): { mean: number; se: number };
  /** Covariance matrix of the means of the given columns. */
  covariance(columns: readonly ArrayLike<number>[]): number[][];
}

/**
 * Builds the linearizer once per sample: the design and (when asked and possible) the
 * post-stratified weights, exactly as estimateColumns does, so SEs here and there agree.
 */
export function designLinearizer(sample: SampleDesign): Linearizer {
  const design = buildDesign(sample.strata, sample.obs);
  let ps: PostStratified | null = null;
  if (sample.postStratify && design.observations.length > 0) {
    const outcome = postStratify(design, sample.postStratify);
    if (!('reason' in outcome)) ps = outcome;
  }
  const weights = ps ? ps.weights : design.weights;
  const W = weights.reduce((s, w) => s + w, 0);
  const n = design.observations.length;

  const influence = (z: ArrayLike<number>): { mean: number; r: number[] } => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += (z[i] * weights[i]) / W;
    const r = new Array<number>(n);
    for (let i = 0; i < n; i++) r[i] = ((z[i] - mean) * weights[i]) / W;
    return { mean, r: ps ? postStratumResiduals(design, ps, r) : r };
  };

  return {
    df: designDf(n, design.strata.length),
    n,
    hasVariance: design.strata.some((s) => s.n >= 2 && !s.census),
    mean(z) {
      const { mean, r } = influence(z);
      return { mean, se: Math.sqrt(stratifiedVariance(design, r)) };
    },
    covariance(columns) {
      return stratifiedCovariance(
        design,
        columns.map((c) => influence(c).r),
      );
    },
  };
}

/**
 * Σ_h (1 − n_h/N_h) · n_h/(n_h − 1) · Σ_{i∈h} (r_ij − r̄_hj)(r_ik − r̄_hk): the covariance
 * version of stratifiedVariance (same treatment of census and lonely strata). Flat arrays and
 * skipping zero deviations: most MKBA quantities (a count per trajectory type) are 0 in most
 * strata, which makes this several times faster than the dense product.
 */
function stratifiedCovariance(design: Design, rs: readonly number[][]): number[][] {
  const K = rs.length;
  const acc = new Float64Array(K * K);
  const members: number[][] = design.strata.map(() => []);
  design.stratumOf.forEach((h, i) => members[h].push(i));
  const D = new Float64Array(Math.max(0, ...design.strata.map((s) => s.n)) * K);
  design.strata.forEach((s, h) => {
    if (s.n < 2 || s.census) return;
    const idx = members[h];
    const factor = ((s.N - s.n) / s.N) * (s.n / (s.n - 1));
    for (let j = 0; j < K; j++) {
      const r = rs[j];
      let m = 0;
      for (const i of idx) m += r[i];
      m /= idx.length;
      for (let t = 0; t < idx.length; t++) D[t * K + j] = r[idx[t]] - m;
    }
    for (let t = 0; t < idx.length; t++) {
      const base = t * K;
      for (let j = 0; j < K; j++) {
        const dj = D[base + j];
        if (dj === 0) continue;
        const f = dj * factor;
        const row = j * K;
        for (let k = j; k < K; k++) acc[row + k] += f * D[base + k];
      }
    }
  });
  return Array.from({ length: K }, (_, j) =>
    Array.from({ length: K }, (_, k) => (k >= j ? acc[j * K + k] : acc[k * K + j])),
  );
}
