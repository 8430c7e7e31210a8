import { deflateSync, zlibSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { base64UrlEncode, utf8Bytes } from './bytes.ts';
import { importEs256Jwk } from './jws.ts';
import { readShc } from './shc.ts';
import { encodeNumeric } from './shc-numeric.ts';
import type { ShcIssuerTrust } from './trust-types.ts';

const ISS = 'https://issuer.test';
const NOW = Date.parse('2026-01-01T00:00:00Z');

async function makeIssuer(kid: string) {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const key = await importEs256Jwk({ ...jwk });
  if (!key) throw new Error('import');
  const trust: ShcIssuerTrust = { iss: ISS, keys: new Map([[kid, key]]), revoked: new Map() };
  return { pair, trust, kid };
}

async function makeCard(
  privateKey: CryptoKey,
  kid: string,
  payload: object,
  shape: { header?: object; json?: (p: object) => string; pack?: (b: Uint8Array) => Uint8Array } = {},
): Promise<string> {
  const head = shape.header ?? { zip: 'DEF', alg: 'ES256', kid };
  const header = base64UrlEncode(utf8Bytes(JSON.stringify(head)));
  const json = (shape.json ?? JSON.stringify)(payload);
  const body = base64UrlEncode((shape.pack ?? deflateSync)(utf8Bytes(json)));
  const sig = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    privateKey,
    utf8Bytes(`${header}.${body}`),
  );
  return encodeNumeric(`${header}.${body}.${base64UrlEncode(new Uint8Array(sig))}`);
}

const bundle = {
  resourceType: 'Bundle',
  entry: [
    {
      resource: {
        resourceType: 'Patient',
        name: [{ family: 'Doe', given: ['Jane'] }],
        birthDate: '1990-02-03',
      },
    },
    { resource: { resourceType: 'Immunization', status: 'completed', occurrenceDateTime: '2021-05-01' } },
  ],
};
const payload = (extra: object = {}) => ({
  iss: ISS,
  nbf: Date.parse('2025-01-01T00:00:00Z') / 1000,
  vc: {
    type: ['https://smarthealth.cards#health-card'],
    credentialSubject: { fhirVersion: '4.0.1', fhirBundle: bundle },
  },
  ...extra,
});

describe('SMART Health Card with keys made in the test', () => {
  let issuer: Awaited<ReturnType<typeof makeIssuer>>;
  let card: string;
  beforeAll(async () => {
    issuer = await makeIssuer('k1');
    card = await makeCard(issuer.pair.privateKey, 'k1', payload());
  });
  const trustOf = () => new Map([[ISS, issuer.trust]]);

  it('verifies a good card and reads the holder', async () => {
    const r = await readShc([card], trustOf(), NOW, 'h');
    expect(r).toMatchObject({
      decoded: true,
      signature: 'valid',
      validity: 'valid',
      certificateType: 'vaccination',
    });
    expect(r.holder).toEqual({ name: 'Jane Doe', dob: '1990-02-03' });
    expect(r.errors).toEqual([]);
  });
  it('reads a SARS-CoV-2 PCR card as a negative NAAT test', async () => {
    const lab = {
      resourceType: 'Bundle',
      entry: [
        bundle.entry[0],
        {
          resource: {
            resourceType: 'Observation',
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '94500-6' }] },
            effectiveDateTime: '2025-12-31T09:00:00Z',
            valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009' }] },
          },
        },
      ],
    };
    const vc = {
      type: ['https://smarthealth.cards#health-card'],
      credentialSubject: { fhirVersion: '4.0.1', fhirBundle: lab },
    };
    const r = await readShc(
      [await makeCard(issuer.pair.privateKey, 'k1', payload({ vc }))],
      trustOf(),
      NOW,
      'h',
    );
    expect(r).toMatchObject({ signature: 'valid', certificateType: 'test', errors: [] });
    expect(r.details.facts.test).toEqual({
      sampledAt: Date.parse('2025-12-31T09:00:00Z'),
      kind: 'naat',
      negative: true,
    });
  });
  it('reports a tampered signature as invalid', async () => {
    // Not the last character: its low bits are padding, so changing it may change no signature bit.
    // Each character is two digits; the third-last character is whole signature bits.
    const at = card.length - 6;
    const pair = card.slice(at, at + 2) === '10' ? '11' : '10';
    const r = await readShc([card.slice(0, at) + pair + card.slice(at + 2)], trustOf(), NOW, 'h');
    expect(r.signature).toBe('invalid');
    expect(r.errors).toContain('signature');
  });
  it('reports a card signed by another key as unknown or invalid', async () => {
    const other = await makeIssuer('k1');
    const forged = await makeCard(other.pair.privateKey, 'k1', payload());
    expect((await readShc([forged], trustOf(), NOW, 'h')).signature).toBe('invalid');
    const otherKid = await makeCard(other.pair.privateKey, 'k2', payload());
    const r = await readShc([otherKid], trustOf(), NOW, 'h');
    expect(r.signature).toBe('unknown-key');
    expect(r.errors).toContain('unknown-key');
  });
  it('reports an untrusted issuer', async () => {
    const r = await readShc([card], new Map(), NOW, 'h');
    expect(r.errors).toContain('untrusted-issuer');
    expect(r.decoded).toBe(true);
  });
  it('reads expiry and not-before', async () => {
    const expired = await makeCard(issuer.pair.privateKey, 'k1', payload({ exp: NOW / 1000 - 10 }));
    expect((await readShc([expired], trustOf(), NOW, 'h')).validity).toBe('expired');
    const future = await makeCard(issuer.pair.privateKey, 'k1', payload({ nbf: NOW / 1000 + 3600 }));
    const r = await readShc([future], trustOf(), NOW, 'h');
    expect(r.validity).toBe('not-yet-valid');
    expect(r.errors).toEqual(['not-yet-valid']);
  });
  describe("the specification's header and payload rules, each refused on its own", () => {
    const signed = async (p: object, shape: Parameters<typeof makeCard>[3]) =>
      readShc([await makeCard(issuer.pair.privateKey, 'k1', p, shape)], trustOf(), NOW, 'h');

    it('header: zip must be "DEF" (an uncompressed payload is refused)', async () => {
      const r = await signed(payload(), { header: { alg: 'ES256', kid: 'k1' }, pack: (b) => b });
      expect(r).toMatchObject({ decoded: false, errors: ['jws'] });
      const other = await signed(payload(), { header: { zip: 'GZIP', alg: 'ES256', kid: 'k1' } });
      expect(other).toMatchObject({ decoded: false, errors: ['jws'] });
    });
    it('header: alg must be ES256', async () => {
      const r = await signed(payload(), { header: { zip: 'DEF', alg: 'ES384', kid: 'k1' } });
      expect(r.signature).not.toBe('valid');
      expect(r.errors).toContain('jws');
    });
    it('header: kid must name a key of the issuer', async () => {
      const r = await signed(payload(), { header: { zip: 'DEF', alg: 'ES256' } });
      expect(r).toMatchObject({ signature: 'unknown-key', errors: ['unknown-key'] });
    });
    it('payload: raw DEFLATE, not a zlib stream', async () => {
      const r = await signed(payload(), { pack: (b) => zlibSync(b) });
      expect(r.decoded).toBe(false);
      expect(r.errors).toHaveLength(1);
    });
    it('payload: minified JSON (whitespace outside strings is refused, inside strings is fine)', async () => {
      const r = await signed(payload(), { json: (p) => JSON.stringify(p, null, 1) });
      expect(r).toMatchObject({ decoded: true, signature: 'valid', errors: ['schema'] });
      const spaced = await signed(payload({ note: 'a b\n"c" ' }), {});
      expect(spaced.errors).toEqual([]);
    });
    it('payload: nbf (issuance time) is required', async () => {
      const r = await signed(payload({ nbf: undefined }), {});
      expect(r.errors).toEqual(['schema']);
    });
    it('payload: vc.type includes the health-card type', async () => {
      const vc = { type: ['VerifiableCredential'], credentialSubject: payload().vc.credentialSubject };
      expect((await signed(payload({ vc }), {})).errors).toEqual(['schema']);
    });
    it('payload: vc.credentialSubject carries fhirVersion beside the bundle', async () => {
      const vc = { type: payload().vc.type, credentialSubject: { fhirBundle: bundle } };
      expect((await signed(payload({ vc }), {})).errors).toEqual(['schema']);
    });
    it('payload: iss and the FHIR bundle are required', async () => {
      expect((await signed(payload({ iss: undefined }), {})).errors).toContain('schema');
      const vc = { type: payload().vc.type, credentialSubject: { fhirVersion: '4.0.1' } };
      expect((await signed(payload({ vc }), {})).errors).toContain('schema');
    });
  });
  it('does not decode a truncated card', async () => {
    const r = await readShc([card.slice(0, card.length / 2)], trustOf(), NOW, 'h');
    expect(r.decoded).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });
  it('reports odd digits and out-of-range pairs as encoding errors', async () => {
    expect((await readShc(['shc:/123'], trustOf(), NOW, 'h')).errors).toEqual(['encoding']);
    expect((await readShc(['shc:/9999'], trustOf(), NOW, 'h')).errors).toEqual(['encoding']);
  });
});
