/**
 * The embedded database's own settings: a new data folder is made (by initdb in a separate
 * process) and opened with the small shared-buffer pool that keeps an idle hub's memory down.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, PGLITE_SHARED_BUFFERS } from './pglite.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('makes a new data folder, opens it with small shared buffers, and keeps what was written', async () => {
    const folder = join(dir, 'data');
    const db = await openPglite(folder);
    try {
      expect(existsSync(join(folder, 'PG_VERSION'))).toBe(true);
      const setting = await db.query<{ v: string }>("SELECT current_setting('shared_buffers') AS v");
      expect(setting.rows[0]?.v).toBe(PGLITE_SHARED_BUFFERS);
      await db.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
    } finally {
      await db.close();
    }
    const again = await openPglite(folder);
    try {
      expect((await again.query<{ n: number }>('SELECT n FROM kept')).rows).toEqual([{ n: 7 }]);
    } finally {
      await again.close();
    }
  }, 300_000);
});
