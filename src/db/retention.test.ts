import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditPage } from './audit.ts';
import { db, useDb } from './index.ts';
import { lastPurge, purgePersonalData, saveRetentionDays } from './retention.ts';
import { createDb } from './schema.ts';
import { verifiedCheck } from './test-records.ts';
import type { Passage } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;

function passage(id: string, ageDays: number): Passage {
  return {
    id,
    at: NOW - ageDays * DAY,
    gateId: 'east',
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: `h-${id}`,
    codeFormat: 'estate-pass',
    verdict: 'deny',
    reasons: ['fever'],
    personId: `p-${id}`,
    check: verifiedCheck({ temperaturesC: [38.5] }),
  };
}

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  await db().passages.bulkAdd([passage('a', 40), passage('b', 28.5), passage('c', 27.5), passage('d', 1)]);
});

describe('retention purge', () => {
  it('anonymises passages past 28 days, keeps verdict, reasons and volunteer, and is audited', async () => {
    expect(await purgePersonalData(NOW, '陈经理')).toBe(2);
    const rows = await db().passages.orderBy('at').toArray();
    expect(rows.map((p) => p.personId)).toEqual([null, null, 'p-c', 'p-d']);
    expect(rows.map((p) => p.codeHash)).toEqual([null, null, 'h-c', 'h-d']);
    expect(rows.every((p) => p.verdict === 'deny' && p.check?.volunteer === '王芳')).toBe(true);
    expect(await lastPurge()).toBe(NOW);
    const [entry] = await auditPage(10);
    expect(entry).toMatchObject({ action: 'purge', who: '陈经理', at: NOW });
  });

  it('a day later reads only the new span; a shorter retention or a full run catch up', async () => {
    await purgePersonalData(NOW, 'm');
    expect(await purgePersonalData(NOW + DAY, 'm')).toBe(1);
    // A record restored late, older than what was already purged: only a full run finds it.
    await db().passages.add(passage('e', 50));
    expect(await purgePersonalData(NOW + DAY, 'm')).toBe(0);
    expect(await purgePersonalData(NOW + DAY, 'm', true)).toBe(1);
    await saveRetentionDays(1, '王经理', NOW);
    expect(await purgePersonalData(NOW + DAY, 'm')).toBe(1);
    expect(await db().passages.where('personId').anyOf(['p-a', 'p-b', 'p-c', 'p-d', 'p-e']).count()).toBe(0);
  });

  it('works through many passages in chunks, even a chunk that ends inside one millisecond', async () => {
    const old = NOW - 30 * DAY;
    const many = Array.from({ length: 230 }, (_, i) => ({
      ...passage(`m${String(i).padStart(3, '0')}`, 0),
      at: i < 120 ? old : old - i,
    }));
    await db().passages.bulkAdd(many);
    expect(await purgePersonalData(NOW, 'm', false, 50)).toBe(232);
    expect(
      await db()
        .passages.where('at')
        .below(NOW - 28 * DAY)
        .filter((p) => p.personId !== null)
        .count(),
    ).toBe(0);
    expect(await db().passages.count()).toBe(234);
  });
});
