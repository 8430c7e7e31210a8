import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderLocked, LOCK_FILE, lockDataFolder } from './lock.ts';
import { openPglite } from './pglite.ts';

const dirs: string[] = [];
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'hub-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs open-folder.ts in a second Node process. */
const secondProcess = (dir: string) =>
  spawnSync('node_modules/.bin/tsx', ['src/hub/test/open-folder.ts', dir], { encoding: 'utf8' });

describe('the data folder lock', () => {
  it('a second process is refused with a clear message while the first holds the folder', async () => {
    const dir = folder();
    const db = await openPglite(dir);
    try {
      const r = secondProcess(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`in use by another hub process (pid ${process.pid})`);
      expect(r.stderr).toContain('正被另一个集中服务进程');
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = secondProcess(dir);
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe('opened\n');
  });

  it('the same process cannot take the folder twice', () => {
    const dir = folder();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLocked);
    release();
    lockDataFolder(dir)();
  });

  it('a lock left by a process that is gone (SIGKILL) is taken over', () => {
    const dir = folder();
    const dead = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, LOCK_FILE), dead.stdout);
    const release = lockDataFolder(dir);
    release();
  });
});
