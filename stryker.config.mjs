// @ts-check
/**
 * Mutation testing of the domain logic (`npm run mutate`, not part of `npm test` or CI): StrykerJS changes lib/ one
 * small edit at a time and checks that some lib/ test fails. Incremental: a rerun only retests mutants whose code or
 * tests changed (the previous result is kept in reports/mutation/, which git ignores).
 * One directory at a time, each with its own report and incremental file: `MUTATE_DIR=estimate npm run mutate`.
 */
const DIRS = ['estimate', 'tally', 'sampling', 'privacy', 'mkba'];
const only = process.env.MUTATE_DIR;
if (only && !DIRS.includes(only)) throw new Error(`MUTATE_DIR must be one of ${DIRS.join(', ')}`);
const name = only ?? 'all';
const out = `reports/mutation/${name}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // related: false: Stryker already names the test files that cover a mutant; vitest's related-file search per run is slow.
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/*', './tests/support/stryker-progress-reporter.mjs'],
  mutate: [...(only ? [only] : DIRS).map((d) => `lib/${d}/**/*.ts`), '!lib/**/index.ts'],
  coverageAnalysis: 'perTest',
  // Two cores are shared by the whole team: one test runner at a time.
  concurrency: 1,
  // Static mutants (module-level tables and constants) need the whole suite per mutant; they are skipped.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'progress-ndjson'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  timeoutMS: 3000,
};

export default config;
