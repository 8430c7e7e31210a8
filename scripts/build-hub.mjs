#!/usr/bin/env node
/**
 * Bundles the hub (src/hub/start.ts and what it imports from src/) into one ES module,
 * build/hub/start.mjs, that plain Node runs: `npm start` runs that, not the TypeScript loader,
 * whose compiler thread and caches cost an idle hub 20-30 MB. Packages stay in node_modules.
 * Returns the bundle's path when imported; builds it when run.
 */
import { build } from 'esbuild';

export const HUB_BUNDLE = 'build/hub/start.mjs';

export async function buildHub() {
  await build({
    entryPoints: ['src/hub/start.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: HUB_BUNDLE,
    logLevel: 'warning',
  });
  return HUB_BUNDLE;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildHub();
