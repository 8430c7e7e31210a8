/** Random identifiers and one-time codes the hub hands out, and how it keeps codes (hashed). */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Crockford's base32 without I, L, O, U: a typed code has no 1/l or 0/O to confuse.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random base32 characters (5 bits each). */
export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** A new id for an estate, device or audit entry: 26 characters, 130 random bits, lower case. */
export const randomId = (): string => randomCode(26).toLowerCase();

/** A typed code as the hub compares it: upper case, without spaces or dashes, O→0, I/L→1. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** SHA-256 hex of a (normalised) code: what the hub stores instead of the code. */
export const codeHash = (code: string): string =>
  createHash('sha256').update(normaliseCode(code)).digest('hex');

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** A code in groups of four for reading aloud and typing: ABCD-EFGH-JKMN. */
export const groupCode = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1-');
