import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

/** `npm run screenshots`: retakes the README's gate pictures from the production build (needs fonts-noto-cjk). */
export default defineConfig({ ...base, testDir: '.', testMatch: '*.screens.ts', reporter: 'list' });
