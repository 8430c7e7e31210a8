/** A year-like mix of passages for the database benchmarks: gates, busy hours, verdicts, people. */
import type { Passage, Person } from '../../../src/db/types.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Gates and their share of the traffic (the north gate is the busy one). */
export const GATES = ['north', 'north', 'north', 'south', 'south', 'east', 'west'];
export const GATE_IDS = [...new Set(GATES)];
// Relative traffic per hour of day: morning and evening peaks, a quiet night.
const HOUR_WEIGHTS = [1, 1, 1, 1, 2, 6, 14, 20, 18, 10, 8, 10, 12, 9, 7, 7, 9, 16, 18, 14, 10, 6, 3, 2];
const HOUR_CDF: number[] = [];
HOUR_WEIGHTS.reduce((sum, w) => {
  HOUR_CDF.push(sum + w);
  return sum + w;
}, 0);
const HOUR_TOTAL = HOUR_CDF[HOUR_CDF.length - 1] ?? 1;
const REVIEW_REASONS = [
  ['unregistered'],
  ['mask-improper'],
  ['code-yellow'],
  ['unregistered', 'mask-improper'],
];
const DENY_REASONS = [['fever'], ['code-red'], ['pass-invalid'], ['mask-none'], ['quarantine-exit']];

/** A small deterministic PRNG, so every run seeds the same mix. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function hex(r: () => number): string {
  let out = '';
  for (let i = 0; i < 8; i++)
    out += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return out;
}

/** The passage fields of one check at `at` (no id): what the gate stores for a scanned person. */
export function passageAt(r: () => number, at: number, hexPool: readonly string[]): Omit<Passage, 'id'> {
  const roll = r();
  const verdict = roll < 0.9 ? 'pass' : roll < 0.97 ? 'review' : 'deny';
  const reasons = verdict === 'pass' ? [] : pick(r, verdict === 'review' ? REVIEW_REASONS : DENY_REASONS);
  const resident = r() < 0.8;
  return {
    at,
    gateId: pick(r, GATES),
    deviceId: 'dev-bench',
    direction: r() < 0.5 ? 'in' : 'out',
    codeHash: pick(r, hexPool),
    codeFormat: resident ? 'estate-pass' : 'opaque',
    verdict,
    reasons,
    personId: resident ? residentId(Math.floor(r() * RESIDENTS)) : null,
    verification: { signature: resident ? 'valid' : 'unsigned', validity: 'valid', errors: [] },
    chain: { prev: pick(r, hexPool), personal: pick(r, hexPool), hash: pick(r, hexPool) },
    check: {
      temperaturesC: [reasons.includes('fever') ? 37.8 : 36.2 + Math.round(r() * 6) / 10],
      mask: reasons.includes('mask-none') ? 'none' : reasons.includes('mask-improper') ? 'improper' : 'ok',
      colour: reasons.includes('code-red') ? 'red' : reasons.includes('code-yellow') ? 'yellow' : 'green',
      colourSource: resident ? 'verified' : 'attested',
      signature: resident ? 'valid' : null,
      validity: resident ? 'valid' : null,
      personKind: resident ? 'resident' : null,
      volunteer: pick(r, ['王志强', '李梅', '陈晓东', '刘洋']),
      policyVersion: 1,
    },
  };
}

/** One estate's people (PRODUCT.md: about 33,000): 30 buildings x 4 units x 275 people. */
export const RESIDENTS = 33_000;
const PER_BUILDING = RESIDENTS / 30;
const PER_UNIT = PER_BUILDING / 4;

/** The id of the `n`th resident: R-building-unit-index. */
export function residentId(n: number): string {
  return `R-${1 + Math.floor(n / PER_BUILDING)}-${1 + Math.floor((n % PER_BUILDING) / PER_UNIT)}-${n % PER_UNIT}`;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

/** The `n`th resident: a household of about 2.5 people per room, statuses and doses mixed. */
export function residentAt(r: () => number, n: number, now: number): Person {
  const id = residentId(n);
  const [, building = '1', unit = '1', index = '0'] = id.split('-');
  const roll = r();
  const status =
    roll < 0.97
      ? 'normal'
      : roll < 0.985
        ? 'home-monitoring'
        : roll < 0.995
          ? 'home-quarantine'
          : 'central-quarantine';
  return {
    id,
    kind: 'resident',
    name: `${pick(r, [...SURNAMES])}${pick(r, [...GIVEN])}${r() < 0.6 ? pick(r, [...GIVEN]) : ''}`,
    phone: `13${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
    building,
    unit,
    room: String(101 + Math.floor(Number(index) / 2.5)),
    status,
    registeredUntil: null,
    updatedAt: now,
    statusFrom: status === 'normal' ? null : now - 3 * DAY_MS,
    statusTo: status === 'normal' ? null : now + 4 * DAY_MS,
    vaccineDoses: Math.min(3, Math.floor(r() * 4.2)),
    vaccineSeries: 3,
  };
}

/** The check times of one day starting at `dayStart`, `count` of them, in order. */
export function dayTimes(r: () => number, dayStart: number, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const x = r() * HOUR_TOTAL;
    const hour = HOUR_CDF.findIndex((c) => x < c);
    times.push(dayStart + hour * HOUR_MS + Math.floor(r() * HOUR_MS));
  }
  return times.sort((a, b) => a - b);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID for a seeded record at `at`, its randomness from `r`. The app's monotonic ULID factory
 * costs about 0.3 ms an id (a fresh random part from the platform's crypto): most of the seeding
 * time at 1M records, so the seed makes its ids here; the timed writes still use the app's.
 */
export function seedId(r: () => number, at: number): string {
  let time = '';
  for (let t = at, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let rand = '';
  for (let i = 0; i < 16; i++) rand += CROCKFORD[Math.floor(r() * 32)];
  return time + rand;
}

/** 64-character hex strings to draw code hashes and chain links from (hashing 1M records would dominate). */
export function hexPool(r: () => number, size = 4096): string[] {
  return Array.from({ length: size }, () => hex(r));
}

export { DAY_MS, HOUR_MS };
