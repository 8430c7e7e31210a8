import { describe, expect, it } from 'vitest';
import { readShared } from '../../tests/codes-fixtures.ts';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';
import { generateEstateKey } from './estate-key.ts';
import { emptyTrust, importTrust, parseTrustBundle } from './trust.ts';

const jwk = {
  kty: 'EC',
  crv: 'P-256',
  x: 'zRR-XGsCp12Vvbgui4DD6O6cqmhfPuXMhi1OxPl8760',
  y: 'Iv5SU6FuW-TRYh5_GOrJlcV_gpF_GpFQhCOD8LSk3T0',
};
const did = 'did:web:issuer.test';
const didDocument = {
  id: did,
  verificationMethod: [
    { id: `${did}#key-1`, type: 'JsonWebKey2020', publicKeyJwk: jwk },
    { id: '#key-2', type: 'JsonWebKey2020', publicKeyJwk: jwk },
    { id: `${did}#unlisted`, type: 'JsonWebKey2020', publicKeyJwk: jwk },
  ],
  assertionMethod: [`${did}#key-1`, '#key-2'],
};

describe('trust bundle made in the test', () => {
  it('imports an empty bundle and lists nothing', async () => {
    const r = await parseTrustBundle('{"version":1}');
    expect(r).toMatchObject({ ok: true, summary: [] });
    if (!r.ok) throw new Error('bundle');
    expect(await importTrust(r.stored)).toEqual(emptyTrust());
  });
  it('imports SHC, NZCP and estate entries, and makes CryptoKeys from the stored form', async () => {
    const estate = await generateEstateKey();
    const bundle = {
      version: 1,
      shc: [
        {
          iss: 'https://shc.test',
          jwks: { keys: [{ ...jwk, kid: 'k1' }] },
          crls: [{ kid: 'k1', rids: ['r1', 'r2.1700000000'] }],
        },
      ],
      nzcp: [{ iss: did, didDocument }],
      estate: [{ estateId: 'hy01', name: '和园', publicKeyJwk: estate.publicKeyJwk, revoked: ['P1'] }],
    };
    const r = await parseTrustBundle(JSON.stringify(bundle));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.summary).toEqual([
      { format: 'shc', issuer: 'https://shc.test', keys: 1, revoked: 2 },
      { format: 'nzcp', issuer: did, keys: 2, revoked: 0 },
      { format: 'estate-pass', issuer: '和园 (hy01)', keys: 1, revoked: 1 },
    ]);
    // The stored form survives a JSON round trip (IndexedDB keeps plain data).
    const store = await importTrust(JSON.parse(JSON.stringify(r.stored)));
    expect([...(store.shc.get('https://shc.test')?.keys.keys() ?? [])]).toEqual(['k1']);
    expect(store.shc.get('https://shc.test')?.revoked.get('k1')).toEqual([
      { rid: 'r1', before: null },
      { rid: 'r2', before: 1700000000 },
    ]);
    expect([...(store.nzcp.get(did)?.keys.keys() ?? [])]).toEqual([`${did}#key-1`, `${did}#key-2`]);
    expect(store.estate[0]).toMatchObject({ estateId: 'hy01', kid: estate.kid, revoked: new Set(['P1']) });
  });
  it.each([
    ['not JSON', '{', /not a JSON object/],
    ['a list', '[]', /not a JSON object/],
    ['wrong version', '{"version":2}', /version: must be 1/],
    ['no version', '{}', /version: must be 1/],
    ['a section that is not a list', '{"version":1,"shc":{}}', /shc: must be a list/],
    ['a bad certificate', '{"version":1,"dcc":[{"certificate":"AAAA"}]}', /dcc\[0\]/],
    ['a certificate that is not base64', '{"version":1,"dcc":[{"certificate":"!!"}]}', /dcc\[0\]: .*base64/],
    [
      'an RSA JWK for SHC',
      '{"version":1,"shc":[{"iss":"x","jwks":{"keys":[{"kty":"RSA","kid":"a"}]}}]}',
      /shc\[0\]\.jwks\.keys\[0\]: must be an EC P-256 key/,
    ],
    [
      'a point off the curve',
      `{"version":1,"estate":[{"estateId":"e","name":"n","publicKeyJwk":${JSON.stringify({ ...jwk, y: jwk.x })}}]}`,
      /not a valid P-256/,
    ],
    [
      'a private key',
      `{"version":1,"estate":[{"estateId":"e","name":"n","publicKeyJwk":${JSON.stringify({ ...jwk, d: 'AAAA' })}}]}`,
      /private key/,
    ],
    [
      'an NZCP issuer that is not did:web',
      '{"version":1,"nzcp":[{"iss":"https://x","didDocument":{}}]}',
      /nzcp\[0\]\.iss/,
    ],
    [
      'a DID document with no assertion key',
      `{"version":1,"nzcp":[{"iss":"${did}","didDocument":{"verificationMethod":[]}}]}`,
      /no JsonWebKey2020/,
    ],
    [
      'an estate kid that is not base64url',
      `{"version":1,"estate":[{"estateId":"e","name":"n","publicKeyJwk":${JSON.stringify({ ...jwk, kid: 'key#1' })}}]}`,
      /kid: must be base64url/,
    ],
    [
      // The attack: another key under this estate's real kid, so "our key is already there" looks true.
      'an estate key declaring a kid that is not its own',
      `{"version":1,"estate":[{"estateId":"e","name":"n","publicKeyJwk":${JSON.stringify({ ...jwk, kid: 'AAAAAA' })}}]}`,
      /kid: does not match the key/,
    ],
  ])('rejects %s with a clear error and nothing partial', async (_, text, message) => {
    const r = await parseTrustBundle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
  it('reports every problem at once', async () => {
    const r = await parseTrustBundle('{"version":1,"dcc":[1],"shc":[{"iss":""}],"estate":[{}]}');
    expect(r.ok ? [] : r.errors.length).toBeGreaterThanOrEqual(4);
  });
});

describe.skipIf(!sharedTestdata)(
  `trust bundle from the shared data ${sharedTestdata ? '' : NO_SHARED_NOTE}`,
  () => {
    it('takes the DCC certificate, the SHC JWKS + CRL and the NZCP DID document', async () => {
      const dcc = JSON.parse(readShared('health-passes/dcc/AT/2DCode/raw/1.json')) as {
        TESTCTX: { CERTIFICATE: string };
      };
      const shcDir = 'health-passes/shc/examples/issuer/.well-known';
      const bundle = {
        version: 1,
        dcc: [{ certificate: dcc.TESTCTX.CERTIFICATE }],
        shc: [
          {
            iss: 'https://spec.smarthealth.cards/examples/issuer',
            jwks: JSON.parse(readShared(shcDir, 'jwks.json')),
            crls: [JSON.parse(readShared(shcDir, 'crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json'))],
          },
        ],
        nzcp: [
          {
            iss: 'did:web:nzcp.covid19.health.nz',
            didDocument: JSON.parse(readShared('health-passes/nzcp/valid/did.json')),
          },
        ],
      };
      const r = await parseTrustBundle(JSON.stringify(bundle));
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.summary.map((s) => [s.format, s.keys, s.revoked])).toEqual([
        ['dcc', 1, 0],
        ['shc', 2, 4],
        ['nzcp', 1, 0],
      ]);
      const store = await importTrust(r.stored);
      expect(store.dcc[0]?.publicKey.type).toBe('public');
    });
  },
);
