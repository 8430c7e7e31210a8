import { beforeAll, describe, expect, it } from 'vitest';
import {
  hc1,
  makeSigner,
  payload,
  RECOVERY,
  signDcc,
  TEST,
  type TestSigner,
  VACCINATION,
} from '../../tests/dcc-kit.ts';
import { base45Encode } from './base45.ts';
import { CborTag, cborDecode, cborEncode } from './cbor.ts';
import { readDcc } from './dcc.ts';
import { type DccKey, extractDccKey, importDccKey } from './dcc-trust.ts';
import { loadDccValueSets } from './dcc-valuesets.ts';

const S = 1000;
const NOW = Date.UTC(2021, 5, 2, 12, 0, 0);
const IAT = NOW / S - 86_400;
const EXP = NOW / S + 30 * 86_400;
const PURPOSE = '1.3.6.1.4.1.1847.2021.1.';

let signer: TestSigner;
let key: DccKey;

async function keyOf(s: TestSigner): Promise<DccKey> {
  return importDccKey(await extractDccKey({ certificate: s.certificate }));
}

beforeAll(async () => {
  signer = await makeSigner();
  key = await keyOf(signer);
});

async function read(text: string, keys: DccKey[] = [key], now = NOW, options = {}) {
  return readDcc(text, keys, now, 'h', options);
}

describe('readDcc', () => {
  it('reads and verifies a vaccination certificate', async () => {
    const r = await read(hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP })));
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ format: 'dcc', decoded: true, signature: 'valid', validity: 'valid' });
    expect(r.certificateType).toBe('vaccination');
    expect(r.holder).toEqual({ name: 'Gabriele Musterfrau-Gößinger', dob: '1998-02-26' });
    expect(r.details).toMatchObject({ issuer: 'AT', kid: signer.kid, issuedAt: IAT * S, expiresAt: EXP * S });
    expect(r.details.facts.vaccination).toEqual({ dose: 2, seriesDoses: 2, at: Date.UTC(2021, 4, 29) });
  });

  it('reports test and recovery facts, and falls back to the transliterated name', async () => {
    const t = await read(hc1(await signDcc(signer, payload({ t: [TEST] }), { iat: IAT, exp: EXP })));
    expect(t.details.facts.test).toEqual({ sampledAt: Date.UTC(2021, 5, 1, 8), kind: 'rat', negative: true });
    const noReadable = {
      ...payload({ r: [RECOVERY] }),
      nam: { fnt: 'MUSTERFRAU<GOESSINGER', gnt: 'GABRIELE' },
    };
    const r = await read(hc1(await signDcc(signer, noReadable, { iat: IAT, exp: EXP })));
    expect(r.certificateType).toBe('recovery');
    expect(r.holder?.name).toBe('GABRIELE MUSTERFRAU GOESSINGER');
    expect(r.details.facts.recovery?.validFrom).toBe(Date.UTC(2021, 2, 15));
  });

  it('rejects a tampered payload with the original signature', async () => {
    const cose = cborDecode(
      await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP }),
    ) as CborTag;
    const [p, u, , sig] = cose.value as [Uint8Array, Map<number, unknown>, Uint8Array, Uint8Array];
    const forged = new Map<number, unknown>([
      [1, 'AT'],
      [4, EXP],
      [6, IAT],
      [-260, new Map([[1, payload({ v: [{ ...VACCINATION, dn: 3, sd: 3 }] })]])],
    ]);
    const r = await read(hc1(cborEncode(new CborTag([p, u, cborEncode(forged), sig], 18))));
    expect(r).toMatchObject({ decoded: true, signature: 'invalid' });
    expect(r.errors).toContain('signature');
  });

  it('tells a wrong key (same kid) from an unknown one', async () => {
    const text = hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP }));
    const other = await makeSigner();
    const impostor = { ...(await keyOf(other)), kid: signer.kid };
    expect((await read(text, [impostor])).signature).toBe('invalid');
    const unknown = await read(text, [await keyOf(other)]);
    expect(unknown.signature).toBe('unknown-key');
    expect(unknown.errors).toEqual(['unknown-key']);
    expect(unknown.holder?.dob).toBe('1998-02-26');
  });

  it('treats absent or absurd time claims as a schema error, not a crash', async () => {
    const r = await read(hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: 1e300 })));
    expect(r).toMatchObject({ decoded: true, signature: 'valid', errors: ['schema'] });
    expect(r.details.expiresAt).toBeNull();
  });

  it('reports expired and not-yet-valid from exp and iat', async () => {
    const text = hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP }));
    const late = await read(text, [key], (EXP + 1) * S);
    expect(late).toMatchObject({ validity: 'expired', signature: 'valid', errors: ['expired'] });
    const early = await read(text, [key], (IAT - 1) * S);
    expect(early).toMatchObject({ validity: 'not-yet-valid', errors: ['not-yet-valid'] });
  });

  it('enforces the signer certificate purpose OIDs (both spellings)', async () => {
    const testOnly = await makeSigner([`${PURPOSE}1`]);
    const testOnlyKey = await keyOf(testOnly);
    expect(testOnlyKey.usage).toEqual(['test']);
    const vacc = await read(
      hc1(await signDcc(testOnly, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP })),
      [testOnlyKey],
    );
    expect(vacc.errors).toEqual(['key-usage']);
    const test = await read(hc1(await signDcc(testOnly, payload({ t: [TEST] }), { iat: IAT, exp: EXP })), [
      testOnlyKey,
    ]);
    expect(test.errors).toEqual([]);
    const variant = await keyOf(await makeSigner(['1.3.6.1.4.1.0.1847.2021.1.2', '1.3.6.1.5.5.7.3.2']));
    expect(variant.usage).toEqual(['vaccination']);
  });

  it('never decodes truncated, unprefixed, non-base45 or uncompressed-and-broken input', async () => {
    const text = hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP }));
    for (const cut of [text.length - 3, text.length - 30, 10, 4]) {
      const r = await read(text.slice(0, cut));
      expect(r.decoded, `cut at ${cut}`).toBe(false);
      expect(r.errors.length).toBeGreaterThan(0);
    }
    expect((await read(text.slice(4))).errors).toEqual(['prefix']);
    expect((await read('HC1:abc')).errors).toEqual(['encoding']);
    expect((await read(`HC1:${base45Encode(Uint8Array.of(0x78, 0x9c, 1, 2, 3))}`)).errors).toEqual([
      'compression',
    ]);
  });

  it('reads an uncompressed payload but flags compression, as reference verifiers do', async () => {
    const r = await read(
      hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat: IAT, exp: EXP }), false),
    );
    expect(r).toMatchObject({ decoded: true, signature: 'valid', errors: ['compression'] });
  });

  it('flags schema problems: several groups, missing fields, bad dob', async () => {
    const two = await read(
      hc1(await signDcc(signer, payload({ v: [VACCINATION], t: [TEST] }), { iat: IAT, exp: EXP })),
    );
    expect(two).toMatchObject({ decoded: true, certificateType: null });
    expect(two.errors).toContain('schema');
    const { sd: _sd, ...noSd } = VACCINATION;
    const missing = await read(hc1(await signDcc(signer, payload({ v: [noSd] }), { iat: IAT, exp: EXP })));
    expect(missing.details.messages.join()).toMatch(/v\.sd missing/);
    const dob = await read(
      hc1(
        await signDcc(
          signer,
          { ...payload({ v: [VACCINATION] }), dob: '26.02.1998' },
          { iat: IAT, exp: EXP },
        ),
      ),
    );
    expect(dob.errors).toEqual(['schema']);
  });

  it('checks value sets when given and applies the test window', async () => {
    const valueSets = loadDccValueSets({
      a: { valueSetId: 'country-2-codes', valueSetValues: { AT: {} } },
      b: { valueSetId: 'covid-19-lab-test-manufacturer-and-name', valueSetValues: { '9999': {} } },
    });
    const text = hc1(await signDcc(signer, payload({ t: [TEST] }), { iat: IAT, exp: EXP }));
    const r = await read(text, [key], NOW, { valueSets });
    expect(r.errors).toEqual(['value-set']);
    const window = { rat: 24, naat: 72 };
    expect((await read(text, [key], NOW, { testWindowHours: window })).errors).toEqual(['expired']);
    expect((await read(text, [key], Date.UTC(2021, 5, 1, 20), { testWindowHours: window })).validity).toBe(
      'valid',
    );
  });
});

describe('extractDccKey', () => {
  it('derives kid, key type, validity and usage, and refuses bad certificates clearly', async () => {
    const k = await extractDccKey({ certificate: signer.certificate });
    expect(k).toMatchObject({ kid: signer.kid, keyType: 'EC', usage: null, notBefore: Date.UTC(2021, 0, 1) });
    expect(JSON.parse(JSON.stringify(k))).toEqual(k);
    await expect(extractDccKey({ certificate: 'not base64!' })).rejects.toThrow(/DCC certificate/);
    await expect(extractDccKey({ certificate: btoa('hello') })).rejects.toThrow(/cannot be read/);
  });
});
