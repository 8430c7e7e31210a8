/** Passages as a tablet makes them for the hub's tests: each keyed link made as src/db/chain.ts says. */
import { CHAIN_START, linkHash, passageBody, personalDigest } from '../../db/chain.ts';
import type { KeyedLink, Passage } from '../../db/types.ts';
import type { PushedRecord } from '../../wire/kinds.ts';

/** Where a tablet's chain ends. */
export interface Tail {
  seq: number;
  hash: string;
}

/** A passage's check, as a tablet records it (src/db/types.ts CheckRecord). */
export type Check = NonNullable<Passage['check']>;

/** The start of every chain. */
export const START: Tail = { seq: 0, hash: CHAIN_START };

/** What may vary between passages of a test: the gate, the verdict, the time, the check and the person. */
export type Vary = (
  seq: number,
) => Partial<
  Pick<
    Passage,
    'gateId' | 'verdict' | 'at' | 'reasons' | 'check' | 'who' | 'personId' | 'codeHash' | 'undone'
  >
>;

/** `count` passages of `tablet` continuing its chain after `tail`; returns them and the new tail. */
export function passages(
  tablet: string,
  count: number,
  tail: Tail = START,
  at = Date.UTC(2026, 11, 6, 8),
  vary: Vary = () => ({}),
) {
  const out: PushedRecord[] = [];
  let { seq, hash } = tail;
  for (let i = 0; i < count; i++) {
    seq++;
    const p: Omit<Passage, 'chain'> = {
      id: `${tablet}-p${String(seq).padStart(6, '0')}`,
      at: at + seq * 1000,
      gateId: 'west',
      deviceId: tablet,
      direction: 'in',
      codeHash: null,
      codeFormat: 'estate-pass',
      verdict: 'pass',
      reasons: [],
      personId: `person-${seq % 7}`,
      ...vary(seq),
    };
    const personal = personalDigest(p);
    const key = `${tablet}-key`;
    const link = { seq, prev: hash, key, mac: 'not-checkable-by-the-hub', personal };
    hash = linkHash(seq, link.prev, key, passageBody(p, personal));
    out.push({ kind: 'passage', id: p.id, body: { ...p, chain: { ...link, hash } } });
  }
  return { records: out, tail: { seq, hash } };
}

/** `r` with some fields changed and its link's hash made again: a valid passage at the same place. */
export function relinked(r: PushedRecord, changes: Partial<Passage>): PushedRecord {
  const { chain, ...rest } = r.body as unknown as Passage;
  const p = { ...rest, ...changes };
  const l = chain as KeyedLink & { personal: string };
  const hash = linkHash(l.seq, l.prev, l.key, passageBody(p, l.personal));
  return { kind: 'passage', id: p.id, body: { ...p, chain: { ...l, hash } } };
}
