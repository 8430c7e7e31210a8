import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit, auditPage, verifyAudit } from './audit.ts';
import { CHAIN_START, legacyLink, personalDigest } from './chain.ts';
import { listIssuedCards, listRevocations, loadEstateKey } from './estate.ts';
import { db, useDb } from './index.ts';
import { recordCheck, verifyChain } from './passages.ts';
import { createDb, DB_NAME, type GateDb, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from './schema.ts';
import { testCheck } from './test-records.ts';
import type { AuditEntry, EstateKeyRecord, IssuedCard, Passage, Revocation } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

const entry = (id: string, at: number, action: AuditEntry['action']): AuditEntry => ({
  id,
  at,
  who: '王经理',
  action,
  detail: `detail ${id}`,
});
const card = (passId: string, issuedAt: number): IssuedCard => ({
  passId,
  personId: `R-${passId}`,
  displayName: '张*',
  building: '1',
  unit: '1',
  room: '101',
  validFrom: issuedAt,
  validUntil: issuedAt + 86_400_000,
  issuedAt,
  kid: 'k1',
});
const key: EstateKeyRecord = {
  estateId: 'sunny',
  name: '阳光花园',
  kid: 'k1',
  privateKeyJwk: { kty: 'EC', crv: 'P-256', d: 'd', x: 'x', y: 'y' },
  publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
  createdAt: NOW,
};

const audits = [
  entry('01KAAAAAAAAAAAAAAAAAAAAAA1', NOW, 'unlock'),
  entry('01KAAAAAAAAAAAAAAAAAAAAAA2', NOW + 1, 'pass-issue'),
  entry('01KAAAAAAAAAAAAAAAAAAAAAA3', NOW + 2, 'pass-revoke'),
];
const cards = [card('P1', NOW), card('P2', NOW + 10)];
const revocations: Revocation[] = [{ passId: 'P1', at: NOW + 20, by: '王经理', reason: '遗失' }];

/** A database as schema v2 left it: records under settings key prefixes. */
async function buildV2(): Promise<void> {
  const old = new Dexie(DB_NAME);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  await old.open();
  await old.table('settings').bulkPut([
    ...audits.map((e) => ({ key: `audit:${e.id}`, value: e })),
    ...cards.map((c) => ({ key: `estateCard:${c.passId}`, value: c })),
    ...revocations.map((r) => ({ key: `estateRevoked:${r.passId}`, value: r })),
    { key: 'estateKey', value: key },
    { key: 'volunteer', value: '王芳' },
    { key: 'manage:pin', value: { salt: 's', hash: 'h', iterations: 1 } },
    // A prefixed row that is not a record stays where it was: nothing is lost.
    { key: 'audit:broken', value: 'not an entry' },
  ]);
  await old.table('passages').add({ id: 'p1', at: NOW, gateId: 'east', verdict: 'pass', reasons: [] });
  old.close();
}

let opened: GateDb | null = null;

describe('schema v3', () => {
  beforeEach(async () => {
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => {
    opened?.close();
    opened = null;
  });

  it('moves audit entries, issued cards and revocations out of a v2 settings table, intact', async () => {
    await buildV2();
    opened = createDb();
    useDb(opened);
    await opened.open();
    // Upgraded through v3 to the latest version.
    expect(opened.verno).toBe(9);
    expect(await opened.audit.toArray()).toEqual(audits);
    expect(await opened.issuedCards.toArray()).toEqual(cards);
    expect(await opened.revocations.toArray()).toEqual(revocations);
    // The old rows are gone; every other setting and record is as it was.
    const keys = (await opened.settings.toArray()).map((s) => s.key).sort();
    expect(keys).toEqual(['audit:broken', 'estateKey', 'manage:pin', 'volunteer']);
    expect(await opened.passages.count()).toBe(1);
    // And the modules read them from their new tables.
    expect((await auditPage(10)).map((e) => e.id)).toEqual(audits.map((e) => e.id).reverse());
    expect((await listIssuedCards()).map((c) => c.passId)).toEqual(['P2', 'P1']);
    expect(await listRevocations()).toEqual(revocations);
    expect(await loadEstateKey()).toEqual(key);
  });

  it('opens a v2 database without such rows unchanged', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    await old.open();
    await old.table('settings').put({ key: 'volunteer', value: '王芳' });
    old.close();
    opened = createDb();
    await opened.open();
    expect(await opened.settings.toArray()).toEqual([{ key: 'volunteer', value: '王芳' }]);
    expect(await opened.audit.count()).toBe(0);
  });
});

/** Passages as schema v3 chained them: by id, plain SHA-256, no sequence or key. */
function legacyPassages(n: number): Passage[] {
  let prev = CHAIN_START;
  return Array.from({ length: n }, (_, i) => {
    const p: Passage = {
      id: `01KAAAAAAAAAAAAAAAAAAAAAP${i}`,
      at: NOW + i,
      gateId: 'east',
      deviceId: 'dev-1',
      direction: 'in',
      codeHash: `h${i}`,
      codeFormat: 'opaque',
      verdict: 'pass',
      reasons: [],
      personId: null,
      check: testCheck(),
    };
    p.chain = legacyLink(p, prev, personalDigest(p));
    prev = p.chain.hash;
    return p;
  });
}

describe('schema v4', () => {
  beforeEach(async () => {
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => {
    opened?.close();
    opened = null;
  });

  it('keeps a v3 log as the pre-sequence segment; the keyed chain goes on from its last record', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.open();
    const legacy = legacyPassages(4);
    await old.table('passages').bulkAdd(legacy);
    await old.table('audit').bulkAdd(audits);
    old.close();
    opened = createDb();
    useDb(opened);
    // Nothing is rewritten by the upgrade.
    expect(await opened.passages.toArray()).toEqual(legacy);
    const { id: _id, chain: _chain, ...first } = legacy[0] as Passage;
    const next = await recordCheck({ ...first, at: NOW + 10 }, []);
    expect(next.passage.chain).toMatchObject({ seq: 1, prev: legacy[3]?.chain?.hash });
    await audit('unlock', '王经理', '', NOW + 11);
    expect(await verifyChain()).toEqual({
      checked: 5,
      firstBreak: null,
      clockBack: 0,
      otherDevice: 0,
      unkeyed: 4,
    });
    expect(await verifyAudit()).toEqual({
      checked: 4,
      firstBreak: null,
      clockBack: 0,
      otherDevice: 0,
      unkeyed: 3,
    });
    // An old record altered and its segment re-linked: the first keyed link names the old tail.
    let prev = CHAIN_START;
    for (const p of legacy) {
      const q = p.id === legacy[1]?.id ? { ...p, verdict: 'deny' as const } : p;
      q.chain = legacyLink(q, prev, personalDigest(q));
      prev = q.chain.hash;
      await db().passages.put(q);
    }
    expect((await verifyChain()).firstBreak).toEqual({ id: next.passage.id, why: 'prev' });
  });

  it('indexes by retainFrom only the passages that hold personal data, whoever writes them', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.open();
    const base: Omit<Passage, 'id' | 'at' | 'personId'> = {
      gateId: 'east',
      deviceId: 'd',
      direction: 'in',
      verdict: 'pass',
      reasons: [],
      codeHash: null,
      codeFormat: null,
    };
    await old.table('passages').add({ ...base, id: 'v3', at: NOW, personId: 'p0' });
    old.close();
    opened = createDb();
    await opened.open();
    // A passage stored before v4 is left as it was (the purge's sweep indexes it, not the upgrade).
    expect(await opened.passages.get('v3')).not.toHaveProperty('retainFrom');
    await opened.passages.bulkAdd([
      { ...base, id: 'a', at: NOW - 5, personId: 'p1' },
      { ...base, id: 'b', at: NOW - 4, personId: null },
      { ...base, id: 'c', at: NOW - 3, personId: null, codeHash: 'h' },
    ]);
    expect(await opened.passages.where('retainFrom').above(0).primaryKeys()).toEqual(['a', 'c']);
    expect((await opened.passages.get('a'))?.retainFrom).toBe(NOW - 5);
    // A writer's own start is kept; blanked personal data takes the passage out of the index.
    await opened.passages.put({
      ...base,
      id: 'a',
      at: NOW - 5,
      personId: 'p1',
      direction: 'in',
      deviceId: 'd',
      retainFrom: NOW,
    });
    expect((await opened.passages.get('a'))?.retainFrom).toBe(NOW);
    await opened.passages.put({
      ...base,
      id: 'c',
      at: NOW - 3,
      personId: null,
      direction: 'in',
      deviceId: 'd',
      retainFrom: NOW,
    });
    expect(await opened.passages.get('c')).not.toHaveProperty('retainFrom');
    expect(await opened.passages.where('retainFrom').above(0).primaryKeys()).toEqual(['a']);
  });
});

describe('schema v8', () => {
  beforeEach(async () => {
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => {
    opened?.close();
    opened = null;
  });

  it('opens a v4 database with its passages as they were, an empty outbox and no refused writes', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    old.version(4).stores(STORES_V4);
    await old.open();
    const stored = { id: 'p1', at: NOW, gateId: 'east', verdict: 'pass', reasons: [], chain: { seq: 1 } };
    await old.table('passages').add(stored);
    old.close();
    opened = createDb();
    useDb(opened);
    await opened.open();
    expect(opened.verno).toBe(9);
    expect(await opened.passages.get('p1')).toMatchObject(stored);
    expect(await opened.outbox.count()).toBe(0);
    expect(await opened.outboxRefused.count()).toBe(0);
  });
});
