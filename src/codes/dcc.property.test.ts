import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hc1, makeSigner, payload, signDcc, VACCINATION } from '../../tests/dcc-kit.ts';
import { base45Encode } from './base45.ts';
import { readDcc } from './dcc.ts';
import { type DccKey, extractDccKey, importDccKey } from './dcc-trust.ts';
import type { ScanResult } from './types.ts';

const NOW = Date.UTC(2021, 5, 2);
const BASE45 = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'];

let key: DccKey;
let cose: Uint8Array;
let signer: Awaited<ReturnType<typeof makeSigner>>;

beforeAll(async () => {
  signer = await makeSigner();
  key = await importDccKey(await extractDccKey({ certificate: signer.certificate }));
  cose = await signDcc(signer, payload({ v: [VACCINATION] }), {
    iat: NOW / 1000 - 60,
    exp: NOW / 1000 + 86_400,
  });
});

function flip(bytes: Uint8Array, bits: number[]): Uint8Array {
  const out = bytes.slice();
  for (const bit of bits) {
    const i = Math.floor(bit / 8) % out.length;
    out[i] = (out[i] ?? 0) ^ (1 << (bit % 8));
  }
  return out;
}

/** A result either has errors or is a fully valid decode; never anything in between. */
function coherent(r: ScanResult): boolean {
  return r.errors.length > 0 || (r.decoded && r.signature === 'valid' && r.validity === 'valid');
}

describe('readDcc on random and mutated input', () => {
  it('never throws and always reports an error or a valid decode (10,000 inputs)', async () => {
    const bit = fc.nat({ max: 8 * 400 });
    const input = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom(...BASE45), { maxLength: 400 }).map((cs) => `HC1:${cs.join('')}`),
      // Bit flips inside the COSE before compression reach CBOR, COSE and the signature check.
      fc
        .array(bit, { minLength: 1, maxLength: 3 })
        .map((bits) => `HC1:${base45Encode(zlibSync(flip(cose, bits)))}`),
      // Bit flips after compression exercise zlib.
      fc
        .array(bit, { minLength: 1, maxLength: 3 })
        .map((bits) => `HC1:${base45Encode(flip(zlibSync(cose), bits))}`),
      fc.nat({ max: 600 }).map((n) => `HC1:${base45Encode(zlibSync(cose))}`.slice(0, n)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const r = await readDcc(text, [key], NOW, 'h');
        const why = `${text.slice(0, 60)}: ${r.details.messages.join('; ')}`;
        expect(coherent(r), why).toBe(true);
        // The catch-all in readDcc must stay unused: every failure has its own, named error.
        expect(
          r.details.messages.some((m) => m.includes('internal error')),
          why,
        ).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('survives well-signed payloads with any JSON in any field (1,000 payloads)', async () => {
    const base = payload({ v: [VACCINATION] });
    const field = fc.constantFrom(
      'ver',
      'nam',
      'dob',
      'v',
      't',
      'r',
      'nam.fn',
      'nam.fnt',
      'v.dn',
      'v.dt',
      'v.co',
    );
    const claim = fc.oneof(fc.jsonValue(), fc.double(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(field, claim, claim, async (path, value, time) => {
        const dcc = structuredClone(base) as Record<string, unknown>;
        const [head = '', sub] = path.split('.');
        const target = (head === 'v' ? (dcc.v as Record<string, unknown>[])[0] : dcc[head]) as Record<
          string,
          unknown
        >;
        if (sub && target) target[sub] = value;
        else dcc[head] = value;
        const text = hc1(await signDcc(signer, dcc, { iat: NOW / 1000 - 60, exp: time as number }));
        const r = await readDcc(text, [key], NOW, 'h');
        const why = `${path}=${JSON.stringify(value)} exp=${JSON.stringify(time)}: ${r.details.messages.join('; ')}`;
        expect(coherent(r), why).toBe(true);
        expect(
          r.details.messages.some((m) => m.includes('internal error')),
          why,
        ).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
