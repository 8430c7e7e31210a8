/**
 * DCC document signer keys: taken apart from their certificate once, when a trust bundle is
 * imported (the storable `ExtractedDccKey`), then turned into a WebCrypto key at start-up.
 */
import { base64UrlDecode } from './bytes.ts';
import type { CertificateType } from './types.ts';
import { parseCertificate } from './x509.ts';

/** A DCC signer key as stored: plain data, no CryptoKey. Times are epoch milliseconds. */
export interface ExtractedDccKey {
  /** Base64 key id: first 8 bytes of SHA-256 of the certificate DER (or as the bundle gave it). */
  kid: string;
  /** SubjectPublicKeyInfo DER, base64. */
  spki: string;
  keyType: 'EC' | 'RSA';
  /** Certificate types the purpose OIDs allow; null = any type. */
  usage: CertificateType[] | null;
  notBefore: number;
  notAfter: number;
}

/** A DCC signer key ready to verify with. */
export interface DccKey extends ExtractedDccKey {
  publicKey: CryptoKey;
}

// hcert spec §5.1.1: purpose OIDs, in both spellings seen in the field.
const DCC_PURPOSE_ARCS = ['1.3.6.1.4.1.1847.2021.1.', '1.3.6.1.4.1.0.1847.2021.1.'];
const DCC_PURPOSES: Record<string, CertificateType> = { '1': 'test', '2': 'vaccination', '3': 'recovery' };

/** Certificate types the purpose OIDs allow; null when none is present (the signer may sign any type). */
export function dccUsage(extKeyUsage: string[]): CertificateType[] | null {
  const allowed = new Set<CertificateType>();
  for (const oid of extKeyUsage) {
    const arc = DCC_PURPOSE_ARCS.find((a) => oid.startsWith(a));
    const type = arc === undefined ? undefined : DCC_PURPOSES[oid.slice(arc.length)];
    if (type) allowed.add(type);
  }
  return allowed.size === 0 ? null : [...allowed];
}

/** Standard base64 (with padding) of bytes. */
export function base64Encode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Strict standard base64 decode that tolerates PEM armour and whitespace; null when not base64. */
function certificateBytes(text: string): Uint8Array | null {
  const body = text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null;
  return base64UrlDecode(body);
}

/** The DCC kid of a certificate: first 8 bytes of SHA-256 of its DER, base64. */
export async function dccKidOf(der: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der as Uint8Array<ArrayBuffer>));
  return base64Encode(digest.subarray(0, 8));
}

/** Extracts the storable key from a bundle entry; throws an Error saying what is wrong with the certificate. */
export async function extractDccKey(entry: { certificate: string; kid?: string }): Promise<ExtractedDccKey> {
  const der = certificateBytes(entry.certificate);
  if (!der || der.length === 0) throw new Error('DCC certificate is not base64');
  let info: ReturnType<typeof parseCertificate>;
  try {
    info = parseCertificate(der);
  } catch (e) {
    throw new Error(`DCC certificate cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    // A bundle may name the kid its issuer publishes; otherwise derive it as the hcert spec does.
    kid: entry.kid?.trim() || (await dccKidOf(der)),
    spki: base64Encode(info.spki),
    keyType: info.keyType,
    usage: dccUsage(info.extKeyUsage),
    notBefore: info.notBefore,
    notAfter: info.notAfter,
  };
}

/** Imports a stored key into WebCrypto: EC as ECDSA P-256, RSA as RSA-PSS SHA-256 (PS256). */
export async function importDccKey(extracted: ExtractedDccKey): Promise<DccKey> {
  const spki = base64UrlDecode(extracted.spki);
  if (!spki) throw new Error(`DCC key ${extracted.kid}: SPKI is not base64`);
  const algorithm =
    extracted.keyType === 'EC'
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : { name: 'RSA-PSS', hash: 'SHA-256' };
  const publicKey = await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, algorithm, true, [
    'verify',
  ]);
  return { ...extracted, publicKey };
}
