import { describe, expect, it } from 'vitest';
import { hc1, makeSigner, payload, signDcc, TEST, VACCINATION } from '../../tests/dcc-kit.ts';
import { readCode } from './read-code.ts';
import { importTrust, parseTrustBundle } from './trust.ts';

const NOW = Date.UTC(2021, 5, 1, 12);
const claims = { iat: NOW / 1000 - 3600, exp: NOW / 1000 + 86_400 };

const valueSets = {
  'test-manf': { valueSetId: 'covid-19-lab-test-manufacturer-and-name', valueSetValues: { '1232': {} } },
  'vaccine-medicinal-product': {
    valueSetId: 'vaccines-covid-19-names',
    valueSetValues: { 'EU/1/20/1528': {} },
  },
  'country-2-codes': { valueSetId: 'country-2-codes', valueSetValues: { AT: {}, DE: {} } },
};

describe('EU value sets carried by the trust bundle', () => {
  it('a DCC naming a test device, vaccine or country outside the value sets is reported', async () => {
    const signer = await makeSigner();
    const parsed = await parseTrustBundle(
      JSON.stringify({ version: 1, dcc: [{ certificate: signer.certificate }], valueSets }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const trust = await importTrust(parsed.stored);

    const known = await readCode(hc1(await signDcc(signer, payload({ t: [TEST] }), claims)), trust, NOW);
    expect(known.errors).toEqual([]);
    expect(known.signature).toBe('valid');

    const device = await readCode(
      hc1(await signDcc(signer, payload({ t: [{ ...TEST, ma: '9999' }] }), claims)),
      trust,
      NOW,
    );
    expect(device.errors).toContain('value-set');
    const country = await readCode(
      hc1(await signDcc(signer, payload({ v: [{ ...VACCINATION, co: 'XX' }] }), claims)),
      trust,
      NOW,
    );
    expect(country.errors).toContain('value-set');
  });

  it('without value sets in the bundle nothing is checked against them', async () => {
    const signer = await makeSigner();
    const parsed = await parseTrustBundle(
      JSON.stringify({ version: 1, dcc: [{ certificate: signer.certificate }] }),
    );
    if (!parsed.ok) throw new Error('bundle refused');
    const trust = await importTrust(parsed.stored);
    const r = await readCode(
      hc1(await signDcc(signer, payload({ t: [{ ...TEST, ma: '9999' }] }), claims)),
      trust,
      NOW,
    );
    expect(r.errors).not.toContain('value-set');
  });

  it('a valueSets section with no known set is refused', async () => {
    const parsed = await parseTrustBundle(
      JSON.stringify({ version: 1, valueSets: { x: { valueSetId: 'nope', valueSetValues: {} } } }),
    );
    expect(parsed.ok).toBe(false);
  });
});
