/** zlib (RFC 1950) for the pure core: fflate's inflate plus the checks fflate leaves out. */
import { unzlibSync } from 'fflate';

/** True when the bytes start with a valid zlib header (deflate method, FCHECK multiple of 31). */
export function hasZlibHeader(bytes: Uint8Array): boolean {
  const [cmf, flg] = bytes;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/** Adler-32 of the bytes (the zlib trailer checksum). */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the largest run that cannot overflow before the modulo (RFC 1950 reference code).
  for (let i = 0; i < data.length; i += 5552) {
    const end = Math.min(i + 5552, data.length);
    for (let j = i; j < end; j++) {
      a += data[j] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return b * 65536 + a;
}

/** Inflates a zlib stream; throws on a broken stream or a wrong Adler-32 trailer (fflate checks neither fully). */
export function unzlibStrict(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n < 6) throw new Error('zlib stream too short');
  const out = unzlibSync(bytes);
  const trailer =
    (bytes[n - 4] ?? 0) * 2 ** 24 +
    ((bytes[n - 3] ?? 0) << 16) +
    ((bytes[n - 2] ?? 0) << 8) +
    (bytes[n - 1] ?? 0);
  if (adler32(out) !== trailer) throw new Error('Adler-32 checksum mismatch');
  return out;
}
