/**
 * Property tests: 10,000 random and mutated inputs per format through `readCode` never throw and
 * always come back with a reason (an error code, a clean decode, or "opaque").
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.ts';
import { base45Decode, base45Encode } from './base45.ts';
import { base64UrlDecode, base64UrlEncode, utf8Bytes } from './bytes.ts';
import { cborEncode } from './cbor.ts';
import { signCoseSign1 } from './cose.ts';
import { encodeDeclaration } from './declaration.ts';
import { generateEstateKey, issueEstatePass } from './estate-pass.ts';
import { importEs256Jwk } from './jws.ts';
import { readCode } from './read-code.ts';
import { decodeNumeric, encodeNumeric } from './shc-numeric.ts';
import { emptyTrustStore, type TrustStore } from './trust-types.ts';
import type { ErrorCode, ScanResult } from './types.ts';

const RUNS = 10_000;
const NOW = Date.parse('2026-11-23T08:00:00Z');
const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const KNOWN: ErrorCode[] = [
  'prefix',
  'encoding',
  'compression',
  'cbor',
  'cose',
  'jws',
  'schema',
  'signature',
  'unknown-key',
  'key-usage',
  'expired',
  'not-yet-valid',
  'revoked',
  'untrusted-issuer',
  'value-set',
  'version',
  'chunk',
  'internal',
];

/** The invariant every result keeps. */
function checkResult(r: ScanResult): void {
  expect(r.details.textHash).toMatch(/^[0-9a-f]{64}$/);
  for (const e of r.errors) expect(KNOWN).toContain(e);
  expect(r.errors).not.toContain('internal');
  const clean = r.decoded && (r.signature === 'valid' || r.signature === 'unsigned');
  expect(r.errors.length > 0 || clean || r.format === 'opaque').toBe(true);
  if (r.signature === 'valid') expect(r.decoded).toBe(true);
}

const body = (alphabet: string, max = 400) =>
  fc.string({ unit: fc.constantFrom(...alphabet), maxLength: max });

/** Flip one bit of the decoded bytes, then re-encode: the code still parses as far as it can. */
function flipped(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  const out = bytes.slice();
  const i = at % Math.max(out.length, 1);
  out[i] = (out[i] ?? 0) ^ (1 << bit);
  return out;
}

/** Character-level damage: truncate, drop, duplicate or replace one character. */
const damaged = (text: string, alphabet: string) =>
  fc
    .tuple(fc.nat(), fc.constantFrom('truncate', 'drop', 'dup', 'replace'), fc.constantFrom(...alphabet))
    .map(([n, how, ch]) => {
      const i = n % text.length;
      if (how === 'truncate') return text.slice(0, i);
      if (how === 'drop') return text.slice(0, i) + text.slice(i + 1);
      if (how === 'dup') return text.slice(0, i) + text[i] + text.slice(i);
      return text.slice(0, i) + ch + text.slice(i + 1);
    });

async function runProperty(arb: fc.Arbitrary<{ text: string; flippedSigned: boolean }>, trust: TrustStore) {
  await fc.assert(
    fc.asyncProperty(arb, async ({ text, flippedSigned }) => {
      const r = await readCode(text, trust, NOW);
      checkResult(r);
      // One flipped bit anywhere in a signed code must never verify.
      if (flippedSigned) expect(r.signature).not.toBe('valid');
    }),
    { numRuns: RUNS },
  );
}

const plain = (a: fc.Arbitrary<string>) => a.map((text) => ({ text, flippedSigned: false }));

describe('readCode never throws and always gives a reason', () => {
  let trust: TrustStore;
  let estatePass: string;
  let nzcp: string;
  let shc: string;
  let declaration: string;
  beforeAll(async () => {
    const key = await generateEstateKey();
    const pub = await importEs256Jwk({ ...key.publicKeyJwk });
    if (!pub) throw new Error('import');
    trust = emptyTrustStore();
    trust.estate.push({ estateId: 'hy01', name: 'T', kid: key.kid, key: pub, revoked: new Set() });
    trust.nzcp.set('did:web:t', { iss: 'did:web:t', keys: new Map([['did:web:t#k', pub]]) });
    trust.shc.set('https://t', { iss: 'https://t', keys: new Map([['k', pub]]), revoked: new Map() });
    const fields = {
      passId: 'P1',
      personId: '01JCX8Z6R9T5W3Y2V1B0N8M7K6',
      estateId: 'hy01',
      kind: 'resident' as const,
    };
    estatePass = await issueEstatePass(
      {
        ...fields,
        displayName: '张*三',
        building: '7',
        unit: '2',
        room: '1503',
        validFrom: NOW - 1e6,
        validUntil: NOW + 1e6,
      },
      key.privateKey,
      key.kid,
    );
    const vc = new Map<string, unknown>([
      ['@context', ['https://www.w3.org/2018/credentials/v1']],
      ['version', '1.0.0'],
      ['type', ['VerifiableCredential', 'PublicCovidPass']],
      [
        'credentialSubject',
        new Map([
          ['givenName', 'A'],
          ['dob', '2000-01-01'],
        ]),
      ],
    ]);
    const cwt = cborEncode(
      new Map<unknown, unknown>([
        [1, 'did:web:t'],
        [5, 1],
        [4, 2e9],
        [7, new Uint8Array(16)],
        ['vc', vc],
      ]),
    );
    nzcp = `NZCP:/1/${base32Encode(await signCoseSign1(cwt, key.privateKey, { kid: utf8Bytes('k'), alg: 'ES256' }))}`;
    const header = base64UrlEncode(utf8Bytes('{"zip":"DEF","alg":"ES256","kid":"k"}'));
    const fhir = {
      resourceType: 'Bundle',
      entry: [{ resource: { resourceType: 'Patient', birthDate: '2000-01-01' } }],
    };
    const payload = base64UrlEncode(
      deflateSync(
        utf8Bytes(
          JSON.stringify({
            iss: 'https://t',
            nbf: 1,
            vc: {
              type: ['https://smarthealth.cards#health-card'],
              credentialSubject: { fhirVersion: '4.0.1', fhirBundle: fhir },
            },
          }),
        ),
      ),
    );
    const sig = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      key.privateKey,
      utf8Bytes(`${header}.${payload}`),
    );
    shc = encodeNumeric(`${header}.${payload}.${base64UrlEncode(new Uint8Array(sig))}`);
    declaration = encodeDeclaration({
      version: 1,
      kind: 'visitor',
      name: 'N',
      phone: '123',
      idLast4: null,
      company: null,
      plate: null,
      host: null,
      purpose: null,
      returnee: null,
      itinerary: [{ region: '110101', date: '2026-11-20' }],
      reportedColour: 'green',
      lastTestAt: null,
      createdAt: NOW,
    });
    for (const text of [estatePass, nzcp, shc, declaration]) {
      expect((await readCode(text, trust, NOW)).errors).toEqual([]);
    }
  });

  it('opaque and arbitrary text (any code units, lone surrogates)', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 300,
      }),
      fc.webUrl(),
    );
    await runProperty(plain(anyText), trust);
  }, 60_000);

  it('SMART Health Cards: shc:/ + digits, chunks, damaged and bit-flipped cards', async () => {
    const flips = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.nat(2)).map(([at, bit, part]) => {
      const parts = (decodeNumeric(shc.slice(5)) ?? '').split('.');
      const bytes = base64UrlDecode(parts[part] ?? '') ?? new Uint8Array();
      parts[part] = base64UrlEncode(flipped(bytes, at, bit));
      return { text: encodeNumeric(parts.join('.')), flippedSigned: true };
    });
    const arb = fc.oneof(
      plain(body('0123456789').map((b) => `shc:/${b}`)),
      plain(
        fc
          .tuple(fc.nat(5), fc.nat(5), body('0123456789', 50))
          .map(([i, n, b]) => `shc:/${i}/${n}/${b} shc:/2/${n}/${b}`),
      ),
      plain(damaged(shc, '0123456789/ ')),
      flips,
    );
    await runProperty(arb, trust);
  }, 60_000);

  it('NZ COVID Pass: NZCP:/1/ + base32, damaged and bit-flipped passes', async () => {
    const bytes = base32Decode(nzcp.slice(8)) ?? new Uint8Array();
    const flips = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => ({
      text: `NZCP:/1/${base32Encode(flipped(bytes, at, bit))}`,
      flippedSigned: true,
    }));
    const arb = fc.oneof(
      plain(body(B32).map((b) => `NZCP:/1/${b}`)),
      plain(damaged(nzcp, `${B32}=/:`)),
      flips,
    );
    await runProperty(arb, trust);
  }, 60_000);

  it('estate pass: EP1: + base45, damaged and bit-flipped passes', async () => {
    const bytes = base45Decode(estatePass.slice(4));
    const flips = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => ({
      text: `EP1:${base45Encode(flipped(bytes, at, bit))}`,
      flippedSigned: true,
    }));
    const arb = fc.oneof(plain(body(B45).map((b) => `EP1:${b}`)), plain(damaged(estatePass, B45)), flips);
    await runProperty(arb, trust);
  }, 60_000);

  it('declaration: GD1: + base45, damaged and bit-flipped declarations', async () => {
    const bytes = base45Decode(declaration.slice(4));
    const flips = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => ({
      text: `GD1:${base45Encode(flipped(bytes, at, bit))}`,
      flippedSigned: false,
    }));
    const arb = fc.oneof(
      plain(body(B45).map((b) => `GD${b.length % 3}:${b}`)),
      plain(damaged(declaration, B45)),
      flips,
    );
    await runProperty(arb, trust);
  }, 60_000);
});
