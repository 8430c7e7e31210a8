import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { linkHash, passageBody } from './chain.ts';
import { db, useDb } from './index.ts';
import { recordCheck, verifyChain } from './passages.ts';
import { createDb } from './schema.ts';
import { testCheck } from './test-records.ts';
import type { Passage } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const HOUR = 3_600_000;
const rec = (i: number, at = NOW + i): Omit<Passage, 'id'> => ({
  at,
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
const clean = { clockBack: 0, otherDevice: 0, unkeyed: 0 };

/** The passages in chain order. */
async function inOrder(): Promise<Passage[]> {
  return db().passages.orderBy('chain.seq').toArray();
}

/** What someone with devtools but without the key does: re-hashes from `from` on, keeps the old HMACs. */
async function relinkPlain(from: number): Promise<void> {
  const all = await inOrder();
  let prev = all[from - 1]?.chain?.hash ?? '';
  for (const p of all.slice(from)) {
    const c = p.chain as NonNullable<Passage['chain']>;
    const hash = linkHash(c.seq ?? 0, prev, c.key ?? '', passageBody(p, c.personal));
    await db().passages.put({ ...p, chain: { ...c, prev, hash } });
    prev = hash;
  }
}

describe('hash chain', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('an untouched log verifies, across pages', async () => {
    for (let i = 0; i < 12; i++) await recordCheck(rec(i), []);
    expect(await verifyChain(undefined, 5)).toEqual({ checked: 12, firstBreak: null, ...clean });
  });

  it('an altered verdict or a removed record is the first break', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await recordCheck(rec(i), [])).passage.id);
    const third = (await db().passages.get(ids[2] ?? '')) as Passage;
    await db().passages.put({ ...third, verdict: 'deny', reasons: ['fever'] });
    expect((await verifyChain()).firstBreak).toEqual({ id: ids[2], why: 'hash' });
    await db().passages.put(third);
    await db().passages.delete(ids[4] ?? '');
    expect((await verifyChain(undefined, 2)).firstBreak).toEqual({ id: ids[5], why: 'gap' });
  });

  it('a record altered and re-linked with plain SHA-256 (no key) fails the HMAC check', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await recordCheck(rec(i), [])).passage.id);
    const second = (await db().passages.get(ids[1] ?? '')) as Passage;
    await db().passages.put({ ...second, verdict: 'deny', reasons: ['fever'] });
    await relinkPlain(1);
    // Every hash and predecessor holds now; only the key tells.
    expect((await verifyChain()).firstBreak).toEqual({ id: ids[1], why: 'mac' });
    // Dropping the HMACs instead does not pass for an older record either.
    const all = await inOrder();
    await db().passages.bulkPut(all.map((p) => ({ ...p, chain: { ...p.chain, mac: undefined } }) as Passage));
    expect((await verifyChain()).firstBreak).toEqual({ id: ids[0], why: 'missing' });
  });

  it('blanking personal data (retention) does not break the chain', async () => {
    for (let i = 0; i < 4; i++) await recordCheck(rec(i), []);
    const all = await db().passages.toArray();
    await db().passages.bulkPut(all.map((p) => ({ ...p, personId: null, codeHash: null })));
    expect(await verifyChain()).toEqual({ checked: 4, firstBreak: null, ...clean });
  });

  it('a second tab or a reload with the clock set back an hour is a clock note, not a break', async () => {
    await recordCheck(rec(0), []);
    await recordCheck(rec(1), []);
    // Another tab (or the app reloaded) makes its own ids: with its clock an hour back they sort
    // before the records it is linked after.
    vi.resetModules();
    const other = await import('./passages.ts');
    const late = await other.recordCheck(rec(2, NOW - HOUR), []);
    await other.recordCheck(rec(3, NOW - HOUR + 1), []);
    await recordCheck(rec(4, NOW - HOUR + 2), []);
    expect(late.passage.id < ((await inOrder())[1]?.id ?? '')).toBe(true);
    expect(await verifyChain()).toEqual({ checked: 5, firstBreak: null, ...clean, clockBack: 1 });
  });

  it('two tabs appending at once never fork the chain', async () => {
    vi.resetModules();
    const other = await import('./passages.ts');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        // The other tab's clock runs a little behind: its ids sort before records committed first.
        i % 2 === 0 ? recordCheck(rec(i), []) : other.recordCheck(rec(i, NOW + i - 50), []),
      ),
    );
    const seqs = (await inOrder()).map((p) => p.chain?.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyChain()).toEqual({ checked: 20, firstBreak: null, ...clean });
  });

  it('records restored from another device are checked by hash and named, not called tampered', async () => {
    for (let i = 0; i < 3; i++) await recordCheck(rec(i), []);
    const file = await db().passages.toArray();
    // Another tablet (its own key) restores them and records on.
    await createDb().delete();
    useDb(createDb());
    await db().passages.bulkAdd(file);
    for (let i = 3; i < 5; i++) await recordCheck(rec(i), []);
    expect(await verifyChain()).toEqual({ checked: 5, firstBreak: null, ...clean, otherDevice: 3 });
    // This device's newest record passed off as another device's (re-hashed, so only the
    // place tells): a restore never puts another device's record after this device's own.
    const newest = (await inOrder())[4] as Passage;
    await db().passages.put({ ...newest, chain: { ...newest.chain, key: 'f00d' } as Passage['chain'] });
    await relinkPlain(4);
    expect((await verifyChain()).firstBreak).toEqual({ id: newest.id, why: 'key' });
  });
});
