/** Small numeric helpers of the probabilistic sensitivity analysis. */

/**
 * Lower-triangular L with L Lᵀ = A for a symmetric positive semi-definite A. Why semi-definite:
 * a design covariance is singular when inputs are linear in each other (or constant); a pivot
 * at or below 1e-12 × the largest diagonal is treated as zero, so the draws stay in the span.
 */
export function choleskyPsd(A: readonly number[][]): number[][] {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const tol = 1e-12 * Math.max(0, ...A.map((row, i) => row[i]));
  for (let j = 0; j < n; j++) {
    let s = A[j][j];
    for (let k = 0; k < j; k++) s -= L[j][k] * L[j][k];
    if (s <= tol) continue;
    const d = Math.sqrt(s);
    L[j][j] = d;
    for (let i = j + 1; i < n; i++) {
      let t = A[i][j];
      for (let k = 0; k < j; k++) t -= L[i][k] * L[j][k];
      L[i][j] = t / d;
    }
  }
  return L;
}

/** Percentile with linear interpolation on sorted data (R's quantile type 7). */
export function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
