/**
 * Per-case tallies (domain.md §4 classification, §5 tallies). Framework-free.
 */
export * from './classify';
export * from './case-tally';
export * from './compact';
