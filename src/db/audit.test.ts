import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { savePin } from './access.ts';
import { audit, verifyAudit } from './audit.ts';
import { dumpAll, restoreAll } from './backup.ts';
import { auditBody, linkHash } from './chain.ts';
import { resolveFlag } from './flags.ts';
import { db, useDb } from './index.ts';
import { recordCheck } from './passages.ts';
import { saveRetentionDays } from './retention.ts';
import { createDb } from './schema.ts';
import { testCheck } from './test-records.ts';
import type { AuditEntry } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const HOUR = 3_600_000;
const clean = { clockBack: 0, otherDevice: 0, unkeyed: 0 };

/** Audited writes of several modules, each in its own transaction, and one entry on its own. */
async function someActions(): Promise<AuditEntry[]> {
  await savePin({ salt: 's', hash: 'h', iterations: 1 }, '王经理', 'pin-set', NOW);
  await saveRetentionDays(14, '王经理', NOW + 1);
  const { flags } = await recordCheck(
    {
      at: NOW + 2,
      gateId: 'east',
      deviceId: 'dev-1',
      direction: 'in',
      codeHash: null,
      codeFormat: null,
      verdict: 'review',
      reasons: ['mask-none'],
      personId: null,
      check: testCheck(),
    },
    ['mask-none'],
  );
  await resolveFlag(flags[0]?.id ?? '', 'mask-fixed', '李强', NOW + 3);
  await audit('export', '王经理', 'passages.csv 1', NOW + 4);
  return db().audit.orderBy('[chain.key+chain.seq]').toArray();
}

describe('audit chain', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('chains the entries of every audited write, in or out of the writer’s transaction', async () => {
    const trail = await someActions();
    expect(trail.map((e) => [e.action, e.chain?.seq])).toEqual([
      ['pin-set', 1],
      ['setting', 2],
      ['flag-resolve', 3],
      ['export', 4],
    ]);
    expect(await verifyAudit()).toEqual({ checked: 4, firstBreak: null, ...clean });
  });

  it('an edited entry, a deleted entry and an entry re-linked without the key are each found', async () => {
    const trail = await someActions();
    const [, second, third] = trail as [AuditEntry, AuditEntry, AuditEntry];
    await db().audit.put({ ...second, detail: 'retentionDays=365' });
    expect((await verifyAudit()).firstBreak).toEqual({ id: second.id, why: 'hash' });
    // Re-hashed with plain SHA-256 (what devtools can do without the key): only the HMAC tells.
    const c = second.chain as NonNullable<AuditEntry['chain']>;
    const forged = { ...second, detail: 'retentionDays=365' };
    const hash = linkHash(c.seq, c.prev, c.key, auditBody(forged));
    await db().audit.put({ ...forged, chain: { ...c, hash } });
    await db().audit.put({ ...third, chain: { ...(third.chain as typeof c), prev: hash } });
    const relinked = await verifyAudit();
    expect(relinked.firstBreak).toEqual({ id: second.id, why: 'mac' });
    await db().audit.bulkPut([second, third]);
    await db().audit.delete(second.id);
    expect((await verifyAudit()).firstBreak).toEqual({ id: third.id, why: 'gap' });
  });

  it('a clock set back between entries is a note, not a break', async () => {
    await audit('unlock', '王经理', '', NOW);
    // A reload with the clock an hour back: new ids sort before the entries they follow.
    vi.resetModules();
    const other = await import('./audit.ts');
    const late = await other.audit('lock', '王经理', '', NOW - HOUR);
    expect(late.id < ((await db().audit.toArray())[1]?.id ?? '')).toBe(true);
    expect(late.chain?.seq).toBe(2);
    expect(await verifyAudit()).toEqual({ checked: 2, firstBreak: null, ...clean, clockBack: 1 });
  });

  it('entries a restore brings from another device, or from before the chain, are named, not called tampered', async () => {
    await someActions();
    const file = await dumpAll(NOW + 5);
    // The file also holds an entry written before the trail was chained.
    file.tables.audit?.push({
      id: '01KAAAAAAAAAAAAAAAAAAAAAA0',
      at: NOW - HOUR,
      who: '老经理',
      action: 'unlock',
      detail: '',
    });
    // Another tablet, with a trail and a key of its own.
    await createDb().delete();
    useDb(createDb());
    await audit('unlock', '张经理', '', NOW + 6);
    await restoreAll(file, '张经理', NOW + 7);
    expect(await verifyAudit()).toEqual({
      checked: 7,
      firstBreak: null,
      ...clean,
      otherDevice: 4,
      unkeyed: 1,
    });
  });
});
