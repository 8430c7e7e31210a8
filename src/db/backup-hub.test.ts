import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, restoreAll } from './backup.ts';
import { db, useDb } from './index.ts';
import { outboxFront } from './outbox.ts';
import { recordCheck } from './passages.ts';
import { createDb } from './schema.ts';
import { enrolForTest } from './test-records.ts';
import type { HubLink } from './types.ts';

const NOW = Date.UTC(2026, 11, 6, 8);

const check = (at: number, codeHash: string) =>
  recordCheck(
    {
      at,
      gateId: '北门',
      deviceId: 'old-tablet',
      direction: 'in',
      codeHash,
      codeFormat: 'opaque',
      verdict: 'review',
      reasons: ['unregistered'],
      personId: null,
    },
    ['unregistered'],
  );

const enrol = (role: HubLink['role']) => enrolForTest(role, NOW, { gateName: '北门' });

describe('restoring a backup on a device connected to a hub', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('queues what the restore added (the hub keeps one record per id), and nothing on a second restore', async () => {
    await check(NOW, 'a');
    await check(NOW + 1, 'b');
    const dump = await dumpAll(NOW + 2);
    const ids = (await db().passages.toArray()).map((p) => p.id).sort();
    // The replacement tablet: fresh, enrolled as the same gate.
    await createDb().delete();
    useDb(createDb());
    await enrol('gate');
    await restoreAll(dump, '王经理', NOW + 3);
    const queued = (await outboxFront(500))?.records ?? [];
    expect(
      queued
        .filter((r) => r.kind === 'passage')
        .map((r) => r.id)
        .sort(),
    ).toEqual(ids);
    expect(queued.filter((r) => r.kind === 'flag')).toHaveLength(2);
    await db().outbox.clear();
    await restoreAll(dump, '王经理', NOW + 4);
    expect(await outboxFront(500)).toBeNull();
  });

  it('queues nothing on a device that is not connected', async () => {
    await check(NOW, 'a');
    const dump = await dumpAll(NOW + 1);
    await createDb().delete();
    useDb(createDb());
    await restoreAll(dump, '王经理', NOW + 2);
    expect(await db().passages.count()).toBe(1);
    expect(await outboxFront(500)).toBeNull();
  });
});
