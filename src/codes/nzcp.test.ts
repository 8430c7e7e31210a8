import { beforeAll, describe, expect, it } from 'vitest';
import { readShared } from '../../tests/codes-fixtures.ts';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';
import { base32Decode, base32Encode } from './base32.ts';
import { utf8Bytes } from './bytes.ts';
import { cborEncode } from './cbor.ts';
import { signCoseSign1 } from './cose.ts';
import { importEs256Jwk } from './jws.ts';
import { readNzcp } from './nzcp.ts';
import type { NzcpIssuerTrust } from './trust-types.ts';

const DID = 'did:web:issuer.test';
const NOW = Date.parse('2026-06-01T00:00:00Z');
const S = NOW / 1000;

async function makeIssuer() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const key = await importEs256Jwk({ ...(await crypto.subtle.exportKey('jwk', pair.publicKey)) });
  if (!key) throw new Error('import');
  const trust: NzcpIssuerTrust = { iss: DID, keys: new Map([[`${DID}#key-1`, key]]) };
  return { pair, trust };
}

function claims(over: { iss?: string; nbf?: number; exp?: number; given?: string } = {}) {
  const subject = new Map([
    ['givenName', over.given ?? 'Jack'],
    ['familyName', 'Sparrow'],
    ['dob', '1960-04-16'],
  ]);
  const vc = new Map<string, unknown>([
    ['@context', ['https://www.w3.org/2018/credentials/v1', 'https://nzcp.covid19.health.nz/contexts/v1']],
    ['version', '1.0.0'],
    ['type', ['VerifiableCredential', 'PublicCovidPass']],
    ['credentialSubject', subject],
  ]);
  return cborEncode(
    new Map<unknown, unknown>([
      [1, over.iss ?? DID],
      [5, over.nbf ?? S - 86400],
      [4, over.exp ?? S + 86400],
      [7, new Uint8Array(16).fill(7)],
      ['vc', vc],
    ]),
  );
}

async function makePass(privateKey: CryptoKey, payload = claims(), kid = 'key-1'): Promise<string> {
  return `NZCP:/1/${base32Encode(await signCoseSign1(payload, privateKey, { kid: utf8Bytes(kid), alg: 'ES256' }))}`;
}

describe('NZ COVID Pass with keys made in the test', () => {
  let issuer: Awaited<ReturnType<typeof makeIssuer>>;
  let pass: string;
  beforeAll(async () => {
    issuer = await makeIssuer();
    pass = await makePass(issuer.pair.privateKey);
  });
  const trust = () => new Map([[DID, issuer.trust]]);

  it('verifies a good pass', async () => {
    const r = await readNzcp(pass, trust(), NOW, 'h');
    expect(r).toMatchObject({ decoded: true, signature: 'valid', validity: 'valid', errors: [] });
    expect(r.holder).toEqual({ name: 'Jack Sparrow', dob: '1960-04-16' });
    expect(r.details.kid).toBe('key-1');
  });
  it('reports expired and not-yet-active passes', async () => {
    const expired = await makePass(issuer.pair.privateKey, claims({ exp: S - 1 }));
    expect((await readNzcp(expired, trust(), NOW, 'h')).errors).toEqual(['expired']);
    const early = await makePass(issuer.pair.privateKey, claims({ nbf: S + 60 }));
    expect((await readNzcp(early, trust(), NOW, 'h')).validity).toBe('not-yet-valid');
  });
  it('rejects a pass signed by another key, or with an unknown kid', async () => {
    const other = await makeIssuer();
    const forged = await makePass(other.pair.privateKey);
    expect(await readNzcp(forged, trust(), NOW, 'h')).toMatchObject({
      signature: 'invalid',
      errors: ['signature'],
    });
    const kid2 = await makePass(issuer.pair.privateKey, claims(), 'key-2');
    expect(await readNzcp(kid2, trust(), NOW, 'h')).toMatchObject({
      signature: 'unknown-key',
      errors: ['unknown-key'],
    });
  });
  it('rejects an untrusted issuer even when its key would verify', async () => {
    const r = await readNzcp(pass, new Map(), NOW, 'h');
    expect(r).toMatchObject({ decoded: true, signature: 'unknown-key', errors: ['untrusted-issuer'] });
  });
  it('reports a modified payload as a bad signature', async () => {
    const bytes = base32Decode(pass.slice(8));
    if (!bytes) throw new Error('decode');
    const at = Buffer.from(bytes).indexOf('Jack');
    bytes[at] = 0x4b;
    const r = await readNzcp(`NZCP:/1/${base32Encode(bytes)}`, trust(), NOW, 'h');
    expect(r).toMatchObject({ decoded: true, signature: 'invalid', errors: ['signature'] });
    expect(r.holder?.name).toBe('Kack Sparrow');
  });
  it('reports a pass without the claims the spec requires as a schema error', async () => {
    const payload = cborEncode(
      new Map<unknown, unknown>([
        [1, DID],
        [5, S - 60],
      ]),
    );
    const r = await readNzcp(await makePass(issuer.pair.privateKey, payload), trust(), NOW, 'h');
    expect(r).toMatchObject({ decoded: true, signature: 'valid', errors: ['schema'] });
    expect(r.details.messages[0]).toMatch(/exp.*cti.*vc/);
  });
  it('reports prefix, version, encoding and truncation', async () => {
    expect((await readNzcp('NZCP:/2/ABC', trust(), NOW, 'h')).errors).toEqual(['version']);
    expect((await readNzcp('NZCP:/1/0189', trust(), NOW, 'h')).errors).toEqual(['encoding']);
    const truncated = await readNzcp(pass.slice(0, pass.length - 40), trust(), NOW, 'h');
    expect(truncated.decoded).toBe(false);
    expect(truncated.errors).toEqual(['cbor']);
  });
});

describe.skipIf(!sharedTestdata)(`NZ COVID Pass spec example ${sharedTestdata ? '' : NO_SHARED_NOTE}`, () => {
  const read = (name: string) => readShared('health-passes/nzcp/valid', name);
  const EXAMPLE = 'did:web:nzcp.covid19.health.nz';
  let trust: Map<string, NzcpIssuerTrust>;
  let text: string;
  beforeAll(async () => {
    const key = await importEs256Jwk(JSON.parse(read('jwk.json')));
    if (!key) throw new Error('import');
    trust = new Map([[EXAMPLE, { iss: EXAMPLE, keys: new Map([[`${EXAMPLE}#key-1`, key]]) }]]);
    text = read('nzcp.txt');
  });

  it('verifies the valid worked example', async () => {
    const r = await readNzcp(text, trust, NOW, 'h');
    expect(r).toMatchObject({
      decoded: true,
      signature: 'valid',
      validity: 'valid',
      errors: [],
      certificateType: 'vaccination',
    });
    expect(r.holder).toEqual({ name: 'Jack Sparrow', dob: '1960-04-16' });
    expect(r.details.issuer).toBe(EXAMPLE);
  });
  it('is not trusted unless its issuer is listed', async () => {
    expect((await readNzcp(text, new Map(), NOW, 'h')).errors).toEqual(['untrusted-issuer']);
  });
  it('reports a flipped signature bit as invalid and reads validity from its claims', async () => {
    const bytes = base32Decode(text.slice(8));
    if (!bytes) throw new Error('decode');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const r = await readNzcp(
      `NZCP:/1/${base32Encode(bytes)}`,
      trust,
      Date.parse('2040-01-01T00:00:00Z'),
      'h',
    );
    expect(r).toMatchObject({ signature: 'invalid', validity: 'expired', errors: ['signature', 'expired'] });
  });
  it('does not verify under another key, and is not decoded when truncated', async () => {
    // The example's key id mapped to a key of our own: the pass must not verify under it.
    const own = (await makeIssuer()).trust.keys.get(`${DID}#key-1`);
    if (!own) throw new Error('key');
    const swapped = new Map([[EXAMPLE, { iss: EXAMPLE, keys: new Map([[`${EXAMPLE}#key-1`, own]]) }]]);
    expect(await readNzcp(text, swapped, NOW, 'h')).toMatchObject({
      decoded: true,
      signature: 'invalid',
      errors: ['signature'],
    });
    for (const cut of [9, 40, text.length - 5]) {
      const r = await readNzcp(text.slice(0, cut), trust, NOW, 'h');
      expect(r.decoded).toBe(false);
      expect(r.errors.length).toBe(1);
    }
  });
  it('is not active before its nbf', async () => {
    const r = await readNzcp(text, trust, Date.parse('2021-01-01T00:00:00Z'), 'h');
    expect(r).toMatchObject({ signature: 'valid', validity: 'not-yet-valid', errors: ['not-yet-valid'] });
  });
});
