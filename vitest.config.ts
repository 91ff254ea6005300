import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // On the 2-core CI machine, browsers, pcscd rigs and the SIGKILL fault test must not compete for the CPU:
    // one test file at a time keeps their timing honest (the whole suite still runs in minutes).
    ...(process.env.CI ? { maxWorkers: 1 } : {}),
    globalSetup: ['tests/support/temp-root.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['shared/test-support/fast-check-seed.ts'],
          include: [
            'shared/**/*.test.ts',
            'agent/**/*.test.ts',
            'backend/**/*.test.ts',
            'tools/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'extension',
          environment: 'happy-dom',
          setupFiles: ['shared/test-support/fast-check-seed.ts'],
          include: ['extension/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/agent/**/*.test.ts', 'tests/backend/**/*.test.ts', 'tests/register/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own pcscd/netns rig; two at once on 2 cores only slows both down.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build-extension.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
