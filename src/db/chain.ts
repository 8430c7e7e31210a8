/**
 * The per-device hash chain over passages: each record carries the hash of the one before, so
 * a record altered or removed later shows as a break. Hashing is synchronous (@noble/hashes)
 * because an IndexedDB transaction commits as soon as it awaits anything else, WebCrypto included.
 *
 * Personal fields are hashed apart (`personal`) and only that digest enters the chain, so the
 * retention purge can blank them without breaking the chain.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Passage } from './types.ts';

/** The chain fields a passage carries. */
export interface ChainLink {
  prev: string;
  personal: string;
  hash: string;
}

/** Hash of the first record's predecessor. */
export const CHAIN_START = '0'.repeat(64);

const hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

/** The digest of a passage's personal fields (what retention may later blank). */
export function personalDigest(p: Omit<Passage, 'id' | 'chain'>): string {
  return hex(JSON.stringify([p.personId, p.codeHash, p.check?.volunteer ?? null]));
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

/** The link for a new passage after `prev` (the previous record's hash). */
export function link(p: Omit<Passage, 'chain'>, prev: string, personal: string): ChainLink {
  return { prev, personal, hash: hex(`${prev}|${personal}|${content(p)}`) };
}

/** Checks one record against its predecessor's hash; null when it holds, else why not. */
export function checkLink(p: Passage, prevHash: string): 'missing' | 'prev' | 'hash' | null {
  if (!p.chain) return 'missing';
  if (p.chain.prev !== prevHash) return 'prev';
  return link(p, p.chain.prev, p.chain.personal).hash === p.chain.hash ? null : 'hash';
}
