import { defineConfig } from 'vitest/config';

// `npm run test:keychain`: the real OS keychain. tests/keychain/run.sh starts a private D-Bus
// session with an unlocked GNOME Keyring around this run; each file gets its own process, so a
// file can face a machine without any Secret Service.
export default defineConfig({
  test: {
    include: ['tests/keychain/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
