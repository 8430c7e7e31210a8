import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEstatePrivateKey } from '../codes/estate-key.ts';
import { generateEstateKey, issueEstatePass } from '../codes/estate-pass.ts';
import type { EstateKeyRecord } from '../db/estate.ts';
import { seal } from '../shared/sealed.ts';
import { decryptKeyBackup, encryptKeyBackup, KEY_BACKUP_PURPOSE } from './key-backup.ts';

const FAST = 210_000;

async function record(): Promise<EstateKeyRecord> {
  const key = await generateEstateKey();
  return {
    estateId: 'sunny-garden',
    name: '阳光花园',
    kid: key.kid,
    privateKeyJwk: key.privateKeyJwk,
    publicKeyJwk: key.publicKeyJwk,
    createdAt: 1,
  };
}

describe('estate key backup', () => {
  it('round-trips: the restored key signs passes under the same kid', async () => {
    const rec = await record();
    const file = await encryptKeyBackup(rec, '正确 horse battery');
    expect(new TextDecoder().decode(file.subarray(0, 4))).toBe('GCSF');
    expect(new TextDecoder().decode(file)).not.toContain(String(rec.privateKeyJwk?.d));
    expect(new DataView(file.buffer).getUint32(5)).toBeGreaterThanOrEqual(600_000);
    const back = await decryptKeyBackup(file, '正确 horse battery');
    expect(back).toMatchObject({
      ok: true,
      record: { kid: rec.kid, estateId: 'sunny-garden', name: '阳光花园' },
    });
    if (!back.ok || !back.record.privateKeyJwk) throw new Error('not restored');
    const key = await importEstatePrivateKey(back.record.privateKeyJwk);
    const now = Date.UTC(2026, 10, 23);
    const pass = await issueEstatePass(
      {
        passId: 'P1',
        personId: 'R1',
        estateId: 'sunny-garden',
        kind: 'resident',
        displayName: '张*丰',
        building: '3',
        unit: '2',
        room: '1201',
        validFrom: now,
        validUntil: now + 1000,
      },
      key,
      back.record.kid,
    );
    expect(pass.startsWith('EP1:')).toBe(true);
  });

  it('refuses a wrong passphrase', async () => {
    const file = await encryptKeyBackup(await record(), 'right one', FAST);
    expect(await decryptKeyBackup(file, 'wrong one')).toEqual({ ok: false, problem: 'passphrase' });
  });

  it('refuses a tampered ciphertext or header, and a tablet backup', async () => {
    const file = await encryptKeyBackup(await record(), 'pw', FAST);
    for (const i of [file.length - 5, 20, 40]) {
      const edited = file.slice();
      edited[i] = (edited[i] ?? 0) ^ 0x01;
      expect((await decryptKeyBackup(edited, 'pw')).ok).toBe(false);
    }
    const tablet = await seal('gate-checkpoint/backup', new TextEncoder().encode('{}'), 'pw', FAST);
    expect(await decryptKeyBackup(tablet, 'pw')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a file that opens but holds no whole key pair', async () => {
    const file = await seal(KEY_BACKUP_PURPOSE, new TextEncoder().encode('{"kid":"x"}'), 'pw', FAST);
    expect(await decryptKeyBackup(file, 'pw')).toEqual({ ok: false, problem: 'key' });
  });

  it('refuses garbage files without throwing', async () => {
    for (const text of [
      '',
      'not json',
      '{}',
      '[]',
      '{"format":"gate-checkpoint/estate-key-backup","version":1}',
    ]) {
      expect(await decryptKeyBackup(new TextEncoder().encode(text), 'pw')).toEqual({
        ok: false,
        problem: 'format',
      });
    }
  });

  it('restores a backup made in the older JSON envelope (fixture made by the old code)', async () => {
    const legacy = new Uint8Array(
      readFileSync(new URL('../shared/fixtures/legacy-estate-key-backup.json', import.meta.url)),
    );
    expect(await decryptKeyBackup(legacy, 'legacy 密钥 passphrase')).toMatchObject({
      ok: true,
      record: { kid: 'YjG-nQ', estateId: 'fixture-estate', name: '样例花园' },
    });
    expect(await decryptKeyBackup(legacy, 'wrong')).toEqual({ ok: false, problem: 'passphrase' });
  });
});
