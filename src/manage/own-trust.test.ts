import { describe, expect, it } from 'vitest';
import { generateEstateKey, issueEstatePass } from '../codes/estate-pass.ts';
import { readCode } from '../codes/read-code.ts';
import { parseTrustBundle } from '../codes/trust.ts';
import { importTrust } from '../codes/trust-import.ts';
import type { EstateKeyRecord } from '../db/estate.ts';
import type { Person } from '../db/types.ts';
import { makeCards } from './issue-cards.ts';
import { estateBundle, withOwnEstate } from './own-trust.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY_MS = 86_400_000;

async function estate(estateId: string): Promise<EstateKeyRecord> {
  const k = await generateEstateKey();
  return {
    estateId,
    name: '阳光花园',
    kid: k.kid,
    privateKeyJwk: k.privateKeyJwk,
    publicKeyJwk: k.publicKeyJwk,
    createdAt: NOW,
  };
}

const resident: Person = {
  id: 'R-3-2-1201',
  kind: 'resident',
  name: '张三丰',
  phone: null,
  building: '3',
  unit: '2',
  room: '1201',
  status: 'normal',
  registeredUntil: null,
  updatedAt: NOW,
};

describe('the estate trust bundle', () => {
  it('is a CONTRACTS §1 bundle another tablet imports, with the revoked ids', async () => {
    const key = await estate('sunny-garden');
    const parsed = await parseTrustBundle(JSON.stringify(estateBundle(key, ['B', 'A'])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.stored.estate).toEqual([
      expect.objectContaining({ estateId: 'sunny-garden', kid: key.kid, revoked: ['A', 'B'] }),
    ]);
  });

  it('merges into an imported bundle: other estates and formats kept, an older entry of ours replaced', async () => {
    const neighbour = await estate('neighbour');
    const old = await estate('sunny-garden');
    const imported = await parseTrustBundle(
      JSON.stringify({
        version: 1,
        estate: [estateBundle(neighbour, []).estate[0], estateBundle(old, []).estate[0]],
      }),
    );
    if (!imported.ok) throw new Error(imported.errors.join());
    const saved = {
      stored: imported.stored,
      summary: imported.summary,
      importedAt: NOW - DAY_MS,
      fileName: 'x.json',
    };
    const mine = await estate('sunny-garden');
    const merged = await withOwnEstate(mine, ['P1'], saved, NOW);
    expect(merged.stored.estate.map((e) => [e.estateId, e.kid])).toEqual([
      ['neighbour', neighbour.kid],
      ['sunny-garden', mine.kid],
    ]);
    expect(merged.importedAt).toBe(NOW - DAY_MS);
    expect(merged.summary).toHaveLength(2);
  });

  it('a printed card verifies against the merged trust, and is denied once revoked', async () => {
    const key = await estate('sunny-garden');
    const { cards, skipped } = await makeCards([resident], key, NOW + 365 * DAY_MS, NOW);
    expect(skipped).toEqual([]);
    const [card] = cards;
    if (!card) throw new Error('no card');
    expect(card.displayName).toBe('张*丰');
    expect(card.qrSvg).toContain('<svg');
    const trust = await importTrust((await withOwnEstate(key, [], null, NOW)).stored);
    const ok = await readCode(card.text, trust, NOW + 1000);
    expect(ok).toMatchObject({ signature: 'valid', validity: 'valid', errors: [] });
    const revoked = await readCode(card.text, trust, NOW + 1000, { revokedPassIds: new Set([card.passId]) });
    expect(revoked.errors).toContain('revoked');
    const other = await generateEstateKey();
    const foreign = await issueEstatePass(
      { ...card, estateId: 'other', kind: 'resident' },
      other.privateKey,
      other.kid,
    );
    expect((await readCode(foreign, trust, NOW + 1000)).signature).toBe('unknown-key');
  });
});
