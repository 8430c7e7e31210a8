/**
 * Judging a chain: records are walked in sequence order (never by id or clock) and the first
 * one that breaks it is named: a link missing, a place skipped (`gap`: a record removed), a
 * predecessor that is not the one before (`prev`), a hash that does not match the record
 * (`hash`: altered), an HMAC that is not this device's (`mac`: re-linked without the key), or a
 * link keyed by another device after this device's own (`key`: a restore only ever puts other
 * devices' records before this device's). What is not tampering is counted apart: a record
 * stamped earlier than the one before it (the clock was set back), links keyed by another
 * device (a restored backup: hashes checked, the key is not here), records from before the
 * sequence (checked by their SHA-256 links only).
 */
import { CHAIN_START, linkHash } from './chain.ts';
import { macHolds } from './chain-key.ts';
import type { DeviceKey, KeyedLink } from './types.ts';

/** Why a record breaks its chain. */
export type BreakReason = 'missing' | 'gap' | 'prev' | 'hash' | 'mac' | 'key';

/** What a chain check found. */
export interface ChainReport {
  checked: number;
  firstBreak: { id: string; why: BreakReason } | null;
  /** Records stamped earlier than the record before them (a clock set back): not tampering. */
  clockBack: number;
  /** Links keyed by another device (restored from its backup): hashes checked, HMAC not checkable here. */
  otherDevice: number;
  /** Records from before the keyed sequence: checked by their plain SHA-256 links only. */
  unkeyed: number;
}

/** One record as the walk sees it: its key, time, link and the body its hash covers. */
export interface ChainItem {
  id: string;
  at: number;
  link: Partial<KeyedLink> | undefined;
  body: string;
}

/** An empty report. */
export const emptyReport = (): ChainReport => ({
  checked: 0,
  firstBreak: null,
  clockBack: 0,
  otherDevice: 0,
  unkeyed: 0,
});

/**
 * A record stamped this much earlier than the one before it is a clock change. Less is two
 * tabs (or a slow commit) finishing in another order than they began: not worth a note.
 */
export const CLOCK_SLACK_MS = 10_000;

/** Walks one chain page by page; `report` holds the result so far. */
export class ChainWalk {
  readonly report: ChainReport;
  private prev: string;
  private seq = 0;
  private prevAt: number;
  private ownSeen = false;
  private readonly own: DeviceKey;

  /** Starts after `start` (the hash the first keyed link names as its predecessor). */
  constructor(own: DeviceKey, report: ChainReport, start = CHAIN_START, startAt = -Infinity) {
    this.own = own;
    this.report = report;
    this.prev = start;
    this.prevAt = startAt;
  }

  /** Checks the next records in sequence order; false once the chain is broken. */
  async step(items: readonly ChainItem[]): Promise<boolean> {
    const macs: Promise<boolean>[] = [];
    const owned: number[] = [];
    let broken = items.length;
    let why: BreakReason | null = null;
    for (let i = 0; i < items.length && why === null; i++) {
      const it = items[i] as ChainItem;
      why = this.shape(it);
      if (why !== null) {
        broken = i;
        break;
      }
      const l = it.link as KeyedLink;
      if (l.key === this.own.id) {
        owned.push(i);
        macs.push(macHolds(this.own.key, l.hash, l.mac));
      }
    }
    // The HMACs of a page are checked together; the first failure before `broken` wins.
    const held = await Promise.all(macs);
    const badMac = held.indexOf(false);
    if (badMac >= 0 && (owned[badMac] as number) < broken) {
      broken = owned[badMac] as number;
      why = 'mac';
    }
    for (let i = 0; i < broken; i++) this.count(items[i] as ChainItem);
    if (why !== null) this.report.firstBreak = { id: (items[broken] as ChainItem).id, why };
    return why === null;
  }

  /** Everything but the HMAC; moves the walk past the record when it holds. */
  private shape(it: ChainItem): BreakReason | null {
    const l = it.link;
    if (!l || typeof l.seq !== 'number' || typeof l.key !== 'string' || typeof l.mac !== 'string')
      return 'missing';
    if (l.seq !== this.seq + 1) return 'gap';
    if (l.prev !== this.prev) return 'prev';
    if (typeof l.hash !== 'string' || linkHash(l.seq, l.prev, l.key, it.body) !== l.hash) return 'hash';
    const own = l.key === this.own.id;
    if (!own && this.ownSeen) return 'key';
    this.ownSeen ||= own;
    this.seq = l.seq;
    this.prev = l.hash;
    return null;
  }

  private count(it: ChainItem): void {
    const r = this.report;
    r.checked++;
    if (it.link?.key !== this.own.id) r.otherDevice++;
    if (it.at < this.prevAt - CLOCK_SLACK_MS) r.clockBack++;
    this.prevAt = it.at;
  }
}
