import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, isBackupData, restoreAll } from './backup.ts';
import { recordCheck } from './checks.ts';
import { db, putSetting, useDb } from './index.ts';
import { createDb } from './schema.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

describe('backup and restore', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('restores exactly what was dumped, replacing what was there', async () => {
    await recordCheck(
      {
        at: NOW,
        gateId: 'g',
        deviceId: 'd',
        direction: 'in',
        codeHash: 'h',
        codeFormat: 'opaque',
        verdict: 'review',
        reasons: ['unregistered'],
        personId: null,
      },
      ['unregistered'],
    );
    await putSetting('volunteer', '王芳');
    const dump = await dumpAll(NOW);
    expect(isBackupData(JSON.parse(JSON.stringify(dump)))).toBe(true);
    await recordCheck(
      {
        at: NOW + 1,
        gateId: 'g',
        deviceId: 'd',
        direction: 'out',
        codeHash: 'x',
        codeFormat: 'opaque',
        verdict: 'pass',
        reasons: [],
        personId: null,
      },
      [],
    );
    await restoreAll(dump);
    expect(await db().passages.count()).toBe(1);
    expect(await db().flags.count()).toBe(1);
    expect((await db().settings.get('volunteer'))?.value).toBe('王芳');
  });

  it('a restore that fails part-way changes nothing', async () => {
    await recordCheck(
      {
        at: NOW,
        gateId: 'g',
        deviceId: 'd',
        direction: 'in',
        codeHash: 'h',
        codeFormat: 'opaque',
        verdict: 'pass',
        reasons: [],
        personId: null,
      },
      [],
    );
    const dump = await dumpAll(NOW);
    const first = dump.tables.passages[0];
    if (!first) throw new Error('no passage');
    // Two records with the same key: bulkAdd fails inside the transaction.
    const broken = { ...dump, tables: { ...dump.tables, passages: [first, first] } };
    await expect(restoreAll(broken)).rejects.toThrow();
    expect(await db().passages.count()).toBe(1);
  });

  it('rejects shapes that are not a backup', () => {
    expect(isBackupData({ format: 'gate-checkpoint/backup', version: 1, tables: { passages: [{}] } })).toBe(
      false,
    );
    expect(isBackupData(null)).toBe(false);
  });
});
