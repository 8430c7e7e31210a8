import { describe, expect, it } from 'vitest';
import { Base45Error, base45Decode, base45Encode } from './base45.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('base45', () => {
  it('matches the RFC 9285 examples', () => {
    expect(base45Encode(enc.encode('AB'))).toBe('BB8');
    expect(base45Encode(enc.encode('Hello!!'))).toBe('%69 VD92EX0');
    expect(base45Encode(enc.encode('base-45'))).toBe('UJCLQE7W581');
    expect(dec.decode(base45Decode('QED8WEX0'))).toBe('ietf!');
    expect(base45Decode('')).toEqual(new Uint8Array(0));
  });

  it('round-trips every byte value at every length parity', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base45Decode(base45Encode(all))).toEqual(all);
    expect(base45Decode(base45Encode(all.subarray(1)))).toEqual(all.subarray(1));
    expect(base45Decode(base45Encode(new Uint8Array([255, 255])))).toEqual(new Uint8Array([255, 255]));
  });

  it('rejects bad characters, lengths and values', () => {
    expect(() => base45Decode('GGW')).toThrow(Base45Error); // 65536
    expect(() => base45Decode(':::')).toThrow(Base45Error);
    expect(() => base45Decode('ZZ')).toThrow(Base45Error); // pair > 255
    expect(() => base45Decode('BB8A')).toThrow(/length/);
    expect(() => base45Decode('bb8')).toThrow(/character/);
    expect(() => base45Decode('BB\n')).toThrow(Base45Error);
  });
});
