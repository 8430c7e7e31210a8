/**
 * The link format of the device's hash chains (passages, and the audit trail): what a link
 * holds and how its hash is made. Pure and synchronous (@noble/hashes): the hash is computed
 * inside the write's IndexedDB transaction. The keyed part (the HMAC over each hash, with this
 * device's key) is in chain-key.ts; walking and judging a chain is in chain-walk.ts.
 *
 * A link today is `{ seq, prev, hash, key, mac }`: its place in the chain (a sequence number,
 * never the record's id or clock), the previous link's hash, the SHA-256 over all of that and
 * the record, the id of the device key that signed it and the HMAC of `hash` under that key.
 * Passages written before the sequence existed carry `{ prev, personal, hash }` only: the
 * pre-sequence segment, checked as before (legacyLink / checkLegacy).
 *
 * Personal fields of a passage are hashed apart (`personal`) and only that digest enters the
 * chain, so the retention purge can blank them without breaking it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEntry, Passage, PassageLink } from './types.ts';

export type { KeyedLink, PassageLink } from './types.ts';

/** Hash of the first record's predecessor. */
export const CHAIN_START = '0'.repeat(64);

/** SHA-256 of a text, as hex. */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The digest of a passage's personal fields (what retention may later blank). */
export function personalDigest(p: Omit<Passage, 'id' | 'chain'>): string {
  const fields = [p.personId, p.codeHash, p.check?.volunteer ?? null];
  // The label joined the digest later: a passage without one hashes exactly as before.
  if (p.who) fields.push(p.who.name, p.who.place);
  return sha256Hex(JSON.stringify(fields));
}

/** The non-personal content of a passage, in a fixed order. */
function content(p: Omit<Passage, 'chain'>): string {
  const c = p.check;
  return JSON.stringify([
    p.id,
    p.at,
    p.gateId,
    p.deviceId,
    p.direction,
    p.codeFormat,
    p.verdict,
    p.reasons,
    p.verification ?? null,
    c
      ? [
          c.temperaturesC,
          c.mask,
          c.colour,
          c.colourSource,
          c.signature,
          c.validity,
          c.personKind,
          c.policyVersion,
        ]
      : null,
  ]);
}

/** What a passage's keyed link hashes besides its place: the personal digest and the content. */
export function passageBody(p: Omit<Passage, 'chain'>, personal: string): string {
  return `${personal}|${content(p)}`;
}

/** What an audit entry's link hashes besides its place. */
export function auditBody(e: Omit<AuditEntry, 'chain'>): string {
  return JSON.stringify([e.id, e.at, e.who, e.action, e.detail]);
}

/** The hash of a keyed link: its place, predecessor and signing key, and the record's body. */
export function linkHash(seq: number, prev: string, key: string, body: string): string {
  return sha256Hex(`g2|${seq}|${prev}|${key}|${body}`);
}

/** A pre-sequence link (how passages were chained before the sequence): kept to check them. */
export function legacyLink(p: Omit<Passage, 'chain'>, prev: string, personal: string): PassageLink {
  return { prev, personal, hash: sha256Hex(`${prev}|${personal}|${content(p)}`) };
}

/** Checks a pre-sequence record against its predecessor's hash; null when it holds, else why not. */
export function checkLegacy(p: Passage, prevHash: string): 'missing' | 'prev' | 'hash' | null {
  if (!p.chain) return 'missing';
  if (p.chain.prev !== prevHash) return 'prev';
  return legacyLink(p, p.chain.prev, p.chain.personal).hash === p.chain.hash ? null : 'hash';
}
