/**
 * A small DER walker: just enough ASN.1 to take an X.509 certificate apart. It checks every
 * length against its parent so a malformed certificate fails with `DerError`, never reads past it.
 */

/** Thrown for bytes that are not well-formed DER. */
export class DerError extends Error {
  override name = 'DerError';
}

export const DER_BOOLEAN = 0x01;
export const DER_INTEGER = 0x02;
export const DER_BIT_STRING = 0x03;
export const DER_OCTET_STRING = 0x04;
export const DER_OID = 0x06;
export const DER_UTC_TIME = 0x17;
export const DER_GENERALIZED_TIME = 0x18;
export const DER_SEQUENCE = 0x30;

/** One TLV: its tag byte, the whole encoding (`raw`) and the contents (`value`). */
export interface DerNode {
  tag: number;
  raw: Uint8Array;
  value: Uint8Array;
}

/** Reads the TLV that starts at `offset`; throws `DerError` when it does not fit in `bytes`. */
export function readTlv(bytes: Uint8Array, offset: number): DerNode {
  const tag = bytes[offset];
  let lenByte = bytes[offset + 1];
  if (tag === undefined || lenByte === undefined) throw new DerError('truncated header');
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used in certificates');
  let pos = offset + 2;
  let length = lenByte;
  if (lenByte & 0x80) {
    const count = lenByte & 0x7f;
    // Four length bytes already allow 4 GiB; anything longer (or indefinite, 0x80) is not DER.
    if (count === 0 || count > 4) throw new DerError('unsupported length form');
    length = 0;
    for (let i = 0; i < count; i++) {
      lenByte = bytes[pos++];
      if (lenByte === undefined) throw new DerError('truncated length');
      length = length * 256 + lenByte;
    }
  }
  const end = pos + length;
  if (end > bytes.length) throw new DerError('length runs past the end of its container');
  return { tag, raw: bytes.subarray(offset, end), value: bytes.subarray(pos, end) };
}

/** Parses exactly one TLV filling `bytes`. */
export function parseDer(bytes: Uint8Array): DerNode {
  const node = readTlv(bytes, 0);
  if (node.raw.length !== bytes.length) throw new DerError('trailing bytes after the outer element');
  return node;
}

/** The children of a constructed node (SEQUENCE, SET, context tags). */
export function children(node: DerNode): DerNode[] {
  if (!(node.tag & 0x20)) throw new DerError(`tag 0x${node.tag.toString(16)} is not constructed`);
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.value.length) {
    const child = readTlv(node.value, offset);
    out.push(child);
    offset += child.raw.length;
  }
  return out;
}

/** A child by index with the expected tag, or a `DerError` naming what was missing. */
export function expectChild(list: DerNode[], index: number, tag: number, what: string): DerNode {
  const node = list[index];
  if (!node || node.tag !== tag) throw new DerError(`${what} missing or malformed`);
  return node;
}

/** Dotted text of an OBJECT IDENTIFIER. */
export function oidToString(node: DerNode): string {
  if (node.tag !== DER_OID || node.value.length === 0) throw new DerError('not an OID');
  const parts: number[] = [];
  let acc = 0;
  for (const b of node.value) {
    acc = acc * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(acc);
      acc = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** Epoch ms of a UTCTime or GeneralizedTime (the `Z` forms X.509 requires). */
export function timeToMs(node: DerNode): number {
  const text = new TextDecoder().decode(node.value);
  const m =
    node.tag === DER_UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : node.tag === DER_GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!m) throw new DerError(`unsupported time ${text}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // RFC 5280: a two-digit UTCTime year below 50 is 20xx.
  const year = node.tag === DER_UTC_TIME ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return Date.UTC(year, mo - 1, d, h, mi, s);
}
