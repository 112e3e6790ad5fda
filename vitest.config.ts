import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    // CLI tests spawn node processes; keep them well inside the default limits on a 2-core machine.
    testTimeout: 30_000,
  },
});
