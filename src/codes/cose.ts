/** COSE_Sign1 (RFC 9052) as DCC, NZ COVID Pass and the estate pass use it: ES256 and PS256 only. */
import { asBytes, asMap, CborTag, cborDecode, cborEncode, isCborTag } from './cbor.ts';

/** COSE header labels and algorithm ids used here. */
export const COSE_ALG = 1;
export const COSE_KID = 4;
export const ALG_ES256 = -7;
export const ALG_PS256 = -37;
const TAG_COSE_SIGN1 = 18;
const TAG_CWT = 61;

export type CoseAlgName = 'ES256' | 'PS256';

/** Thrown when CBOR is well-formed but not a COSE_Sign1; readers map it to `cose`. */
export class CoseError extends Error {
  override name = 'CoseError';
}

export interface CoseSign1 {
  /** The protected header exactly as signed (Sig_structure needs the original bytes). */
  protectedBytes: Uint8Array;
  protectedHeader: Map<unknown, unknown>;
  unprotectedHeader: Map<unknown, unknown>;
  payload: Uint8Array;
  signature: Uint8Array;
  /** Algorithm id (label 1), protected header first; null when absent. */
  alg: number | null;
  /** Key id (label 4), protected header first; null when absent. */
  kid: Uint8Array | null;
}

/** Takes a COSE_Sign1 apart (tag 18, optionally inside CWT tag 61, or untagged); throws on bad input. */
export function decodeCoseSign1(bytes: Uint8Array): CoseSign1 {
  let item = cborDecode(bytes);
  // Some issuers wrap the COSE tag in the CWT tag; the hcert spec accepts both (test CO28).
  if (isCborTag(item, TAG_CWT)) item = item.value;
  if (isCborTag(item, TAG_COSE_SIGN1)) item = item.value;
  if (isCborTag(item)) throw new CoseError(`unexpected tag ${item.tag}`);
  if (!Array.isArray(item) || item.length !== 4) throw new CoseError('not a 4-element COSE_Sign1 array');
  const [p, u, payload, signature] = item as [unknown, unknown, unknown, unknown];
  const protectedBytes = asBytes(p);
  const unprotectedHeader = asMap(u);
  const payloadBytes = asBytes(payload);
  const signatureBytes = asBytes(signature);
  if (!protectedBytes || !unprotectedHeader || !payloadBytes || !signatureBytes) {
    throw new CoseError('COSE_Sign1 members have the wrong types (detached payloads are not supported)');
  }
  // An empty bstr stands for an empty protected map (RFC 9052 §3).
  const protectedHeader = protectedBytes.length === 0 ? new Map() : asMap(cborDecode(protectedBytes));
  if (!protectedHeader) throw new CoseError('protected header is not a map');
  const pick = (label: number) =>
    protectedHeader.has(label) ? protectedHeader.get(label) : unprotectedHeader.get(label);
  const alg = pick(COSE_ALG);
  const kid = pick(COSE_KID);
  return {
    protectedBytes,
    protectedHeader,
    unprotectedHeader,
    payload: payloadBytes,
    signature: signatureBytes,
    alg: typeof alg === 'number' ? alg : null,
    kid: asBytes(kid),
  };
}

/** The bytes a COSE_Sign1 signature covers: Sig_structure with empty external AAD. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  return cborEncode(['Signature1', protectedBytes, new Uint8Array(0), payload]) as Uint8Array<ArrayBuffer>;
}

/** Verifies a COSE_Sign1 with a WebCrypto public key (ES256 raw r||s, or PS256); false on any mismatch. */
export async function verifyCoseSign1(msg: CoseSign1, key: CryptoKey): Promise<boolean> {
  const data = sigStructure(msg.protectedBytes, msg.payload);
  const sig = msg.signature as Uint8Array<ArrayBuffer>;
  try {
    if (msg.alg === ALG_ES256 && key.algorithm.name === 'ECDSA') {
      // WebCrypto wants IEEE P1363 (r||s); a DER signature is malformed COSE, not something to repair.
      if (sig.length !== 64) return false;
      return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, sig, data);
    }
    if (msg.alg === ALG_PS256 && key.algorithm.name === 'RSA-PSS') {
      return await crypto.subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, key, sig, data);
    }
    // Algorithm and key type disagree (or an algorithm we do not support): never valid.
    return false;
  } catch {
    return false;
  }
}

/** Signs a payload as a tagged COSE_Sign1 (ES256, kid in the protected header) and returns its bytes. */
export async function signCoseSign1(
  payload: Uint8Array,
  privateKey: CryptoKey,
  options: { kid: Uint8Array; alg: 'ES256' },
): Promise<Uint8Array> {
  const protectedBytes = cborEncode(
    new Map<number, unknown>([
      [COSE_ALG, ALG_ES256],
      [COSE_KID, options.kid],
    ]),
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      privateKey,
      sigStructure(protectedBytes, payload),
    ),
  );
  return cborEncode(new CborTag([protectedBytes, new Map(), payload, signature], TAG_COSE_SIGN1));
}
