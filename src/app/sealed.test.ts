import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed.ts';

const FAST = 210_000;
const bytes = new TextEncoder().encode('通行记录 passages 1234567890'.repeat(20));

describe('sealed files', () => {
  it('round-trips with the right passphrase', async () => {
    const file = await seal('x/test', bytes, 'correct horse 电池', FAST);
    const r = await unseal('x/test', file, 'correct horse 电池');
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe(new TextDecoder().decode(bytes));
  });

  it('refuses a wrong passphrase, an edited header or body, another format, and garbage', async () => {
    const file = await seal('x/test', bytes, 'right-pass', FAST);
    expect(await unseal('x/test', file, 'wrong-pass')).toEqual({ ok: false, problem: 'passphrase' });
    const f = JSON.parse(file) as Record<string, string | number>;
    const flipped = `${String(f.data).slice(0, 10)}${String(f.data)[10] === 'A' ? 'B' : 'A'}${String(f.data).slice(11)}`;
    expect((await unseal('x/test', JSON.stringify({ ...f, data: flipped }), 'right-pass')).ok).toBe(false);
    expect((await unseal('x/test', JSON.stringify({ ...f, iterations: FAST + 1 }), 'right-pass')).ok).toBe(
      false,
    );
    expect((await unseal('x/test', JSON.stringify({ ...f, iterations: 1000 }), 'right-pass')).ok).toBe(false);
    expect((await unseal('x/other', file, 'right-pass')).ok).toBe(false);
    expect((await unseal('x/test', 'not json', 'right-pass')).ok).toBe(false);
  });

  it('never throws on random files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        expect((await unseal('x/test', text, 'p')).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
