import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { queuedResolutions, resolveHubFlag } from './hub-resolve.ts';
import { db, useDb } from './index.ts';
import { dropPushed, outboxFront } from './outbox.ts';
import { createDb } from './schema.ts';
import { enrolForTest } from './test-records.ts';

const NOW = Date.UTC(2026, 11, 6, 8);

const enrol = () => enrolForTest('office', NOW, { deviceId: 'office-1' });

describe("resolving another gate's flag through the hub", () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('queues the resolution record a gate would, with its audit entry, once', async () => {
    await enrol();
    const flag = { id: 'flag-east-1', kind: 'pass-invalid' };
    const done = await resolveHubFlag(flag, 'denied-entry', '王主任', NOW, '电话核实');
    expect(done).toMatchObject({ flagId: 'flag-east-1', resolution: 'denied-entry', resolvedBy: '王主任' });
    const front = await outboxFront(500);
    expect(front?.records).toEqual([
      {
        kind: 'resolution',
        id: done?.id,
        body: {
          id: done?.id,
          flagId: 'flag-east-1',
          resolution: 'denied-entry',
          note: '电话核实',
          resolvedBy: '王主任',
          resolvedAt: NOW,
        },
      },
    ]);
    const resolved = () =>
      db()
        .audit.filter((e) => e.action === 'flag-resolve')
        .toArray();
    expect((await resolved()).map((e) => [e.action, e.who, e.detail])).toEqual([
      ['flag-resolve', '王主任', 'pass-invalid flag-east-1 → denied-entry (电话核实)'],
    ]);
    expect([...(await queuedResolutions()).keys()]).toEqual(['flag-east-1']);
    // A second decision while the first waits writes nothing.
    expect(await resolveHubFlag(flag, 'false-alarm', '李', NOW + 1)).toBeNull();
    expect(await resolved()).toHaveLength(1);
    // Once pushed, nothing waits any more.
    if (front) await dropPushed(front.lastSeq);
    expect((await queuedResolutions()).size).toBe(0);
  });

  it('writes nothing for a resolution that does not fit, or on a device with no hub', async () => {
    await expect(resolveHubFlag({ id: 'f', kind: 'fever' }, 'false-alarm', '王', NOW)).rejects.toThrow(
      /not enrolled/,
    );
    await enrol();
    await expect(resolveHubFlag({ id: 'f', kind: 'fever' }, 'mask-fixed', '王', NOW)).rejects.toThrow(
      RangeError,
    );
    expect(await db().outbox.count()).toBe(0);
    expect(
      await db()
        .audit.filter((e) => e.action === 'flag-resolve')
        .count(),
    ).toBe(0);
  });
});
