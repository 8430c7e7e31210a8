import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, isBackupData, restoreAll } from './backup.ts';
import { recordCheck } from './checks.ts';
import { db, putSetting, useDb } from './index.ts';
import { audit, auditPage } from './manage-audit.ts';
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
    await restoreAll(dump, '王经理', NOW);
    expect(await db().passages.count()).toBe(1);
    expect(await db().flags.count()).toBe(1);
    expect((await db().settings.get('volunteer'))?.value).toBe('王芳');
  });

  it("a restore keeps this tablet's PIN, device id and audit trail, adds the file's entries and audits itself", async () => {
    await putSetting('manage:pin', { salt: 'old', hash: 'old', iterations: 1 });
    await putSetting('deviceId', 'dev-old');
    await audit('unlock', '老经理', 'before the backup', NOW);
    const dump = await dumpAll(NOW);
    // The file is edited: another PIN, another device id, the audit trail dropped.
    const edited = {
      ...dump,
      tables: {
        ...dump.tables,
        settings: [
          ...dump.tables.settings.filter((s) => !s.key.startsWith('audit:') && !s.key.startsWith('manage:')),
          { key: 'manage:pin', value: { salt: 'evil', hash: 'evil', iterations: 1 } },
          {
            key: 'audit:01AAAAAAAAAAAAAAAAAAAAAAAA',
            value: {
              id: '01AAAAAAAAAAAAAAAAAAAAAAAA',
              at: NOW,
              who: 'x',
              action: 'lock',
              detail: 'from the file',
            },
          },
        ],
      },
    };
    await putSetting('deviceId', 'dev-here');
    await audit('unlock', '王经理', 'after the backup', NOW + 1);
    await restoreAll(edited, '王经理', NOW + 2);
    expect((await db().settings.get('manage:pin'))?.value).toEqual({
      salt: 'old',
      hash: 'old',
      iterations: 1,
    });
    expect((await db().settings.get('deviceId'))?.value).toBe('dev-here');
    const trail = await auditPage(10);
    expect(trail.map((e) => e.detail)).toEqual(
      expect.arrayContaining(['before the backup', 'after the backup', 'from the file']),
    );
    expect(trail[0]?.action).toBe('restore');
    expect(trail[0]?.who).toBe('王经理');
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
    await expect(restoreAll(broken, '王经理', NOW)).rejects.toThrow();
    expect(await db().passages.count()).toBe(1);
  });

  it('rejects shapes that are not a backup', () => {
    expect(isBackupData({ format: 'gate-checkpoint/backup', version: 1, tables: { passages: [{}] } })).toBe(
      false,
    );
    expect(isBackupData(null)).toBe(false);
  });
});
