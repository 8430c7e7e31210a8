import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDb } from './index.ts';
import { recordCheck, verifyChain } from './passages.ts';
import { createDb } from './schema.ts';
import { testCheck } from './test-records.ts';
import type { Passage } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const rec = (i: number): Omit<Passage, 'id'> => ({
  at: NOW + i,
  gateId: 'east',
  deviceId: 'dev-1',
  direction: 'in',
  codeHash: `h${i}`,
  codeFormat: 'opaque',
  verdict: i % 3 === 0 ? 'deny' : 'pass',
  reasons: i % 3 === 0 ? ['fever'] : [],
  personId: `p${i}`,
  check: testCheck(),
});

describe('hash chain', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('an untouched log verifies, across pages', async () => {
    for (let i = 0; i < 12; i++) await recordCheck(rec(i), []);
    expect(await verifyChain(undefined, 5)).toEqual({ checked: 12, firstBreak: null });
  });

  it('an altered verdict or a removed record is the first break', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await recordCheck(rec(i), [])).passage.id);
    const third = (await db().passages.get(ids[2] ?? '')) as Passage;
    await db().passages.put({ ...third, verdict: 'deny', reasons: ['fever'] });
    expect((await verifyChain()).firstBreak).toEqual({ id: ids[2], why: 'hash' });
    await db().passages.put(third);
    await db().passages.delete(ids[4] ?? '');
    expect((await verifyChain()).firstBreak).toEqual({ id: ids[5], why: 'prev' });
  });

  it('blanking personal data (retention) does not break the chain', async () => {
    for (let i = 0; i < 4; i++) await recordCheck(rec(i), []);
    const all = await db().passages.toArray();
    await db().passages.bulkPut(all.map((p) => ({ ...p, personId: null, codeHash: null })));
    expect((await verifyChain()).firstBreak).toBeNull();
  });
});
