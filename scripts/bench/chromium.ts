/** Debian Chromium for the benchmarks: a throwaway on-disk profile (IndexedDB on disk, as on a tablet). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.ts';

/** The preview server scripts/bench.mjs started. */
export const BENCH_URL = process.env.BENCH_URL ?? 'http://127.0.0.1:4183';

/**
 * A persistent context (not an in-memory incognito one) whose camera plays `video`, when given,
 * in `profile` (a fresh folder by default), its relative addresses on `baseURL` (the preview
 * server by default; a hub's origin for the sync benchmarks). `close()` deletes the profile
 * folder; `stop()` keeps it.
 */
export async function launchBench(
  video?: string,
  profile = mkdtempSync(join(tmpdir(), 'gate-bench-profile-')),
  baseURL = BENCH_URL,
): Promise<{ context: BrowserContext; profile: string; stop(): Promise<void>; close(): Promise<void> }> {
  const camera = video
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...camera],
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  return {
    context,
    profile,
    stop: () => context.close(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
