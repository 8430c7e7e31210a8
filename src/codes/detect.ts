/**
 * Which format a scanned text is, by its prefix alone. Prefixes are matched without regard to
 * case: keyboard-wedge scanners with Caps Lock or odd layouts change case, and a pass reported
 * as its own format with a decoding error is more useful at the gate than "opaque".
 */
import type { CodeFormat } from './types.ts';

/** Estate pass prefix: `EP` + major version + `:`; base45 follows (QR alphanumeric mode). */
export const ESTATE_PASS_PREFIX = 'EP1:';
/** Declaration prefix: `GD` + major version + `:`; base45 follows. */
export const DECLARATION_PREFIX = 'GD1:';

const RULES: readonly [RegExp, CodeFormat][] = [
  [/^HC1:/i, 'dcc'],
  [/^shc:\//i, 'shc'],
  [/^NZCP:\//i, 'nzcp'],
  // Any version number, so a newer pass or declaration is reported as "newer version", not opaque.
  [/^EP\d{1,3}:/i, 'estate-pass'],
  [/^GD\d{1,3}:/i, 'declaration'],
];

/** The format a QR text claims by its prefix; `opaque` for anything else. */
export function detectFormat(text: string): CodeFormat {
  const head = text.trimStart().slice(0, 12);
  for (const [re, format] of RULES) if (re.test(head)) return format;
  return 'opaque';
}
