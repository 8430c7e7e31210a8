import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFlags, resolveFlag } from './flags.ts';
import { db, useDb } from './index.ts';
import { passageLabels, recordCheck, shiftSummary, verifyChain } from './passages.ts';
import { createDb } from './schema.ts';
import { testCheck, testPassage } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

const check = testPassage;

describe('checks and flags', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('writes the passage and its flags together, newest flag first in the queue', async () => {
    await recordCheck(check(NOW, 'review', ['mask-none']), ['mask-none']);
    const { passage } = await recordCheck(check(NOW + 1000, 'deny', ['fever', 'code-red']), [
      'fever',
      'code-red',
    ]);
    const flags = await openFlags();
    // The later check's flags come first; the earlier check's flag is last.
    expect(
      flags
        .map((f) => f.kind)
        .slice(0, 2)
        .sort(),
    ).toEqual(['code-red', 'fever']);
    expect(flags[2]?.kind).toBe('mask-none');
    expect(flags.filter((f) => f.passageId === passage.id)).toHaveLength(2);
    expect(flags.every((f) => f.openedBy === '王芳')).toBe(true);
  });

  it('a failed flag write leaves no passage behind (one transaction)', async () => {
    const first = await recordCheck(check(NOW, 'review', ['mask-none']), ['mask-none']);
    const dupFlagId = first.flags[0]?.id ?? '';
    // Force the flag insert to fail: a flag with an id that already exists.
    const d = db();
    await expect(
      d.transaction('rw', d.passages, d.flags, async () => {
        await d.passages.add({ ...check(NOW + 5, 'review', []), id: 'x-passage' });
        await d.flags.add({ ...(first.flags[0] as NonNullable<(typeof first.flags)[0]>), id: dupFlagId });
      }),
    ).rejects.toThrow();
    expect(await d.passages.get('x-passage')).toBeUndefined();
  });

  it('resolves a flag once, keeping who, when and the note', async () => {
    const { flags } = await recordCheck(check(NOW, 'review', ['mask-none']), ['mask-none']);
    const id = flags[0]?.id ?? '';
    const resolved = await resolveFlag(id, 'mask-fixed', '李强', NOW + 60_000, '已戴好');
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'mask-fixed',
      resolvedBy: '李强',
      resolvedAt: NOW + 60_000,
      note: '已戴好',
    });
    expect(await resolveFlag(id, 'false-alarm', 'x', NOW + 70_000)).toBeNull();
    expect(await openFlags()).toEqual([]);
  });

  it('summarises a shift per verdict with its open flags', async () => {
    await recordCheck(check(NOW, 'pass', []), []);
    await recordCheck(check(NOW + 1, 'pass', []), []);
    const hot = { ...check(NOW + 2, 'deny', ['fever']), check: testCheck({ temperaturesC: [38.2, 38.4] }) };
    const { passage: fever } = await recordCheck(hot, ['fever']);
    await recordCheck(check(NOW - 3_600_000, 'deny', ['fever']), ['fever']);
    expect(await shiftSummary('east', NOW - 1000, NOW + 1000)).toEqual({
      checks: 3,
      pass: 2,
      review: 0,
      deny: 1,
      openFlags: 1,
      fevers: [{ id: fever.id, at: NOW + 2, temperaturesC: [38.2, 38.4] }],
    });
  });

  it('keeps who a check is about in the chain; the purge may blank it, a quiet edit may not', async () => {
    const who = { name: '张*丰', place: '3-2-1201' };
    const { passage } = await recordCheck({ ...check(NOW, 'pass', []), personId: 'p1', who }, []);
    expect((await passageLabels([passage.id, 'none'])).get(passage.id)).toEqual(who);
    expect((await verifyChain()).firstBreak).toBeNull();
    await db().passages.update(passage.id, { who: { name: '李*', place: '3-2-1201' } });
    expect((await verifyChain()).firstBreak).not.toBeNull();
    await db().passages.update(passage.id, { who: null, personId: null });
    expect((await verifyChain()).firstBreak).toBeNull();
  });

  it('refuses a check with nobody on duty: every record names its volunteer', async () => {
    const unnamed = { ...check(NOW, 'pass', []), check: testCheck({ volunteer: ' ' }) };
    await expect(recordCheck(unnamed, [])).rejects.toThrow(/volunteer/);
    expect(await db().passages.count()).toBe(0);
  });
});
