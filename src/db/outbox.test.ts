import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dropHubLink, hubKey, hubLink, saveHubLink } from './hub-link.ts';
import { db, useDb } from './index.ts';
import { dropPushed, outboxCount, outboxFront, setAsideRefused } from './outbox.ts';
import { recordCheck } from './passages.ts';
import { createDb } from './schema.ts';
import { getSetting } from './settings.ts';
import { testPassage } from './test-records.ts';
import type { HubLink, Passage } from './types.ts';

const NOW = Date.UTC(2026, 11, 6, 8);

const check = (at: number, verdict: Passage['verdict'] = 'pass') =>
  testPassage(at, verdict, verdict === 'pass' ? [] : ['mask-none']);

const LINK: HubLink = {
  hub: 'http://127.0.0.1:4173',
  estateId: 'e1',
  estateName: '幸福里',
  deviceId: 'd1',
  role: 'gate',
  gateName: '西门',
  enrolledAt: NOW,
};

const hubKeyPair = () =>
  crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);

describe('the outbox', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('queues nothing on a tablet that is not enrolled', async () => {
    await recordCheck(check(NOW, 'review'), ['mask-none']);
    expect(await outboxCount()).toBe(0);
    expect(await db().passages.count()).toBe(1);
  });

  it('queues a check and its flags with the write once enrolled, in write order', async () => {
    const pair = await hubKeyPair();
    await saveHubLink(LINK, pair.privateKey, 'enrolment-code', NOW);
    expect(await getSetting('gateName')).toBe('西门');
    const a = await recordCheck(check(NOW, 'review'), ['mask-none']);
    const b = await recordCheck(check(NOW + 1000), []);
    const front = await outboxFront(500);
    expect(front?.records.map((r) => [r.kind, r.id])).toEqual([
      ['passage', a.passage.id],
      ['flag', a.flags[0]?.id],
      ['passage', b.passage.id],
    ]);
    // Two writes wait ("2 条待上传"), the first holding the passage and its flag.
    expect(await outboxCount()).toBe(2);
    // The queued passage is the stored one, with its chain link (the hub checks the link).
    expect(front?.records[0]?.body).toMatchObject({ id: a.passage.id, chain: { seq: 1 } });
    // A batch takes whole writes only: two records do not fit the first write's two plus one.
    expect((await outboxFront(2))?.records).toHaveLength(2);
    expect((await outboxFront(1))?.records).toHaveLength(2);
    // The batch after the first write (read while that one is on its way): the second alone.
    const first = await outboxFront(2);
    const after = await outboxFront(500, first?.lastSeq);
    expect(after?.records.map((r) => r.id)).toEqual([b.passage.id]);
    expect(await outboxFront(500, after?.lastSeq)).toBeNull();
    // A write the hub refuses as it stands leaves the outbox for the refused table, whole.
    await setAsideRefused(first?.firstSeq ?? 0, 'bad-passage', NOW + 5000);
    expect((await outboxFront(500))?.records.map((r) => r.id)).toEqual([b.passage.id]);
    const refused = await db().outboxRefused.toArray();
    expect(refused).toMatchObject([{ error: 'bad-passage', refusedAt: NOW + 5000 }]);
    expect(refused[0]?.records.map((r) => r.id)).toEqual([a.passage.id, a.flags[0]?.id]);
    await dropPushed(front?.lastSeq ?? 0);
    expect(await outboxCount()).toBe(0);
  });

  it('queues nothing when the write fails: the passage and its queue entry go together', async () => {
    const pair = await hubKeyPair();
    await saveHubLink(LINK, pair.privateKey, 'enrolment-code', NOW);
    await recordCheck(check(NOW), []);
    const d = db();
    const original = d.flags.bulkAdd.bind(d.flags);
    d.flags.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof d.flags.bulkAdd;
    try {
      await expect(recordCheck(check(NOW + 1, 'review'), ['mask-none'])).rejects.toThrow('disk full');
    } finally {
      d.flags.bulkAdd = original;
    }
    expect(await d.passages.count()).toBe(1);
    expect(await outboxCount()).toBe(1);
  });

  it('disconnecting drops the link, the key and what waits, audited; records stay', async () => {
    const pair = await hubKeyPair();
    await saveHubLink(LINK, pair.privateKey, 'enrolment-code', NOW);
    await recordCheck(check(NOW), []);
    expect(await hubKey()).not.toBeNull();
    await dropHubLink('李经理', NOW + 5000);
    expect(await hubLink()).toBeNull();
    expect(await hubKey()).toBeNull();
    expect(await outboxCount()).toBe(0);
    expect(await db().passages.count()).toBe(1);
    const entries = await db().audit.toArray();
    expect(entries.map((e) => e.action)).toEqual(['hub-enrol', 'setting', 'hub-disconnect']);
    expect(entries[2]?.detail).toContain('unsent=1');
    await recordCheck(check(NOW + 6000), []);
    expect(await outboxCount()).toBe(0);
  });
});
