/** Codes the gate cannot read (health-code links, venue codes, garbage): only their hash is kept. */
import { emptyResult } from './result.ts';
import type { ScanResult } from './types.ts';

/** The result for an opaque code: nothing decoded, nothing verified, the text's hash recorded. */
export function readOpaque(textHash: string): ScanResult {
  const result = emptyResult('opaque', textHash);
  // Not an error: the gate expects such codes; the volunteer reads the colour instead.
  result.details.messages.push('opaque: not a format this gate can read or verify');
  return result;
}
