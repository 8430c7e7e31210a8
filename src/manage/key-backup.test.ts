import { describe, expect, it } from 'vitest';
import { importEstatePrivateKey } from '../codes/estate-key.ts';
import { generateEstateKey, issueEstatePass } from '../codes/estate-pass.ts';
import type { EstateKeyRecord } from '../db/estate.ts';
import { decryptKeyBackup, encryptKeyBackup } from './key-backup.ts';

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
    expect(file).not.toContain(String(rec.privateKeyJwk.d));
    expect(JSON.parse(file).kdf.iterations).toBeGreaterThanOrEqual(210_000);
    const back = await decryptKeyBackup(file, '正确 horse battery');
    expect(back).toMatchObject({
      ok: true,
      record: { kid: rec.kid, estateId: 'sunny-garden', name: '阳光花园' },
    });
    if (!back.ok) return;
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

  it('refuses a tampered ciphertext or header', async () => {
    const file = await encryptKeyBackup(await record(), 'pw', FAST);
    const env = JSON.parse(file);
    const ct: string = env.ciphertext;
    const flipped = `${ct.slice(0, 10)}${ct[10] === 'A' ? 'B' : 'A'}${ct.slice(11)}`;
    expect(await decryptKeyBackup(JSON.stringify({ ...env, ciphertext: flipped }), 'pw')).toEqual({
      ok: false,
      problem: 'passphrase',
    });
    const renamed = JSON.stringify({ ...env, estateId: 'other-estate' });
    expect(await decryptKeyBackup(renamed, 'pw')).toEqual({ ok: false, problem: 'passphrase' });
    const weak = JSON.stringify({ ...env, kdf: { ...env.kdf, iterations: 1000 } });
    expect(await decryptKeyBackup(weak, 'pw')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses garbage files without throwing', async () => {
    for (const text of [
      '',
      'not json',
      '{}',
      '[]',
      '{"format":"gate-checkpoint/estate-key-backup","version":1}',
    ]) {
      expect(await decryptKeyBackup(text, 'pw')).toEqual({ ok: false, problem: 'format' });
    }
  });
});
