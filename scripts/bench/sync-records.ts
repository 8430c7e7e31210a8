/** What the sync benchmarks feed the gates and the hub: couriers' declarations and a week of checks. */
import { CHAIN_START, linkHash, passageBody, personalDigest } from '../../src/db/chain.ts';
import { withRetainFrom } from '../../src/db/retain-from.ts';
import type { Passage } from '../../src/db/types.ts';
import { courierDeclaration } from '../../tests/e2e/fixtures/declaration.ts';
import { dayTimes, hexPool, passageAt, rng, seedId } from './page/seed.ts';
import type { UnkeyedCheck } from './sync-page.ts';

const DAY_MS = 86_400_000;

/** A courier's declaration (distinct names: a surname no resident has). */
export function courier(i: number, now: number): { name: string; code: string } {
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
  const name = `欧阳${given[i % given.length]}${given[(i * 7 + 3) % given.length]}${i >= given.length ? i : ''}`;
  const code = courierDeclaration(now, { name, phone: `1390000${String(1000 + i)}`, plate: null });
  return { name, code };
}

/** `total` checks over `days` days before `now` at `gate` by the tablet `deviceId` with chain key `keyId`, chained from the start. */
export function offlineWeek(
  gate: string,
  deviceId: string,
  keyId: string,
  total: number,
  days: number,
  now: number,
): UnkeyedCheck[] {
  const r = rng(20261208);
  const pool = hexPool(r);
  const perDay = Math.floor(total / days);
  const first = Math.floor(now / DAY_MS) * DAY_MS - days * DAY_MS;
  const out: UnkeyedCheck[] = [];
  let prev = CHAIN_START;
  for (let day = 0; day < days; day++) {
    const count = day === days - 1 ? total - perDay * day : perDay;
    for (const at of dayTimes(r, first + day * DAY_MS, count)) {
      const { chain: _, ...fields } = passageAt(r, at, pool);
      const p: Omit<Passage, 'chain'> = { id: seedId(r, at), ...fields, gateId: gate, deviceId };
      const personal = personalDigest(p);
      const seq = out.length + 1;
      const hash = linkHash(seq, prev, keyId, passageBody(p, personal));
      const passage: Passage = { ...p, chain: { personal, seq, prev, hash, key: keyId, mac: '' } };
      out.push({ passage, retainFrom: withRetainFrom(passage).retainFrom ?? null });
      prev = hash;
    }
  }
  return out;
}
