import type { Design } from './design';
import { FEW_CASES, type PostStratification, type PostStratumSummary } from './types';

/** A post-stratified design: adjusted weights plus what the variance step needs. */
export interface PostStratified {
  /** Post-stratified weight per observation: design weight × g of its class. */
  weights: number[];
  /** Class index per observation. */
  classOf: number[];
  /** Σ design weights per class (survey's `oldweights` totals). */
  classWeightSums: number[];
  summaries: PostStratumSummary[];
  warnings: string[];
}

/** Post-stratification could not be applied; `reason` is a Dutch message. */
export interface PostStratifyFailure {
  reason: string;
}

/**
 * Post-stratifies the design to population shares, as R's
 * `postStratify(design, ~var, data.frame(var = ..., Freq = share × N))` does:
 * g_c = (share_c × N) / Σ_{i∈c} w_i and w'_i = g_c · w_i, so the weighted class shares equal
 * the population shares and Σ w' = N. Why: household types are not equally represented in
 * the sample; post-stratification corrects that with the caseload shares the study enters.
 * Only proportions of `shares` matter (they are normalised). Returns a failure instead of
 * post-stratifying when R's postStratify would stop: an observation without a class, a class
 * in the sample without a population share, or a class with a population share but no cases.
 */
export function postStratify(design: Design, spec: PostStratification): PostStratified | PostStratifyFailure {
  const entries = Object.entries(spec.shares);
  if (entries.some(([, s]) => !Number.isFinite(s) || s < 0)) {
    throw new Error(`Nawegen op ${spec.variable}: populatieaandelen moeten getallen ≥ 0 zijn.`);
  }
  const shareSum = entries.reduce((sum, [, s]) => sum + s, 0);
  if (!(shareSum > 0)) throw new Error(`Nawegen op ${spec.variable}: de populatieaandelen tellen op tot 0.`);
  const prefix = `Nawegen op ${spec.variable} is niet gedaan`;

  const classes = entries.filter(([, s]) => s > 0).map(([c]) => c);
  const classIndex = new Map(classes.map((c, i) => [c, i] as const));
  const classOf: number[] = [];
  const counts = new Array<number>(classes.length).fill(0);
  const classWeightSums = new Array<number>(classes.length).fill(0);
  let missing = 0;
  const unknown = new Set<string>();
  design.observations.forEach((o, i) => {
    const c = o.categories?.[spec.variable];
    if (c === null || c === undefined || c === '') {
      missing++;
      classOf.push(-1);
      return;
    }
    const k = classIndex.get(c);
    if (k === undefined) {
      unknown.add(c);
      classOf.push(-1);
      return;
    }
    classOf.push(k);
    counts[k]++;
    classWeightSums[k] += design.weights[i];
  });
  if (missing > 0) return { reason: `${prefix}: ${missing} dossier(s) zonder ${spec.variable}.` };
  if (unknown.size > 0) {
    const list = [...unknown].map((c) => `"${c}"`).join(', ');
    return { reason: `${prefix}: ${list} komt in de steekproef voor maar heeft geen populatieaandeel.` };
  }
  const absent = classes.filter((_, k) => counts[k] === 0);
  if (absent.length > 0) {
    const list = absent.map((c) => `"${c}"`).join(', ');
    return { reason: `${prefix}: ${list} heeft een populatieaandeel maar geen dossiers in de steekproef.` };
  }

  const warnings: string[] = [];
  const summaries: PostStratumSummary[] = classes.map((category, k) => {
    const populationShare = spec.shares[category] / shareSum;
    const g = (populationShare * design.N) / classWeightSums[k];
    if (counts[k] < FEW_CASES) {
      warnings.push(
        `Nawegen op ${spec.variable}: klasse "${category}" heeft maar ${counts[k]} dossier(s); de nawegingsfactor is onzeker.`,
      );
    }
    return { category, n: counts[k], sampleShare: classWeightSums[k] / design.N, populationShare, g };
  });
  const weights = design.weights.map((w, i) => w * summaries[classOf[i]].g);
  return { weights, classOf, classWeightSums, summaries, warnings };
}

/**
 * Removes the post-stratum means from influence values, as survey's svyrecvar does for a
 * post-stratified design: m_c = Σ_{i∈c} z_i · w_i / w'_i / Σ_{i∈c} w_i and r_i = z_i − m_c · w'_i
 * (w = design weight, w' = post-stratified weight). For a mean this gives
 * r_i = w'_i (y_i − ȳ_c) / Σ w' inside the domain: the variance no longer contains the
 * between-class part that post-stratification fixes. Why exactly this: it is survey's
 * linearisation, so SEs agree with R to rounding, also for domain (missing-value) estimates.
 */
export function postStratumResiduals(design: Design, ps: PostStratified, z: readonly number[]): number[] {
  const sums = new Array<number>(ps.classWeightSums.length).fill(0);
  z.forEach((zi, i) => {
    sums[ps.classOf[i]] += (zi * design.weights[i]) / ps.weights[i];
  });
  const means = sums.map((s, k) => s / ps.classWeightSums[k]);
  return z.map((zi, i) => zi - means[ps.classOf[i]] * ps.weights[i]);
}
