/** Base32 (RFC 4648) as NZ COVID Pass uses it: no padding in the QR, upper case. */

import { packBits, unpackBits } from './bytes.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const INDEX = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// Unpadded lengths mod 8 that no byte string produces.
const IMPOSSIBLE_TAIL = new Set([1, 3, 6]);

/** Decodes base32 (padding optional, lower case accepted); null on any invalid character or length. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '').toUpperCase();
  if (IMPOSSIBLE_TAIL.has(clean.length % 8)) return null;
  return unpackBits(clean, INDEX, 5);
}

/** Encodes bytes as unpadded upper-case base32. */
export function base32Encode(bytes: Uint8Array): string {
  return packBits(bytes, ALPHABET, 5);
}
