/**
 * A restore as an attacker would use it: a backup decrypted, edited and sealed again under the
 * right passphrase. Whatever the file says, the PIN, the audit trail and the estate's key stay;
 * records this tablet holds are never removed or rewritten; a record of the wrong shape refuses
 * the whole file; another estate's file needs its name typed.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateEstateKey } from '../codes/estate-key.ts';
import { type BackupData, backupProblem, dumpAll, restoreAll } from './backup.ts';
import { adoptKeyFromOldBackup, loadEstateKey, saveEstateKey } from './estate.ts';
import { db, useDb } from './index.ts';
import { recordCheck } from './passages.ts';
import { createDb } from './schema.ts';
import { setSetting } from './settings.ts';
import { testCheck, testLedgerEntry, testResident } from './test-records.ts';
import type { EstateKeyRecord } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

async function check(at: number, verdict: 'pass' | 'deny', codeHash: string) {
  return recordCheck(
    {
      at,
      gateId: 'g',
      deviceId: 'd',
      direction: 'in',
      codeHash,
      codeFormat: 'opaque',
      verdict,
      reasons: verdict === 'deny' ? ['fever'] : [],
      personId: null,
      check: testCheck({ temperaturesC: [verdict === 'deny' ? 38.6 : 36.5] }),
    },
    verdict === 'deny' ? ['fever'] : [],
  );
}

async function estateKeyRecord(estateId: string, name: string): Promise<EstateKeyRecord> {
  const k = await generateEstateKey();
  return {
    estateId,
    name,
    kid: k.kid,
    privateKeyJwk: k.privateKeyJwk,
    publicKeyJwk: k.publicKeyJwk,
    createdAt: NOW,
  };
}

/** A JSON round trip: what a decrypted file holds. */
const asFile = (d: BackupData): BackupData => JSON.parse(JSON.stringify(d));

describe('a restore cannot be used to take the tablet over', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('a deny record deleted from the file (and the chain re-linked) stays on this tablet, unchanged', async () => {
    await check(NOW, 'pass', 'a');
    const { passage: denied } = await check(NOW + 1, 'deny', 'b');
    await check(NOW + 2, 'pass', 'c');
    const storedBefore = await db().passages.get(denied.id);
    const file = asFile(await dumpAll(NOW + 3));
    const kept = file.tables.passages.filter((p) => p.id !== denied.id);
    // Re-link: the next record now claims the first as its predecessor; a pass instead of the deny.
    const edited = kept.map((p, i) =>
      i === 1 && p.chain ? { ...p, chain: { ...p.chain, prev: kept[0]?.chain?.hash ?? '' } } : p,
    );
    const forged = { ...denied, verdict: 'pass' as const, reasons: [] };
    await restoreAll(
      { ...file, tables: { ...file.tables, passages: [...edited, forged] } },
      '王经理',
      NOW + 4,
    );
    const here = await db().passages.toArray();
    expect(here).toHaveLength(3);
    expect(storedBefore?.verdict).toBe('deny');
    expect(here.find((p) => p.id === denied.id)).toEqual(storedBefore);
  });

  it('the dump carries the estate key without its private half; a restore never replaces the key', async () => {
    const ours = await saveEstateKey(await estateKeyRecord('sunny-garden', '阳光花园'), '王经理', 'create');
    expect(ours.privateKeyJwk).toBeUndefined();
    expect(ours.privateKey?.extractable).toBe(false);
    const file = asFile(await dumpAll(NOW));
    const row = file.tables.settings.find((s) => s.key === 'estateKey')?.value as Record<string, unknown>;
    expect(row.kid).toBe(ours.kid);
    expect(row).not.toHaveProperty('privateKeyJwk');
    expect(row).not.toHaveProperty('privateKey');
    expect(JSON.stringify(file)).not.toMatch(/"d":/);
    // The attacker's own key written into the file in place of the estate's.
    const theirs = await estateKeyRecord('sunny-garden', '阳光花园');
    const settings = file.tables.settings.map((s) =>
      s.key === 'estateKey' ? { key: s.key, value: theirs } : s,
    );
    await restoreAll({ ...file, tables: { ...file.tables, settings } }, '王经理', NOW + 1);
    expect((await loadEstateKey())?.kid).toBe(ours.kid);
  });

  it("an older file's private key is installed only on a tablet with none, non-extractable", async () => {
    const old = await estateKeyRecord('sunny-garden', '阳光花园');
    expect(await adoptKeyFromOldBackup(old, '王经理')).toBe(true);
    const stored = await loadEstateKey();
    expect(stored?.kid).toBe(old.kid);
    expect(stored?.privateKeyJwk).toBeUndefined();
    expect(stored?.privateKey?.extractable).toBe(false);
    const another = await estateKeyRecord('sunny-garden', '阳光花园');
    expect(await adoptKeyFromOldBackup(another, '王经理')).toBe(false);
    expect((await loadEstateKey())?.kid).toBe(old.kid);
    expect((await db().audit.toArray()).map((e) => e.action)).toEqual(['key-restore']);
  });

  it("another estate's backup is refused unless the manager types its name", async () => {
    await saveEstateKey(await estateKeyRecord('sunny-garden', '阳光花园'), '王经理', 'create');
    await check(NOW, 'pass', 'ours');
    const ourFile = asFile(await dumpAll(NOW));
    const other = {
      ...ourFile,
      tables: {
        ...ourFile.tables,
        passages: ourFile.tables.passages.map((p) => ({ ...p, id: `X${p.id.slice(1)}` })),
        settings: [
          {
            key: 'estateKey',
            value: { ...(await estateKeyRecord('moon-court', '明月苑')), privateKeyJwk: undefined },
          },
        ],
      },
    };
    const refused = await restoreAll(asFile(other), '王经理', NOW + 1);
    expect(refused).toEqual({ otherEstate: { id: 'moon-court', name: '明月苑' } });
    expect(await db().passages.count()).toBe(1);
    expect(await restoreAll(asFile(other), '王经理', NOW + 1, '阳光花园')).toHaveProperty('otherEstate');
    const done = await restoreAll(asFile(other), '王经理', NOW + 1, ' 明月苑 ');
    expect(done).toHaveProperty('added');
    expect(await db().passages.count()).toBe(2);
    const last = (await db().audit.orderBy('id').last())?.detail ?? '';
    expect(last).toContain('from-estate=moon-court');
  });

  it('every record of the wrong shape refuses the file, naming the field (300 crafted files)', async () => {
    await check(NOW, 'deny', 'a');
    await db().people.add(testResident('101', NOW));
    await db().ledger.add(testLedgerEntry('L1', 'pending', NOW));
    await setSetting('trustMaxAgeDays', 30);
    const base = asFile(await dumpAll(NOW));
    expect(backupProblem(base)).toBeNull();
    // Each field's type: a crafted value of that type is a valid record (no attack), any other is refused.
    const fields = {
      passages: {
        at: 'num',
        verdict: 'enum',
        reasons: 'list',
        direction: 'enum',
        check: 'obj',
        personId: 'str?',
        codeHash: 'str?',
      },
      people: {
        name: 'str',
        kind: 'enum',
        status: 'enum',
        updatedAt: 'num',
        room: 'str?',
        registeredUntil: 'num?',
      },
      flags: { at: 'num', status: 'enum', kind: 'str', resolution: 'enum?', passageId: 'str' },
      ledger: { itinerary: 'list', status: 'enum', home: 'obj?', updatedAt: 'num', name: 'str' },
      settings: { value: 'pos' },
    } as const;
    const fits = (type: string, v: unknown): boolean =>
      (type.endsWith('?') && (v === null || fits(type.slice(0, -1), v))) ||
      (type === 'str' && typeof v === 'string') ||
      (type === 'num' && typeof v === 'number') ||
      (type === 'pos' && typeof v === 'number' && v > 0) ||
      (type === 'list' && Array.isArray(v) && v.length === 0);
    const wrong = fc.constantFrom<unknown>('37.5', 42, true, [], {}, [1], { x: 1 }, Number.NaN, '', 'x', -1);
    let accepted = 0;
    let crafted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(fields) as (keyof typeof fields)[])),
        fc.nat(),
        wrong,
        (table, pick, value) => {
          const types = Object.entries(fields[table]);
          const [field, type] = types[pick % types.length] ?? ['', ''];
          const rows = base.tables[table] as unknown as Record<string, unknown>[];
          const i = table === 'settings' ? rows.findIndex((r) => r.key === 'trustMaxAgeDays') : 0;
          const row = rows[i];
          if (!row) throw new Error(`no ${table} row`);
          const copy = asFile(base);
          (copy.tables[table] as unknown as Record<string, unknown>[])[i] = { ...row, [field]: value };
          const problem = backupProblem(JSON.parse(JSON.stringify(copy)));
          crafted++;
          if (problem === null) accepted++;
          // NaN reads back from JSON as null: refused where null is not allowed.
          const expected = fits(type, JSON.parse(JSON.stringify(value) ?? 'null'));
          expect(problem === null).toBe(expected);
          if (problem !== null) expect(problem.startsWith(`tables.${table}[${i}]`)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
    expect(crafted).toBe(300);
    expect(accepted).toBeLessThan(60);
  });
});
