/**
 * CBOR for the pure core: the one place that talks to `cbor-x`. Maps always decode as `Map`
 * (COSE and CWT use integer keys) and unknown tags (18 COSE_Sign1, 61 CWT) stay visible as
 * `CborTag`, so callers can tell a tagged message from an untagged one.
 */
import { Decoder, Encoder, Tag } from 'cbor-x/index-no-eval';

/** A tagged CBOR item as decoded (or to encode): tag number and content. */
export { Tag as CborTag };

/** Thrown for bytes that are not exactly one well-formed CBOR item; readers map it to `cbor`. */
export class CborError extends Error {
  override name = 'CborError';
}

// copyBuffers: byte strings must not alias the input (a caller may reuse or mutate it).
const decoder = new Decoder({ mapsAsObjects: false, useRecords: false, copyBuffers: true });
// tagUint8Array off: a byte string must encode as a plain bstr (major type 2), as COSE signs it.
const encoder = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });

/** Decodes exactly one CBOR item; throws `CborError` on malformed, truncated or trailing bytes. */
export function cborDecode(bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw new CborError('empty input');
  try {
    return decoder.decode(bytes) as unknown;
  } catch (e) {
    throw new CborError(e instanceof Error ? e.message : String(e));
  }
}

/** Encodes a value (Map, array, Uint8Array as bstr, string, number, CborTag) to CBOR bytes. */
export function cborEncode(value: unknown): Uint8Array {
  const out = encoder.encode(value);
  // Node's cbor-x hands back a Buffer; callers (WebCrypto, comparisons) want a plain Uint8Array.
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength).slice();
}

/** True when `value` is a CBOR tag, optionally with the given number. */
export function isCborTag(value: unknown, tag?: number): value is Tag {
  return value instanceof Tag && (tag === undefined || value.tag === tag);
}

/** A byte string as a plain Uint8Array, or null for anything else. */
export function asBytes(value: unknown): Uint8Array | null {
  return value instanceof Uint8Array ? value : null;
}

/** A CBOR map as `Map`, or null for anything else. */
export function asMap(value: unknown): Map<unknown, unknown> | null {
  return value instanceof Map ? value : null;
}

/** Converts decoded CBOR to JSON-like data (maps with string keys become objects) for schema checks. */
export function cborToJson(value: unknown): unknown {
  if (value instanceof Map) {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of value) obj[String(k)] = cborToJson(v);
    return obj;
  }
  if (Array.isArray(value)) return value.map(cborToJson);
  if (value instanceof Tag) return cborToJson(value.value);
  // cbor-x turns tags 0 and 1 into Date; JSON (and the DCC schema) want the RFC 3339 text.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return value;
}
