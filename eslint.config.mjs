import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * lib/ is framework-free domain logic: it may not reach the database, the app, the components or Next.
 * The dependency direction is app/ and cli/ → db/queries → lib/; components/ → lib/ (+ the server actions they call).
 */
const LIB_BOUNDARY = {
  patterns: [
    {
      group: ['@/db', '@/db/*', '**/db/*'],
      message: 'lib/ is pure domain logic: no database access (move the caller to db/queries, app/ or cli/).',
    },
    {
      group: ['@/app', '@/app/*', '@/components/*', '@/cli/*'],
      message: 'lib/ may not import app/, components/ or cli/: they depend on lib/, not the other way round.',
    },
    {
      group: ['next', 'next/*', 'react', 'react-dom', 'server-only'],
      message: 'lib/ is framework-free: no Next or React.',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Started as a warning (README, "Lint and format"): the interview reads browser state (clocks,
  // drafts) after mount with setState in an effect; the plan is useSyncExternalStore for those reads.
  { files: ['components/interview/**'], rules: { 'react-hooks/set-state-in-effect': 'warn' } },
  // Tests hold no React components: `usePage()` and friends are vitest fixtures, not hooks.
  { files: ['tests/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', LIB_BOUNDARY] } },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'public/sw.js',
    'coverage/**',
    'reports/**',
    '.stryker-tmp/**',
  ]),
]);
