import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The vitest config StrykerJS runs (`npm run mutate`): only the pure lib/ tests. They run in seconds, so each mutant
 * is judged quickly; the db and e2e tests exercise lib/ through the app and would make one run take hours.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./tests/support/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    include: ['tests/lib/**/*.test.ts'],
  },
});
