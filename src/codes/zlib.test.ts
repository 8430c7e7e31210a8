import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adler32, hasZlibHeader, unzlibStrict } from './zlib.ts';

const data = new TextEncoder().encode('Wikipedia'.repeat(40));

describe('zlib', () => {
  it('computes Adler-32 as RFC 1950 does', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('round-trips and recognises the header', () => {
    const z = zlibSync(data);
    expect(hasZlibHeader(z)).toBe(true);
    expect(hasZlibHeader(data)).toBe(false);
    expect(unzlibStrict(z)).toEqual(data);
  });

  it('rejects a wrong checksum, a truncated stream and a bare header', () => {
    const z = zlibSync(data);
    const bad = z.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 1;
    expect(() => unzlibStrict(bad)).toThrow(/Adler-32/);
    expect(() => unzlibStrict(z.subarray(0, z.length - 8))).toThrow();
    expect(() => unzlibStrict(Uint8Array.of(0x78, 0x9c, 1, 2, 3))).toThrow();
  });
});
