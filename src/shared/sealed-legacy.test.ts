import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unseal } from './sealed.ts';

// Made by the code that wrote these formats (app/sealed.ts and manage/key-backup.ts before GCSF);
// manage/key-backup.test.ts restores the same key file through decryptKeyBackup..
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const deviceFile = fixture('legacy-device-backup.json');
const keyFile = fixture('legacy-estate-key-backup.json');
const edit = (file: Uint8Array, change: (root: Record<string, unknown>) => void) => {
  const root = JSON.parse(new TextDecoder().decode(file)) as Record<string, unknown>;
  change(root);
  return new TextEncoder().encode(JSON.stringify(root));
};

describe('files sealed in the older JSON formats', () => {
  it('a device backup still opens, and only with its passphrase', async () => {
    const r = await unseal('gate-checkpoint/backup', deviceFile, 'legacy 门岗 passphrase');
    expect(r.ok && JSON.parse(new TextDecoder().decode(r.bytes))).toMatchObject({
      format: 'gate-checkpoint/backup',
      note: '旧格式 legacy fixture',
    });
    expect(await unseal('gate-checkpoint/backup', deviceFile, 'wrong')).toEqual({
      ok: false,
      problem: 'passphrase',
    });
    const edited = edit(deviceFile, (root) => {
      root.iterations = 210_001;
    });
    expect((await unseal('gate-checkpoint/backup', edited, 'legacy 门岗 passphrase')).ok).toBe(false);
    expect((await unseal('gate-checkpoint/estate-key-backup', deviceFile, 'legacy 门岗 passphrase')).ok).toBe(
      false,
    );
  });

  it('an estate-key backup still opens to the key record, and an edited header is refused', async () => {
    const purpose = 'gate-checkpoint/estate-key-backup';
    const r = await unseal(purpose, keyFile, 'legacy 密钥 passphrase');
    expect(r.ok && JSON.parse(new TextDecoder().decode(r.bytes))).toMatchObject({
      kid: 'YjG-nQ',
      estateId: 'fixture-estate',
      name: '样例花园',
    });
    expect(await unseal(purpose, keyFile, 'wrong')).toEqual({ ok: false, problem: 'passphrase' });
    const renamed = edit(keyFile, (root) => {
      root.estateId = 'other-estate';
    });
    expect(await unseal(purpose, renamed, 'legacy 密钥 passphrase')).toEqual({
      ok: false,
      problem: 'passphrase',
    });
    const weak = edit(keyFile, (root) => {
      root.kdf = { ...(root.kdf as object), iterations: 1000 };
    });
    expect(await unseal(purpose, weak, 'legacy 密钥 passphrase')).toEqual({ ok: false, problem: 'format' });
    expect((await unseal('gate-checkpoint/backup', keyFile, 'legacy 密钥 passphrase')).ok).toBe(false);
  });
});
