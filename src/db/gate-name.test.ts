import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditPage } from './audit.ts';
import { dumpAll, restoreAll } from './backup.ts';
import { gateName, nameGate } from './gate.ts';
import { useDb } from './index.ts';
import { createDb } from './schema.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

describe("this tablet's gate name", () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('is unset on a new tablet, then named (trimmed), renamed, and each naming audited', async () => {
    expect(await gateName()).toBeNull();
    expect(await nameGate('  东门 ', '王芳', NOW)).toBe(true);
    expect(await gateName()).toBe('东门');
    expect(await nameGate('北门车行道', '王芳', NOW + 1)).toBe(true);
    expect(await gateName()).toBe('北门车行道');
    const entries = (await auditPage(50)).filter((e) => e.action === 'gate-name');
    expect(entries.map((e) => e.detail)).toEqual(['东门 → 北门车行道', '— → 东门']);
  });

  it('refuses an empty or over-long name and keeps the one it had', async () => {
    await nameGate('东门', '王芳', NOW);
    expect(await nameGate('   ', '王芳', NOW)).toBe(false);
    expect(await nameGate('门'.repeat(21), '王芳', NOW)).toBe(false);
    expect(await gateName()).toBe('东门');
  });

  it('is never taken from a backup of another tablet', async () => {
    await nameGate('东门', '王芳', NOW);
    const fromEast = await dumpAll(NOW);
    await createDb().delete();
    useDb(createDb());
    await nameGate('北门', '李强', NOW);
    await restoreAll(fromEast, '王经理', NOW);
    expect(await gateName()).toBe('北门');
  });
});
