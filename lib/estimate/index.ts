/**
 * Estimation (domain.md §6): design weights, weighted means with SE and confidence interval
 * for the stratified SRSWOR sample (strata = caseworkers), optional post-stratification, and
 * estimates per team. Framework-free; checked against R's survey package (tests/reference).
 */
export * from './types';
export { designWeights, estimateMeans, estimateColumns, estimateByGroup, type Column } from './stratified';
export { normalQuantile } from './normal-quantile';
export { tQuantile } from './t-quantile';
export { confidenceInterval, designDf, intervalQuantile } from './interval';
export { designLinearizer, type Linearizer, type SampleDesign } from './linear';
