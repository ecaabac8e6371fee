/** The MKBA calculation (domain.md §7): pure functions from quantities and kengetallen to costs, benefits, ratios per party. */
export * from './types';
export * from './validate';
export * from './calculate';
export * from './scenarios';
export * from './uncertainty';
export * from './profile';
export * from './kengetallen';
export * from './kengetal-schema';
export * from './assemble';
export * from './custom-scenario';
export * from './kengetallen-view';
export * from './override-targets';
export * from './quantities';
export * from './linear-forms';
export * from './design-uncertainty';
export * from './kengetal-range';
export * from './psa-math';
