// @ts-check
/**
 * Mutation testing of the domain logic (`npm run mutate`, not part of `npm test` or CI): StrykerJS changes lib/ one
 * small edit at a time and checks that some lib/ test fails. Incremental: a rerun only retests mutants whose code or
 * tests changed (the previous result is kept in reports/mutation/, which git ignores).
 * One directory at a time: `npm run mutate -- --mutate 'lib/estimate/**\/*.ts'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [
    'lib/estimate/**/*.ts',
    'lib/tally/**/*.ts',
    'lib/sampling/**/*.ts',
    'lib/privacy/**/*.ts',
    'lib/mkba/**/*.ts',
    '!lib/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores are shared by the whole team: one test runner at a time.
  concurrency: 1,
  // Static mutants (module-level tables and constants) need the whole suite per mutant; they are skipped.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  timeoutMS: 10_000,
};

export default config;
