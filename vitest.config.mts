import { defineConfig } from 'vitest/config';

// `npm test`: unit tests next to the code and integration tests on real local servers.
// System tests (booted Linux instances) and browser tests have their own commands.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/support/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
