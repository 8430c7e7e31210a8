/**
 * The `shc:/` QR text: numeric mode (each character of the JWS is two digits, code - 45) and the
 * deprecated chunked form `shc:/i/n/digits`, whose chunks a reader must join in order.
 */

export type NumericResult =
  | { ok: true; jws: string }
  | { ok: false; code: 'prefix' | 'encoding' | 'chunk'; message: string };

const PREFIX = 'shc:/';
const CHUNK_RE = /^(\d{1,3})\/(\d{1,3})\/(\d*)$/;

/** True when the text starts with `shc:/` (any case: some keyboard-wedge scanners change case). */
export function hasShcPrefix(text: string): boolean {
  return text.slice(0, PREFIX.length).toLowerCase() === PREFIX;
}

/** Decodes digit pairs to the JWS characters; null when the digits are not valid pairs. */
export function decodeNumeric(digits: string): string | null {
  if (digits.length === 0 || digits.length % 2 !== 0 || !/^\d+$/.test(digits)) return null;
  let out = '';
  for (let i = 0; i < digits.length; i += 2) {
    const n = Number(digits.slice(i, i + 2));
    // 77 + 45 = 'z', the highest character of base64url and '.'.
    if (n > 77) return null;
    out += String.fromCharCode(n + 45);
  }
  return out;
}

/** Encodes a JWS as `shc:/` numeric text (used by tests to derive variants). */
export function encodeNumeric(jws: string): string {
  let out = PREFIX;
  for (const ch of jws) out += String(ch.charCodeAt(0) - 45).padStart(2, '0');
  return out;
}

/** Joins one or more `shc:/` texts (single, or all chunks of one card in any order) into the JWS. */
export function assembleShc(texts: readonly string[]): NumericResult {
  const bodies: string[] = [];
  for (const text of texts) {
    if (!hasShcPrefix(text)) return { ok: false, code: 'prefix', message: 'text does not start with shc:/' };
    bodies.push(text.slice(PREFIX.length));
  }
  const first = bodies[0];
  if (first === undefined) return { ok: false, code: 'encoding', message: 'empty SMART Health Card text' };
  if (bodies.length === 1 && !first.includes('/')) return finish(first);
  const slots: (string | undefined)[] = [];
  let total = 0;
  for (const body of bodies) {
    const m = CHUNK_RE.exec(body);
    if (!m) return { ok: false, code: 'chunk', message: 'a chunk is not of the form shc:/i/n/digits' };
    const i = Number(m[1]);
    const n = Number(m[2]);
    if (total !== 0 && n !== total)
      return { ok: false, code: 'chunk', message: 'chunks disagree on the count' };
    total = n;
    if (i < 1 || i > n) return { ok: false, code: 'chunk', message: `chunk index ${i} outside 1..${n}` };
    if (slots[i - 1] !== undefined) return { ok: false, code: 'chunk', message: `chunk ${i} given twice` };
    slots[i - 1] = m[3] ?? '';
  }
  const missing: number[] = [];
  for (let i = 0; i < total; i++) if (slots[i] === undefined) missing.push(i + 1);
  if (missing.length > 0) {
    return { ok: false, code: 'chunk', message: `missing chunk(s) ${missing.join(', ')} of ${total}` };
  }
  return finish(slots.join(''));
}

function finish(digits: string): NumericResult {
  const jws = decodeNumeric(digits);
  if (jws === null) return { ok: false, code: 'encoding', message: 'numeric body is not valid digit pairs' };
  return { ok: true, jws };
}
