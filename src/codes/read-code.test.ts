import { describe, expect, it } from 'vitest';
import { encodeDeclaration } from './declaration.ts';
import { detectFormat } from './detect.ts';
import { generateEstateKey, issueEstatePass } from './estate-pass.ts';
import { sha256Hex } from './hash.ts';
import { importEs256Jwk } from './jws.ts';
import { readCode } from './read-code.ts';
import { emptyTrustStore } from './trust-types.ts';
import type { DeclarationFacts } from './types.ts';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const facts: DeclarationFacts = {
  version: 1,
  kind: 'visitor',
  name: '李四',
  phone: '13900000000',
  idLast4: null,
  company: null,
  plate: null,
  host: { building: '3', unit: null, room: '201' },
  purpose: '探亲',
  returnee: null,
  itinerary: [],
  reportedColour: 'green',
  lastTestAt: null,
  createdAt: NOW - 60_000,
};

describe('detectFormat', () => {
  it.each([
    ['HC1:NCF', 'dcc'],
    ['hc1:abc', 'dcc'],
    ['shc:/5676', 'shc'],
    ['SHC:/1/2/56', 'shc'],
    ['NZCP:/1/2KCE', 'nzcp'],
    ['EP1:ABC', 'estate-pass'],
    ['EP12:ABC', 'estate-pass'],
    ['GD1:ABC', 'declaration'],
    ['https://h5.example.cn/healthcode?id=1', 'opaque'],
    ['', 'opaque'],
    ['HC1', 'opaque'],
    ['  HC1:X', 'dcc'],
  ])('%s -> %s', (text, format) => expect(detectFormat(text)).toBe(format));
});

describe('readCode', () => {
  const trust = emptyTrustStore();

  it('treats anything unknown as opaque: nothing decoded, nothing verified, hash kept', async () => {
    const text = 'https://h5.example.cn/healthcode?id=1';
    const r = await readCode(text, trust, NOW);
    expect(r).toMatchObject({
      format: 'opaque',
      decoded: false,
      signature: 'not-checked',
      validity: 'unknown',
      errors: [],
    });
    expect(r.details.textHash).toBe(await sha256Hex(text));
  });
  it('never throws on empty, binary or huge input', async () => {
    const binary = `${String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256))}\ud800`;
    for (const text of ['', '\u0000', binary, 'x'.repeat(10_000_000), `shc:/${'1'.repeat(10_000_000)}`]) {
      const r = await readCode(text, trust, NOW);
      expect(r.details.textHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect((await readCode(`EP1:${'A'.repeat(100_000)}`, trust, NOW)).errors).toEqual(['encoding']);
  });
  it('reads a declaration and trims the Enter a keyboard scanner adds', async () => {
    const r = await readCode(`${encodeDeclaration(facts)}\r\n`, trust, NOW);
    expect(r).toMatchObject({ format: 'declaration', decoded: true, signature: 'unsigned', errors: [] });
  });
  it('verifies an estate pass against the store and applies the local revocation list', async () => {
    const key = await generateEstateKey();
    const pub = await importEs256Jwk({ ...key.publicKeyJwk });
    if (!pub) throw new Error('import');
    const store = {
      ...emptyTrustStore(),
      estate: [{ estateId: 'e1', name: 'E', kid: key.kid, key: pub, revoked: new Set<string>() }],
    };
    const pass = await issueEstatePass(
      {
        passId: 'p1',
        personId: 'r1',
        estateId: 'e1',
        kind: 'resident',
        displayName: '王*',
        building: '1',
        unit: '1',
        room: '101',
        validFrom: NOW - 1000,
        validUntil: NOW + 1000,
      },
      key.privateKey,
      key.kid,
    );
    expect(await readCode(pass, store, NOW)).toMatchObject({
      signature: 'valid',
      validity: 'valid',
      errors: [],
    });
    expect((await readCode(pass, store, NOW, { revokedPassIds: new Set(['p1']) })).errors).toEqual([
      'revoked',
    ]);
  });
  it('takes SHC chunks as an array or space-separated, hashing them the same way', async () => {
    const a = await readCode(['shc:/1/2/56', 'shc:/2/2/56'], trust, NOW);
    const b = await readCode('shc:/1/2/56 shc:/2/2/56', trust, NOW);
    expect(a.details.textHash).toBe(b.details.textHash);
    expect(a.errors).toEqual(b.errors);
    expect((await readCode(['shc:/1/2/56'], trust, NOW)).errors).toEqual(['chunk']);
  });
  it('reports a prefix-only code as not decoded with a reason', async () => {
    for (const text of ['HC1:', 'shc:/', 'NZCP:/1/', 'EP1:', 'GD1:', 'NZCP:/']) {
      const r = await readCode(text, trust, NOW);
      expect(r.decoded).toBe(false);
      expect(r.errors.length).toBeGreaterThan(0);
    }
  });
});
