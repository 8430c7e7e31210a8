/**
 * Makes DCCs for tests without the shared data: a P-256 signer, a minimal DER certificate with
 * chosen purpose OIDs (its own signature is not checked by anyone), and `HC1:` texts.
 */
import { zlibSync } from 'fflate';
import { base45Encode } from '../src/codes/base45.ts';
import { cborEncode } from '../src/codes/cbor.ts';
import { signCoseSign1 } from '../src/codes/cose.ts';
import { dccKidOf } from '../src/codes/dcc-trust.ts';

/** One DER element with a definite length. */
export function tlv(tag: number, body: Uint8Array): Uint8Array {
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Uint8Array.from([tag, ...len, ...body]);
}
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** A DER SEQUENCE of the parts. */
export const seq = (...parts: Uint8Array[]) => tlv(0x30, cat(...parts));

/** A DER OBJECT IDENTIFIER from dotted text. */
export function oid(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const groups = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v & 0x7f) | 0x80);
    out.push(...groups);
  }
  return tlv(0x06, Uint8Array.from(out));
}

/** A DER UTCTime (YYMMDDHHMMSSZ). */
export function utcTime(ms: number): Uint8Array {
  const iso = new Date(ms).toISOString();
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return tlv(0x17, new TextEncoder().encode(text));
}

export interface TestSigner {
  keys: CryptoKeyPair;
  /** Base64 DER certificate, as a trust bundle carries it. */
  certificate: string;
  kid: string;
  kidBytes: Uint8Array;
}

/** A P-256 signer and a certificate carrying `purposes` (full OIDs) as extended key usage. */
export async function makeSigner(
  purposes: string[] = [],
  notBefore = Date.UTC(2021, 0, 1),
): Promise<TestSigner> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const name = seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, new TextEncoder().encode('Test DSC')))));
  const sigAlg = seq(oid('1.2.840.10045.4.3.2'));
  const eku = seq(oid('2.5.29.37'), tlv(0x04, seq(...purposes.map(oid))));
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Uint8Array.of(2))),
    tlv(0x02, Uint8Array.of(1)),
    sigAlg,
    name,
    seq(utcTime(notBefore), utcTime(notBefore + 730 * 86_400_000)),
    name,
    spki,
    ...(purposes.length > 0 ? [tlv(0xa3, seq(eku))] : []),
  );
  const der = seq(tbs, sigAlg, tlv(0x03, Uint8Array.of(0, 1, 2, 3)));
  const kid = await dccKidOf(der);
  const kidBytes = Uint8Array.from(atob(kid), (c) => c.charCodeAt(0));
  return { keys, certificate: btoa(String.fromCharCode(...der)), kid, kidBytes };
}

/** Standard payload parts. */
export const NAM = {
  fn: 'Musterfrau-Gößinger',
  fnt: 'MUSTERFRAU<GOESSINGER',
  gn: 'Gabriele',
  gnt: 'GABRIELE',
};
export const VACCINATION = {
  tg: '840539006',
  vp: '1119349007',
  mp: 'EU/1/20/1528',
  ma: 'ORG-100030215',
  dn: 2,
  sd: 2,
  dt: '2021-05-29',
  co: 'AT',
  is: 'Ministry of Health, Austria',
  ci: 'URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B',
};
export const TEST = {
  tg: '840539006',
  tt: 'LP217198-3',
  ma: '1232',
  sc: '2021-06-01T08:00:00Z',
  tr: '260415000',
  tc: 'Test centre',
  co: 'AT',
  is: 'Ministry of Health, Austria',
  ci: 'URN:UVCI:01:AT:B5921A35D6A0D696421B3E2462178297#I',
};
export const RECOVERY = {
  tg: '840539006',
  fr: '2021-03-01',
  co: 'AT',
  is: 'Ministry of Health, Austria',
  df: '2021-03-15',
  du: '2021-09-01',
  ci: 'URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K',
};

/** A DCC payload with one entry group. */
export function payload(group: Record<string, unknown>): Record<string, unknown> {
  return { ver: '1.3.0', nam: NAM, dob: '1998-02-26', ...group };
}

/** The COSE bytes of a signed DCC (CWT with iss, iat, exp in seconds). */
export async function signDcc(
  signer: TestSigner,
  dcc: unknown,
  claims: { iat: number; exp: number; iss?: string },
): Promise<Uint8Array> {
  const cwt = new Map<number, unknown>([
    [1, claims.iss ?? 'AT'],
    [4, claims.exp],
    [6, claims.iat],
    [-260, new Map([[1, dcc]])],
  ]);
  return signCoseSign1(cborEncode(cwt), signer.keys.privateKey, { kid: signer.kidBytes, alg: 'ES256' });
}

/** `HC1:` text of COSE bytes (zlib-compressed unless told otherwise). */
export function hc1(cose: Uint8Array, compress = true): string {
  return `HC1:${base45Encode(compress ? zlibSync(cose) : cose)}`;
}
