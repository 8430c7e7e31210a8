import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['tests/vitest-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['src/hub/**'],
        },
      },
      // The hub (Node, SQL): every file runs against PGlite and against a PostgreSQL the global
      // setup starts for the run (src/hub/test/pg-global.ts), only when a hub test is selected.
      {
        extends: true,
        test: {
          name: 'hub',
          include: ['src/hub/**/*.test.ts'],
          globalSetup: ['src/hub/test/pg-global.ts'],
          // Opening a database takes a second or two, more on a busy machine.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
