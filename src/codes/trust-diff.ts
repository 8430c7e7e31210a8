/**
 * What a trust import would change, key by key, so a manager sees it before it is applied: each
 * key named by its issuer and a fingerprint of the key itself (never by a declared id, which a
 * file can choose freely), marked added, removed or kept.
 */
import { base64UrlDecode, utf8Bytes } from './bytes.ts';
import type { EcJwk, StoredTrust, TrustSummaryRow } from './trust-stored.ts';

/** One key of a trust list, named by its issuer and its fingerprint. */
export interface TrustKeyLine {
  format: TrustSummaryRow['format'];
  issuer: string;
  /** SHA-256 of the key material, first 8 bytes as hex pairs (`3f:a2:…`). */
  fingerprint: string;
}

/** A key line and what an import does to it. */
export interface TrustChange extends TrustKeyLine {
  change: 'add' | 'remove' | 'keep';
}

async function fingerprint(material: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', material as BufferSource));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The DER of a base64 SubjectPublicKeyInfo (its text where it is not base64, still one key one print). */
const spkiBytes = (b64: string) =>
  base64UrlDecode(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')) ?? utf8Bytes(b64);

const ecMaterial = (k: EcJwk) => utf8Bytes(`{"crv":"P-256","kty":"EC","x":"${k.x}","y":"${k.y}"}`);

/** Every key of a stored trust list with its fingerprint, in a stable order. */
export async function trustKeyLines(stored: StoredTrust | null): Promise<TrustKeyLine[]> {
  if (!stored) return [];
  const lines: Promise<TrustKeyLine>[] = [];
  const add = (format: TrustKeyLine['format'], issuer: string, material: Uint8Array) =>
    lines.push(fingerprint(material).then((fp) => ({ format, issuer, fingerprint: fp })));
  for (const k of stored.dcc) add('dcc', `EU DCC ${k.kid}`, spkiBytes(k.spki));
  for (const s of stored.shc) for (const k of s.keys) add('shc', s.iss, ecMaterial(k));
  for (const n of stored.nzcp) for (const k of n.keys) add('nzcp', n.iss, ecMaterial(k.jwk));
  for (const e of stored.estate) add('estate-pass', `${e.name} (${e.estateId})`, ecMaterial(e.publicKeyJwk));
  return Promise.all(lines);
}

/** What replacing `before` with `after` adds, removes and keeps, key by key (added first, then removed, then kept). */
export async function trustDiff(before: StoredTrust | null, after: StoredTrust): Promise<TrustChange[]> {
  const [old, next] = await Promise.all([trustKeyLines(before), trustKeyLines(after)]);
  const id = (l: TrustKeyLine) => `${l.format}|${l.issuer}|${l.fingerprint}`;
  const oldIds = new Set(old.map(id));
  const nextIds = new Set(next.map(id));
  return [
    ...next.filter((l) => !oldIds.has(id(l))).map((l) => ({ ...l, change: 'add' as const })),
    ...old.filter((l) => !nextIds.has(id(l))).map((l) => ({ ...l, change: 'remove' as const })),
    ...next.filter((l) => oldIds.has(id(l))).map((l) => ({ ...l, change: 'keep' as const })),
  ];
}
