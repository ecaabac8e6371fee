import type { Observation, StratumInfo, StratumSummary } from './types';

/** One participating stratum (n_h ≥ 1) of the stratified SRSWOR design. */
export interface DesignStratum {
  stratum: string;
  N: number;
  n: number;
  /** Design weight N_h / n_h. */
  weight: number;
  /** n_h = 1 and N_h > 1: no within-stratum variance can be estimated. */
  lonely: boolean;
  /** n_h = N_h: the stratum is observed completely, its variance contribution is zero. */
  census: boolean;
}

/** The design as the estimators need it: observations in input order, each tied to its stratum. */
export interface Design {
  /** Σ N_h over participating strata. */
  N: number;
  strata: DesignStratum[];
  summaries: StratumSummary[];
  /** Index into `strata` per observation (parallel to `observations`). */
  stratumOf: number[];
  /** Design weight per observation. */
  weights: number[];
  observations: readonly Observation[];
  warnings: string[];
}

/**
 * Builds the stratified SRSWOR design: w_i = N_h / n_h, N = Σ N_h over strata with at least
 * one observation. Why strata without observations are left out: a caseworker without usable
 * cases represents nobody in the sample, so the estimate describes the participating
 * caseworkers' caseload (domain.md §6); the warning makes that visible.
 * Throws (Dutch message) on input that cannot come from a valid frame and sample.
 */
export function buildDesign(strataInfo: readonly StratumInfo[], observations: readonly Observation[]): Design {
  const index = new Map<string, number>();
  strataInfo.forEach((s, i) => {
    if (index.has(s.stratum)) throw new Error(`Teamlid ${s.stratum} staat dubbel in de strata.`);
    if (!Number.isInteger(s.N) || s.N < 1) {
      throw new Error(`Teamlid ${s.stratum}: N_h moet een geheel getal ≥ 1 zijn (gekregen: ${s.N}).`);
    }
    index.set(s.stratum, i);
  });
  const counts = new Array<number>(strataInfo.length).fill(0);
  for (const o of observations) {
    const i = index.get(o.stratum);
    if (i === undefined) throw new Error(`Dossier van teamlid ${o.stratum}, dat niet in de strata staat.`);
    counts[i]++;
  }
  const warnings: string[] = [];
  const strata: DesignStratum[] = [];
  const position = new Array<number>(strataInfo.length).fill(-1);
  const summaries: StratumSummary[] = strataInfo.map((s, i) => {
    const n = counts[i];
    if (n > s.N) {
      throw new Error(`Teamlid ${s.stratum} heeft ${n} bruikbare dossiers, meer dan N_h = ${s.N}.`);
    }
    if (n === 0) {
      warnings.push(`Teamlid ${s.stratum} heeft geen bruikbare dossiers en telt niet mee (N_h = ${s.N}).`);
      return { stratum: s.stratum, N: s.N, n, weight: null };
    }
    const weight = s.N / n;
    const lonely = n === 1 && s.N > 1;
    if (lonely) {
      warnings.push(
        `Teamlid ${s.stratum} heeft n_h = 1: geen variantieschatting voor dit teamlid; ` +
          'het telt mee in het gemiddelde, maar niet in de standaardfout (die is daardoor iets te klein).',
      );
    }
    position[i] = strata.length;
    strata.push({ stratum: s.stratum, N: s.N, n, weight, lonely, census: n === s.N });
    return { stratum: s.stratum, N: s.N, n, weight };
  });
  const stratumOf = observations.map((o) => position[index.get(o.stratum)!]);
  return {
    N: strata.reduce((sum, s) => sum + s.N, 0),
    strata,
    summaries,
    stratumOf,
    weights: stratumOf.map((h) => strata[h].weight),
    observations,
    warnings,
  };
}

/**
 * Variance of a linearised statistic under stratified SRSWOR, from its influence values
 * (one per observation, zero outside the domain):
 * V = Σ_h (1 − n_h/N_h) · n_h/(n_h − 1) · Σ_{i∈h} (r_i − r̄_h)².
 * With r_i = w_i (y_i − ȳ)/N this is Σ_h (N_h/N)² (1 − n_h/N_h) s_h²/n_h (domain.md §6).
 * Why this form: it is what R's survey package computes (svyrecvar/onestrat), so domain
 * estimates and post-stratification come out identical to R. Census strata (n_h = N_h) and
 * lonely strata (n_h = 1, survey.lonely.psu = "remove"/"certainty") contribute zero.
 */
export function stratifiedVariance(design: Design, r: readonly number[]): number {
  const sums = new Array<number>(design.strata.length).fill(0);
  for (let i = 0; i < r.length; i++) sums[design.stratumOf[i]] += r[i];
  const means = design.strata.map((s, h) => sums[h] / s.n);
  const squares = new Array<number>(design.strata.length).fill(0);
  for (let i = 0; i < r.length; i++) {
    const h = design.stratumOf[i];
    const d = r[i] - means[h];
    squares[h] += d * d;
  }
  let v = 0;
  design.strata.forEach((s, h) => {
    if (s.n < 2 || s.census) return;
    v += squares[h] * ((s.N - s.n) / s.N) * (s.n / (s.n - 1));
  });
  return v;
}
