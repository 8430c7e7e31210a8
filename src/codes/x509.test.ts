import { describe, expect, it } from 'vitest';
import { oid, seq, tlv, utcTime } from '../../tests/dcc-kit.ts';
import { DerError, oidToString, parseDer, readTlv, timeToMs } from './der.ts';
import { parseCertificate } from './x509.ts';

const NB = Date.UTC(2021, 4, 1, 12, 0, 0);
const NA = Date.UTC(2051, 4, 1, 12, 0, 0);

function generalizedTime(ms: number): Uint8Array {
  const iso = new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return tlv(0x18, new TextEncoder().encode(`${iso}Z`));
}

/** A v1-style certificate (no version, no extensions) around the given SPKI and validity. */
function cert(spki: Uint8Array, notAfter = generalizedTime(NA)): Uint8Array {
  const alg = seq(oid('1.2.840.10045.4.3.2'));
  const name = seq();
  const tbs = seq(tlv(0x02, Uint8Array.of(7)), alg, name, seq(utcTime(NB), notAfter), name, spki);
  return seq(tbs, alg, tlv(0x03, Uint8Array.of(0)));
}

async function spkiOf(params: EcKeyGenParams | RsaHashedKeyGenParams): Promise<Uint8Array> {
  const keys = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
}

describe('DER and X.509', () => {
  it('reads OIDs and both time forms', () => {
    expect(oidToString(parseDer(oid('1.3.6.1.4.1.1847.2021.1.2')))).toBe('1.3.6.1.4.1.1847.2021.1.2');
    expect(oidToString(parseDer(oid('2.5.29.37')))).toBe('2.5.29.37');
    expect(timeToMs(parseDer(utcTime(NB)))).toBe(NB);
    expect(timeToMs(parseDer(generalizedTime(NA)))).toBe(NA);
  });

  it('takes apart a v1 certificate with a P-256 or an RSA key', async () => {
    const ec = parseCertificate(cert(await spkiOf({ name: 'ECDSA', namedCurve: 'P-256' })));
    expect(ec).toMatchObject({ keyType: 'EC', notBefore: NB, notAfter: NA, extKeyUsage: [] });
    const rsaParams = {
      name: 'RSA-PSS',
      modulusLength: 2048,
      publicExponent: Uint8Array.of(1, 0, 1),
      hash: 'SHA-256',
    };
    expect(parseCertificate(cert(await spkiOf(rsaParams))).keyType).toBe('RSA');
  });

  it('refuses other curves, truncation, trailing bytes and indefinite lengths', async () => {
    const p384 = cert(await spkiOf({ name: 'ECDSA', namedCurve: 'P-384' }));
    expect(() => parseCertificate(p384)).toThrow(/P-256/);
    const good = cert(await spkiOf({ name: 'ECDSA', namedCurve: 'P-256' }));
    expect(() => parseCertificate(good.subarray(0, good.length - 1))).toThrow(DerError);
    expect(() => parseCertificate(Uint8Array.from([...good, 0]))).toThrow(DerError);
    expect(() => readTlv(Uint8Array.of(0x30, 0x80, 0, 0), 0)).toThrow(DerError);
    expect(() => parseCertificate(new Uint8Array(0))).toThrow(DerError);
  });
});
