import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { audit, auditPage } from './audit.ts';
import { dumpAll, isBackupData, restoreAll } from './backup.ts';
import { listIssuedCards, listRevocations, recordIssuedCards, revokePassId } from './estate.ts';
import { db, useDb } from './index.ts';
import { recordCheck } from './passages.ts';
import { createDb } from './schema.ts';
import { setSetting } from './settings.ts';
import type { Revocation } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

describe('backup and restore', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('restores what was dumped by merging: what this tablet recorded since stays', async () => {
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
    await setSetting('volunteer', '王芳');
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
    await setSetting('volunteer', '李强');
    await restoreAll(dump, '王经理', NOW);
    expect(await db().passages.count()).toBe(2);
    expect(await db().flags.count()).toBe(1);
    expect((await db().settings.get('volunteer'))?.value).toBe('王芳');
    await db().passages.clear();
    await db().flags.clear();
    await restoreAll(dump, '王经理', NOW);
    expect((await db().passages.toArray()).map((p) => p.codeHash)).toEqual(['h']);
    expect(await db().flags.count()).toBe(1);
  });

  it("a restore keeps this tablet's PIN, device id and audit trail, adds the file's entries and audits itself", async () => {
    await setSetting('manage:pin', { salt: 'old', hash: 'old', iterations: 1 });
    await setSetting('deviceId', 'dev-old');
    await audit('unlock', '老经理', 'before the backup', NOW);
    const dump = await dumpAll(NOW);
    // The file is edited: another PIN, another device id, the audit trail dropped.
    const edited = {
      ...dump,
      tables: {
        ...dump.tables,
        audit: [],
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
    await setSetting('deviceId', 'dev-here');
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
    await db().passages.clear();
    // The passages merge first; a revocation whose key IndexedDB refuses fails the last table.
    const bad = { passId: {}, at: NOW, by: 'x', reason: 'y' } as unknown as Revocation;
    const broken = { ...dump, tables: { ...dump.tables, revocations: [bad] } };
    await expect(restoreAll(broken, '王经理', NOW)).rejects.toThrow();
    expect(await db().passages.count()).toBe(0);
    expect(await db().audit.count()).toBe(0);
  });

  it('carries issued cards, revocations and the audit trail in their own tables (version 2)', async () => {
    const card = {
      passId: 'P1',
      personId: 'R1',
      displayName: '张*',
      building: '1',
      unit: '1',
      room: '101',
      validFrom: NOW,
      validUntil: NOW + 1,
      issuedAt: NOW,
      kid: 'k',
    };
    await recordIssuedCards([card], '王经理');
    await revokePassId({ passId: 'P1', at: NOW + 1, by: '王经理', reason: '遗失' });
    const dump = await dumpAll(NOW);
    expect(dump.version).toBe(2);
    expect(dump.tables.issuedCards).toEqual([card]);
    expect(dump.tables.audit?.map((e) => e.action)).toEqual(['pass-issue', 'pass-revoke']);
    await db().issuedCards.clear();
    await db().revocations.clear();
    await restoreAll(dump, '王经理', NOW + 2);
    expect(await listIssuedCards()).toEqual([card]);
    expect((await listRevocations()).map((r) => r.passId)).toEqual(['P1']);
    expect((await auditPage(10)).map((e) => e.action)).toEqual(['restore', 'pass-revoke', 'pass-issue']);
  });

  it('restores a version 1 file: records kept under settings prefixes go to their tables', async () => {
    const dump = await dumpAll(NOW);
    const card = {
      passId: 'OLD',
      personId: 'R1',
      displayName: '张*',
      building: '1',
      unit: '1',
      room: '101',
      validFrom: NOW - 9,
      validUntil: NOW + 9,
      issuedAt: NOW - 5,
      kid: 'k',
    };
    const v1 = {
      format: dump.format,
      version: 1 as const,
      exportedAt: NOW,
      tables: {
        passages: [],
        people: [],
        flags: [],
        ledger: [],
        settings: [
          { key: 'volunteer', value: '李强' },
          { key: 'estateCard:OLD', value: card },
          { key: 'estateRevoked:OLD', value: { passId: 'OLD', at: NOW - 1, by: '老经理', reason: '遗失' } },
          {
            key: 'audit:01AAAAAAAAAAAAAAAAAAAAAAAA',
            value: {
              id: '01AAAAAAAAAAAAAAAAAAAAAAAA',
              at: NOW - 9,
              who: '老经理',
              action: 'lock',
              detail: 'v1',
            },
          },
        ],
      },
    };
    expect(isBackupData(JSON.parse(JSON.stringify(v1)))).toBe(true);
    await restoreAll(v1, '王经理', NOW);
    expect((await db().settings.toArray()).map((s) => s.key)).toEqual(['volunteer']);
    expect((await listIssuedCards()).map((c) => c.passId)).toEqual(['OLD']);
    expect((await listRevocations()).map((r) => r.by)).toEqual(['老经理']);
    expect((await auditPage(10)).map((e) => e.detail)).toContain('v1');
  });

  it('rejects shapes that are not a backup', () => {
    expect(isBackupData({ format: 'gate-checkpoint/backup', version: 1, tables: { passages: [{}] } })).toBe(
      false,
    );
    expect(isBackupData(null)).toBe(false);
  });
});
