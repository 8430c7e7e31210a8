import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { keptOnRestore } from './backup.ts';
import { cleanGateName, gateName, saveGateName } from './gate-name.ts';
import { db, useDb } from './index.ts';
import { createDb } from './schema.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

describe('the gate’s name', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('is named once at setup, renamed only without firstOnly, each change audited', async () => {
    expect(await gateName()).toBeNull();
    await saveGateName(' 西门 ', '王芳', NOW, true);
    expect(await gateName()).toBe('西门');
    await expect(saveGateName('东门', '王芳', NOW + 1, true)).rejects.toThrow(/named already/);
    await saveGateName('东门', '赵经理', NOW + 2);
    expect(await gateName()).toBe('东门');
    const lines = (await db().audit.toArray()).map((e) => `${e.who}: ${e.detail}`);
    expect(lines).toEqual(['王芳: gateName=西门', '赵经理: gateName=东门 (was 西门)']);
  });

  it('refuses an empty or over-long name; a restore never takes another tablet’s', async () => {
    expect(cleanGateName('   ')).toBeNull();
    expect(cleanGateName('门'.repeat(21))).toBeNull();
    expect(cleanGateName('地库  入口')).toBe('地库 入口');
    await expect(saveGateName('', '王芳', NOW)).rejects.toThrow();
    expect(keptOnRestore('gateName')).toBe(true);
  });
});
