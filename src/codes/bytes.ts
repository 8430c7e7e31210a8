/** Byte helpers shared by the formats this module reads (base64url, UTF-8, JSON objects). */

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map<string, number>([...B64URL].map((c, i) => [c, i]));
// Standard base64 also appears (x5c, trust bundles): map its two extra letters too.
B64_INDEX.set('+', 62);
B64_INDEX.set('/', 63);

/** Unpacks text of `width`-bit characters (base32, base64) into bytes; null on a character not in `index`. */
export function unpackBits(
  clean: string,
  index: ReadonlyMap<string, number>,
  width: number,
): Uint8Array | null {
  const out = new Uint8Array(Math.floor((clean.length * width) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = index.get(ch);
    if (v === undefined) return null;
    value = ((value << width) | v) & 0xffff;
    bits += width;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Packs bytes into `width`-bit characters of `alphabet`, unpadded. */
export function packBits(bytes: Uint8Array, alphabet: string, width: number): string {
  const mask = (1 << width) - 1;
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= width) {
      bits -= width;
      out += alphabet[(value >> bits) & mask];
    }
  }
  if (bits > 0) out += alphabet[(value << (width - bits)) & mask];
  return out;
}

/** Decodes base64url or base64 (padding optional); null when a character is not in the alphabet. */
export function base64UrlDecode(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  return unpackBits(clean, B64_INDEX, 6);
}

/** Encodes bytes as base64url without padding. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return packBits(bytes, B64URL, 6);
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** Strict UTF-8 decode; null on malformed bytes. */
export function utf8(bytes: Uint8Array): string | null {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 encode. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text);
}

export type JsonObject = { [key: string]: unknown };

/** True for a plain (non-array, non-null) object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that returns null instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
