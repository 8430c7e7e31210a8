/** SMART Health Cards: the specification's own examples (../shared/testdata), and cards derived from them. */
import { deflateSync, inflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readShared } from '../../tests/codes-fixtures.ts';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';
import { base64UrlDecode, base64UrlEncode, utf8, utf8Bytes } from './bytes.ts';
import { importEs256Jwk } from './jws.ts';
import { readShc } from './shc.ts';
import { decodeNumeric, encodeNumeric } from './shc-numeric.ts';
import type { ShcIssuerTrust } from './trust-types.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe.skipIf(!sharedTestdata)(
  `SMART Health Cards spec examples ${sharedTestdata ? '' : NO_SHARED_NOTE}`,
  () => {
    const read = (name: string) => readShared('health-passes/shc/examples', name);
    const EXAMPLE_ISS = 'https://spec.smarthealth.cards/examples/issuer';
    let trust: Map<string, ShcIssuerTrust>;
    beforeAll(async () => {
      const jwks = JSON.parse(read('issuer/.well-known/jwks.json')) as { keys: { kid: string }[] };
      const crl = JSON.parse(
        read('issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json'),
      ) as {
        kid: string;
        rids: string[];
      };
      const keys = new Map<string, CryptoKey>();
      for (const k of jwks.keys) {
        const key = await importEs256Jwk(k);
        if (key) keys.set(k.kid, key);
      }
      const revoked = new Map([
        [
          crl.kid,
          crl.rids.map((r) => ({ rid: r.split('.')[0] ?? r, before: Number(r.split('.')[1]) || null })),
        ],
      ]);
      trust = new Map([[EXAMPLE_ISS, { iss: EXAMPLE_ISS, keys, revoked }]]);
    });
    const at = Date.parse('2023-07-01T00:00:00Z');

    it.each(['00', '01'])('example %s verifies as a vaccination card', async (n) => {
      const r = await readShc([read(`example-${n}-f-qr-code-numeric-value-0.txt`)], trust, at, 'h');
      expect(r).toMatchObject({
        decoded: true,
        signature: 'valid',
        validity: 'valid',
        certificateType: 'vaccination',
        errors: [],
      });
      expect(r.holder).toEqual({ name: 'John B. Anyperson', dob: '1951-01-20' });
    });
    it('example 02 (three chunks, any order) verifies as a test card', async () => {
      const chunks = [2, 0, 1].map((i) => read(`example-02-f-qr-code-numeric-value-${i}.txt`));
      const r = await readShc(chunks, trust, at, 'h');
      expect(r).toMatchObject({ decoded: true, signature: 'valid', certificateType: 'test', errors: [] });
      const missing = await readShc(chunks.slice(0, 2), trust, at, 'h');
      expect(missing).toMatchObject({ decoded: false, errors: ['chunk'] });
    });
    it('example 00, derived: edited payload, changed signature, wrong key, truncated, before nbf', async () => {
      const text = read('example-00-f-qr-code-numeric-value-0.txt');
      const [h = '', p = '', s = ''] = (decodeNumeric(text.slice(5)) ?? '').split('.');
      const json = utf8(inflateSync(base64UrlDecode(p) ?? new Uint8Array())) ?? '';
      const edited = base64UrlEncode(deflateSync(utf8Bytes(json.replace('Anyperson', 'Otherperson'))));
      const tampered = await readShc([encodeNumeric(`${h}.${edited}.${s}`)], trust, at, 'h');
      expect(tampered).toMatchObject({ decoded: true, signature: 'invalid', errors: ['signature'] });
      expect(tampered.holder?.name).toBe('John B. Otherperson');

      const sig = base64UrlDecode(s) ?? new Uint8Array(64);
      sig[10] = (sig[10] ?? 0) ^ 1;
      const badSig = await readShc([encodeNumeric(`${h}.${p}.${base64UrlEncode(sig)}`)], trust, at, 'h');
      expect(badSig).toMatchObject({ signature: 'invalid', validity: 'valid', errors: ['signature'] });

      // The example's kid mapped to a key of our own: the card must not verify under it.
      const own = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
      ])) as CryptoKeyPair;
      const kids = [...(trust.get(EXAMPLE_ISS)?.keys.keys() ?? [])];
      const ownKey = await importEs256Jwk({ ...(await crypto.subtle.exportKey('jwk', own.publicKey)) });
      if (!ownKey) throw new Error('key');
      const wrong = new Map([
        [EXAMPLE_ISS, { iss: EXAMPLE_ISS, keys: new Map(kids.map((k) => [k, ownKey])), revoked: new Map() }],
      ]);
      expect(await readShc([text], wrong, at, 'h')).toMatchObject({
        signature: 'invalid',
        errors: ['signature'],
      });

      for (const cut of [7, Math.floor(text.length / 2), text.length - 2]) {
        const r = await readShc([text.slice(0, cut)], trust, at, 'h');
        expect(r.decoded).toBe(false);
        expect(r.errors.length).toBe(1);
      }
      const early = await readShc([text], trust, Date.parse('2023-06-01T00:00:00Z'), 'h');
      expect(early).toMatchObject({
        signature: 'valid',
        validity: 'not-yet-valid',
        errors: ['not-yet-valid'],
      });
    });
    it('example 03 is revoked, and expired today', async () => {
      const text = read('example-03-f-qr-code-numeric-value-0.txt');
      const r = await readShc([text], trust, at, 'h');
      expect(r).toMatchObject({ signature: 'valid', validity: 'valid', errors: ['revoked'] });
      expect((await readShc([text], trust, NOW, 'h')).errors).toEqual(['revoked', 'expired']);
    });
  },
);
