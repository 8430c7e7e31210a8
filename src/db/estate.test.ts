import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateEstateKey } from '../codes/estate-key.ts';
import {
  type IssuedCard,
  listIssuedCards,
  listRevocations,
  loadEstateKey,
  recordIssuedCards,
  revokePassId,
  saveEstateKey,
} from './estate.ts';
import { useDb } from './index.ts';
import { putPeople, residentsFor } from './people.ts';
import { createDb } from './schema.ts';
import type { Person } from './types.ts';

const card = (passId: string, issuedAt: number): IssuedCard => ({
  passId,
  personId: 'R-3-2-1201',
  displayName: '张*丰',
  building: '3',
  unit: '2',
  room: '1201',
  validFrom: 0,
  validUntil: 1,
  issuedAt,
  kid: 'abc',
});

const person = (id: string, building: string, unit: string, room: string): Person => ({
  id,
  kind: 'resident',
  name: id,
  phone: null,
  building,
  unit,
  room,
  status: 'normal',
  registeredUntil: null,
  updatedAt: 0,
});

describe('estate passes storage', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('keeps revocations across a reopen, first record wins', async () => {
    await revokePassId({ passId: 'P2', at: 20, by: '王芳', reason: '遗失' });
    await revokePassId({ passId: 'P1', at: 10, by: '李明', reason: 'lost' });
    await revokePassId({ passId: 'P1', at: 30, by: 'x', reason: 'again' });
    useDb(createDb());
    expect(await listRevocations()).toEqual([
      { passId: 'P1', at: 10, by: '李明', reason: 'lost' },
      { passId: 'P2', at: 20, by: '王芳', reason: '遗失' },
    ]);
  });

  it('keeps issued cards newest first, and the key', async () => {
    expect(await loadEstateKey()).toBeNull();
    await recordIssuedCards([card('A', 1), card('B', 2)]);
    expect((await listIssuedCards()).map((c) => c.passId)).toEqual(['B', 'A']);
    const key = await generateEstateKey();
    const rec = {
      estateId: 'e',
      name: 'n',
      kid: key.kid,
      privateKeyJwk: key.privateKeyJwk,
      publicKeyJwk: key.publicKeyJwk,
      createdAt: 5,
    };
    await saveEstateKey(rec, '王经理', 'create');
    // Stored with its private half non-extractable: the JWK is not kept.
    const { privateKeyJwk: _jwk, ...pub } = rec;
    const stored = await loadEstateKey();
    expect(stored).toEqual({ ...pub, privateKey: expect.anything() });
    expect(stored?.privateKey?.extractable).toBe(false);
    expect(stored?.privateKey?.usages).toEqual(['sign']);
  });

  it('finds residents by household, building or all, in address order', async () => {
    await putPeople([
      person('c', '5', '1', '301'),
      person('b', '3', '2', '1202'),
      person('a', '3', '2', '201'),
    ]);
    expect((await residentsFor({})).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect((await residentsFor({ building: '3' })).map((p) => p.id)).toEqual(['a', 'b']);
    expect((await residentsFor({ building: '3', unit: '2', room: '1202' })).map((p) => p.id)).toEqual(['b']);
  });
});

describe('estate pass audit', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('issuing and revoking cards are written to the audit trail', async () => {
    const { auditPage } = await import('./audit.ts');
    const { recordIssuedCards, revokePassId } = await import('./estate.ts');
    const now = Date.UTC(2026, 10, 23, 3);
    await recordIssuedCards(
      [
        {
          passId: 'AUD1',
          personId: 'R1',
          displayName: '张*',
          building: '1',
          unit: '1',
          room: '101',
          validFrom: now,
          validUntil: now + 1,
          issuedAt: now,
          kid: 'k',
        },
      ],
      '赵经理',
    );
    await revokePassId({ passId: 'AUD1', at: now + 5, by: '赵经理', reason: '遗失' });
    await revokePassId({ passId: 'AUD1', at: now + 9, by: '赵经理', reason: '遗失' });
    const actions = (await auditPage(10)).map((e) => `${e.action}:${e.who}`);
    expect(actions).toEqual(['pass-revoke:赵经理', 'pass-issue:赵经理']);
  });
});
