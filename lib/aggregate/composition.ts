import type { CompletedCase, StratumFrame } from './aggregate';

export interface CompositionCell {
  householdType: string;
  severity: string;
  n: number;
  weightedShare: number;
}

/**
 * The sample's make-up by huishoudtype × zwaarte, unweighted counts and design-weighted shares
 * (w = N_h / n_h), to set beside the frame's huishoudtype shares.
 */
export function sampleComposition(strata: readonly StratumFrame[], cases: readonly CompletedCase[]): CompositionCell[] {
  const nh = new Map<string, number>();
  for (const c of cases) nh.set(c.caseworker, (nh.get(c.caseworker) ?? 0) + 1);
  const N = new Map(strata.map((s) => [s.caseworker, s.N]));
  const cells = new Map<string, CompositionCell>();
  let total = 0;
  for (const c of cases) {
    const w = (N.get(c.caseworker) ?? 0) / (nh.get(c.caseworker) ?? 1);
    const householdType = c.tally.householdType ?? 'onbekend';
    const severity = c.tally.severity ?? 'onbekend';
    const key = `${householdType}|${severity}`;
    const cell = cells.get(key) ?? { householdType, severity, n: 0, weightedShare: 0 };
    cell.n++;
    cell.weightedShare += w;
    total += w;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map((c) => ({ ...c, weightedShare: total > 0 ? c.weightedShare / total : 0 }))
    .sort((a, b) => a.householdType.localeCompare(b.householdType) || a.severity.localeCompare(b.severity));
}
