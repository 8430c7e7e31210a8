import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealedFile, SEALED_VERSION, seal, unseal } from './sealed.ts';

const FAST = 210_000;
const bytes = new TextEncoder().encode('通行记录 passages 1234567890'.repeat(20));
const enc = (s: string) => new TextEncoder().encode(s);

/** A copy of `file` with the byte at `i` changed. */
const flip = (file: Uint8Array, i: number) => {
  const copy = file.slice();
  copy[i] = (copy[i] ?? 0) ^ 0x01;
  return copy;
};

describe('sealed files (GCSF)', () => {
  it('starts with the magic and version, and round-trips with the right passphrase', async () => {
    const file = await seal('x/test', bytes, 'correct horse 电池', FAST);
    expect(isSealedFile(file)).toBe(true);
    expect(new TextDecoder().decode(file.subarray(0, 4))).toBe('GCSF');
    expect(file[4]).toBe(SEALED_VERSION);
    const r = await unseal('x/test', file, 'correct horse 电池');
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe(new TextDecoder().decode(bytes));
  });

  it('refuses a wrong passphrase, an edited header or body, another purpose or version, and garbage', async () => {
    const file = await seal('x/test', bytes, 'right-pass', FAST);
    expect(await unseal('x/test', file, 'wrong-pass')).toEqual({ ok: false, problem: 'passphrase' });
    // Body, salt, IV, iterations: each edit fails the tag or the range check.
    for (const i of [file.length - 1, file.length - 30, 12, 30, 8])
      expect((await unseal('x/test', flip(file, i), 'right-pass')).ok).toBe(false);
    const weak = file.slice();
    new DataView(weak.buffer).setUint32(5, 1000);
    expect(await unseal('x/test', weak, 'right-pass')).toEqual({ ok: false, problem: 'format' });
    expect(await unseal('x/test', flip(file, 4), 'right-pass')).toEqual({ ok: false, problem: 'format' });
    expect(await unseal('x/other', file, 'right-pass')).toEqual({ ok: false, problem: 'format' });
    expect(await unseal('x/test', file.subarray(0, 40), 'right-pass')).toEqual({
      ok: false,
      problem: 'format',
    });
    expect((await unseal('x/test', enc('not json'), 'right-pass')).ok).toBe(false);
  });

  it('never throws on random files, with or without the magic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (random, magic) => {
        const file = magic ? Uint8Array.from([0x47, 0x43, 0x53, 0x46, ...random]) : random;
        expect((await unseal('x/test', file, 'p')).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        expect((await unseal('x/test', enc(text), 'p')).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
