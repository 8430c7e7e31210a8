import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asMap, CborError, CborTag, cborDecode, cborEncode, cborToJson, isCborTag } from './cbor.ts';

const hex = (s: string) => Uint8Array.from((s.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
const toHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('cbor', () => {
  it('decodes maps with integer keys as Map', () => {
    const m = asMap(cborDecode(hex('a201260448' + '0102030405060708')));
    expect(m?.get(1)).toBe(-7);
    expect(m?.get(4)).toEqual(hex('0102030405060708'));
  });

  it('keeps COSE and CWT tags', () => {
    const v = cborDecode(hex('d83dd28440a0f640'));
    expect(isCborTag(v, 61)).toBe(true);
    expect(isCborTag(v, 18)).toBe(false);
    const inner = isCborTag(v) ? v.value : null;
    expect(isCborTag(inner, 18)).toBe(true);
  });

  it('rejects empty, truncated and trailing input', () => {
    expect(() => cborDecode(new Uint8Array(0))).toThrow(CborError);
    expect(() => cborDecode(hex('8301'))).toThrow(CborError);
    expect(() => cborDecode(hex('0102'))).toThrow(CborError);
  });

  it('encodes byte strings plainly and tags as given', () => {
    expect(toHex(cborEncode(['Signature1', hex('a10126'), new Uint8Array(0), hex('01')]))).toBe(
      '846a5369676e617475726531' + '43a10126' + '40' + '4101',
    );
    expect(toHex(cborEncode(new CborTag([], 18)))).toBe('d280');
    expect(toHex(cborEncode(new Map([[1, -7]])))).toBe('a10126');
  });

  it('turns string-keyed maps into objects for schema checks', () => {
    expect(
      cborToJson(cborDecode(cborEncode(new Map<unknown, unknown>([['a', [new Map([['b', 1]])]]])))),
    ).toEqual({
      a: [{ b: 1 }],
    });
  });

  it('throws only CborError on random bytes, including huge declared lengths', () => {
    const huge = fc.constantFrom(
      Uint8Array.of(0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
      Uint8Array.of(0xbb, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
      Uint8Array.of(0x5a, 0xff, 0xff, 0xff, 0xff),
      Uint8Array.of(0x9a, 0x10, 0x00, 0x00, 0x00),
    );
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(huge, fc.uint8Array({ maxLength: 16 })).map(([h, t]) => Uint8Array.from([...h, ...t])),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        try {
          cborDecode(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(CborError);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
