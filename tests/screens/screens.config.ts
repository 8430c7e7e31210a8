import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

// Playwright runs the web server in the config's own folder: the build needs the repository's root.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run screenshots`: retakes the README's gate pictures from the production build (needs fonts-noto-cjk). */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.screens.ts',
  reporter: 'list',
  webServer:
    base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: root } : base.webServer,
});
