import { defineConfig } from 'vitest/config';

// `npm run test:system`: real booted Linux instances (systemd-nspawn) as root. One file at a time,
// since every file boots machines and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/system/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
