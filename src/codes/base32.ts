/** Base32 (RFC 4648) as NZ COVID Pass uses it: no padding in the QR, upper case. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const INDEX = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// Unpadded lengths mod 8 that no byte string produces.
const IMPOSSIBLE_TAIL = new Set([1, 3, 6]);

/** Decodes base32 (padding optional, lower case accepted); null on any invalid character or length. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '').toUpperCase();
  if (IMPOSSIBLE_TAIL.has(clean.length % 8)) return null;
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Encodes bytes as unpadded upper-case base32. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
