/** Base45 (RFC 9285): the QR alphanumeric-mode friendly encoding DCC and the estate pass use. */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const INDEX = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Thrown for text that is not valid base45; readers map it to the `encoding` error code. */
export class Base45Error extends Error {
  override name = 'Base45Error';
}

/** Decodes base45 text to bytes; throws `Base45Error` on a bad character, length or value. */
export function base45Decode(text: string): Uint8Array {
  // A 3n+1 length cannot come from any byte string: RFC 9285 says reject it.
  if (text.length % 3 === 1) throw new Base45Error(`length ${text.length} is not valid base45`);
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    let value = 0;
    for (let j = chunk.length - 1; j >= 0; j--) {
      const v = INDEX.get(chunk[j] ?? '');
      if (v === undefined) throw new Base45Error(`invalid character at ${i + j}`);
      value = value * 45 + v;
    }
    if (chunk.length === 3) {
      if (value > 0xffff) throw new Base45Error(`triplet at ${i} exceeds 65535`);
      out[o++] = value >> 8;
      out[o++] = value & 0xff;
    } else {
      if (value > 0xff) throw new Base45Error(`final pair at ${i} exceeds 255`);
      out[o++] = value;
    }
  }
  return out;
}

/** Encodes bytes as base45 text. */
export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const hi = bytes[i] ?? 0;
    const lo = bytes[i + 1];
    if (lo === undefined) {
      out += (ALPHABET[hi % 45] ?? '') + (ALPHABET[Math.floor(hi / 45)] ?? '');
      continue;
    }
    let n = hi * 256 + lo;
    for (let k = 0; k < 3; k++) {
      out += ALPHABET[n % 45] ?? '';
      n = Math.floor(n / 45);
    }
  }
  return out;
}
