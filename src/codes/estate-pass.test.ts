import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { base45Decode, base45Encode } from './base45.ts';
import { cborDecode, cborEncode } from './cbor.ts';
import { type EstateKey, generateEstateKey, issueEstatePass, readEstatePass } from './estate-pass.ts';
import { importEs256Jwk } from './jws.ts';
import type { EstateTrust } from './trust-types.ts';
import type { EstatePassFacts } from './types.ts';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const DAY = 86_400_000;
const resident: EstatePassFacts = {
  passId: 'P7K3Q9MX',
  personId: '01JCX8Z6R9T5W3Y2V1B0N8M7K6',
  estateId: 'hy01',
  kind: 'resident',
  displayName: '张*三',
  building: '7',
  unit: '2',
  room: '1503',
  validFrom: Date.parse('2026-11-01T00:00:00Z'),
  validUntil: Date.parse('2027-10-31T23:59:59Z'),
};

async function trustOf(key: EstateKey, estateId = 'hy01', revoked: string[] = []): Promise<EstateTrust> {
  const pub = await importEs256Jwk({ ...key.publicKeyJwk });
  if (!pub) throw new Error('import');
  return { estateId, name: 'Test estate', kid: key.kid, key: pub, revoked: new Set(revoked) };
}

describe('estate pass', () => {
  let key: EstateKey;
  let trusted: EstateTrust[];
  let pass: string;
  const none = new Set<string>();
  beforeAll(async () => {
    key = await generateEstateKey();
    trusted = [await trustOf(key)];
    pass = await issueEstatePass(resident, key.privateKey, key.kid);
  });

  it('round-trips sign -> verify with every field', async () => {
    const r = await readEstatePass(pass, trusted, none, NOW, 'h');
    expect(r).toMatchObject({
      format: 'estate-pass',
      decoded: true,
      signature: 'valid',
      validity: 'valid',
      errors: [],
    });
    expect(r.certificateType).toBe('estate-pass');
    expect(r.holder).toEqual({ name: '张*三', dob: null });
    expect(r.details.facts.estatePass).toEqual({
      ...resident,
      validUntil: Date.parse('2027-10-31T23:59:59Z'),
    });
  });
  it('fits a 3 cm print for a typical resident (alphanumeric QR text)', async () => {
    expect(pass).toMatch(/^EP1:[0-9A-Z $%*+\-./:]+$/);
    // 213 for this resident: a ULID person id is 17 of its 139 bytes; a short id gives under 200.
    expect(pass.length).toBeLessThanOrEqual(221); // QR version 8 at ECC M (49 modules, 0.6 mm at 3 cm)
    const short = await issueEstatePass({ ...resident, personId: 'R0417' }, key.privateKey, key.kid);
    expect(short.length).toBeLessThan(200);
    // The symbol itself, as the print shop's generator makes it: 49 modules a side.
    expect(QRCode.create(pass, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(8);
  });
  it('keeps null address parts and non-ULID ids', async () => {
    const courier = {
      ...resident,
      kind: 'courier' as const,
      personId: 'c-42',
      building: null,
      unit: null,
      room: null,
    };
    const r = await readEstatePass(
      await issueEstatePass(courier, key.privateKey, key.kid),
      trusted,
      none,
      NOW,
      'h',
    );
    expect(r.details.facts.estatePass).toEqual(courier);
  });
  it('refuses to issue a pass no gate could read back', async () => {
    const bad = [
      { ...resident, displayName: '' },
      { ...resident, room: 'x'.repeat(40) },
      { ...resident, validUntil: Number.NaN },
    ];
    for (const fields of bad) {
      await expect(issueEstatePass(fields, key.privateKey, key.kid)).rejects.toThrow(/estate pass fields/);
    }
  });
  it('rejects a pass signed with another key', async () => {
    const other = await generateEstateKey();
    const forged = await issueEstatePass(resident, other.privateKey, key.kid);
    expect(await readEstatePass(forged, trusted, none, NOW, 'h')).toMatchObject({
      signature: 'invalid',
      errors: ['signature'],
    });
    const unknown = await issueEstatePass(resident, other.privateKey, other.kid);
    expect(await readEstatePass(unknown, trusted, none, NOW, 'h')).toMatchObject({
      signature: 'unknown-key',
      errors: ['unknown-key'],
    });
  });
  it('rejects a pass of another estate: its key is not ours', async () => {
    const other = await generateEstateKey();
    const theirs = await issueEstatePass({ ...resident, estateId: 'xy02' }, other.privateKey, other.kid);
    const r = await readEstatePass(theirs, trusted, none, NOW, 'h');
    expect(r).toMatchObject({ decoded: true, signature: 'unknown-key', errors: ['unknown-key'] });
    expect(r.details.facts.estatePass?.estateId).toBe('');
  });
  it('says when this tablet trusts no estate key at all (not set up), apart from a key it lacks', async () => {
    const r = await readEstatePass(pass, [], none, NOW, 'h');
    expect(r).toMatchObject({
      decoded: true,
      signature: 'unknown-key',
      errors: ['unknown-key', 'no-estate-key'],
    });
  });
  it('reports expired and not-yet-valid passes', async () => {
    expect((await readEstatePass(pass, trusted, none, resident.validUntil + DAY, 'h')).errors).toEqual([
      'expired',
    ]);
    expect((await readEstatePass(pass, trusted, none, resident.validFrom - DAY, 'h')).errors).toEqual([
      'not-yet-valid',
    ]);
  });
  it('reports a revoked pass from the bundle list or the local list', async () => {
    const revokedTrust = [await trustOf(key, 'hy01', ['P7K3Q9MX'])];
    expect(await readEstatePass(pass, revokedTrust, none, NOW, 'h')).toMatchObject({
      signature: 'valid',
      errors: ['revoked'],
    });
    expect((await readEstatePass(pass, trusted, new Set(['P7K3Q9MX']), NOW, 'h')).errors).toEqual([
      'revoked',
    ]);
  });
  it('does not decode a truncated pass', async () => {
    for (const cut of [10, 60, 150]) {
      const r = await readEstatePass(pass.slice(0, cut), trusted, none, NOW, 'h');
      expect(r.decoded).toBe(false);
      expect(r.errors.length).toBe(1);
    }
  });
  it('reports a flipped payload bit as a bad signature', async () => {
    const bytes = base45Decode(pass.slice(4));
    bytes[40] = (bytes[40] ?? 0) ^ 0x01;
    const r = await readEstatePass(`EP1:${base45Encode(bytes)}`, trusted, none, NOW, 'h');
    expect(r.signature === 'invalid' || !r.decoded).toBe(true);
    expect(r.errors.length).toBeGreaterThan(0);
  });
  it('says a newer version is not supported', async () => {
    expect((await readEstatePass(`EP2:${pass.slice(4)}`, trusted, none, NOW, 'h')).errors).toEqual([
      'version',
    ]);
  });
});

describe('re-encodings of one pass', () => {
  const P256_N = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
  const big = (b: Uint8Array) =>
    BigInt(`0x${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`);
  const bytes32 = (n: bigint) =>
    Uint8Array.from(n.toString(16).padStart(64, '0').match(/../g) ?? [], (h) => parseInt(h, 16));

  it('a tagged copy and a high-S signature of one pass verify, read as other texts, and name the same pass', async () => {
    const key = await generateEstateKey();
    const trusted = [await trustOf(key)];
    const pass = await issueEstatePass(resident, key.privateKey, key.kid);
    const body = base45Decode(pass.slice(4));
    const tagged = `EP1:${base45Encode(Uint8Array.from([0xd2, ...body]))}`;
    const [p, u, payload, sig] = cborDecode(body) as [Uint8Array, unknown, Uint8Array, Uint8Array];
    const highS = Uint8Array.from([...sig.subarray(0, 32), ...bytes32(P256_N - big(sig.subarray(32)))]);
    const reSigned = `EP1:${base45Encode(cborEncode([p, u, payload, highS]))}`;

    const read = (text: string, hash: string) => readEstatePass(text, trusted, new Set(), NOW, hash);
    const [a, b, c] = await Promise.all([read(pass, 'a'), read(tagged, 'b'), read(reSigned, 'c')]);
    for (const r of [a, b, c]) expect(r).toMatchObject({ signature: 'valid', errors: [] });
    expect(new Set([pass, tagged, reSigned]).size).toBe(3);
    expect(a.details.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.details.contentHash).toBe(a.details.contentHash);
    expect(c.details.contentHash).toBe(a.details.contentHash);

    // Another pass (another person) has another one.
    const other = await issueEstatePass({ ...resident, passId: 'Q8L4R0NY' }, key.privateKey, key.kid);
    expect((await read(other, 'd')).details.contentHash).not.toBe(a.details.contentHash);
  });
});
