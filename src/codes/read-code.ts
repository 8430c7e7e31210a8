/**
 * The one entry point for a scanned text: detect the format, hash the text, read and verify.
 * Never throws: whatever the input (binary, empty, megabytes), the gate gets a result.
 */
import { type ReadDccOptions, readDcc } from './dcc.ts';
import { readDeclaration } from './declaration.ts';
import { detectFormat } from './detect.ts';
import { readEstatePass } from './estate-pass.ts';
import { sha256Hex } from './hash.ts';
import { readNzcp } from './nzcp.ts';
import { readOpaque } from './opaque.ts';
import { addError, emptyResult } from './result.ts';
import { readShc } from './shc.ts';
import type { TrustStore } from './trust-types.ts';
import type { CodeFormat, ScanResult } from './types.ts';

/** Longest text any supported code can be (a 10-chunk SMART Health Card is ~25,000 characters). */
export const MAX_CODE_CHARS = 64_000;

export interface ReadCodeOptions {
  dcc?: ReadDccOptions;
  /** Estate pass ids revoked on this device since the trust bundle was made. */
  revokedPassIds?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Reads one scan (a text, or the chunks of one SMART Health Card) against the trust store at `now`. */
export async function readCode(
  text: string | readonly string[],
  trust: TrustStore,
  now: number,
  options: ReadCodeOptions = {},
): Promise<ScanResult> {
  let format: CodeFormat = 'opaque';
  let textHash = '';
  try {
    const parts = (typeof text === 'string' ? [text] : [...text]).map((t) => String(t));
    // The hash is of the text as scanned (chunks joined as the CLI gives them), so logs match.
    const whole = parts.join(' ');
    textHash = await sha256Hex(whole);
    const trimmed = whole.trim();
    format = detectFormat(trimmed);
    if (trimmed.length > MAX_CODE_CHARS && format !== 'opaque') {
      return addError(emptyResult(format, textHash), 'encoding', `longer than ${MAX_CODE_CHARS} characters`);
    }
    return await dispatch(format, trimmed, trust, now, textHash, options);
  } catch (e) {
    const result = emptyResult(format, textHash);
    return addError(result, 'internal', `unexpected: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function dispatch(
  format: CodeFormat,
  text: string,
  trust: TrustStore,
  now: number,
  textHash: string,
  options: ReadCodeOptions,
): Promise<ScanResult> {
  switch (format) {
    case 'dcc':
      // Value sets from the trust bundle apply unless the caller gives its own.
      return readDcc(text, trust.dcc, now, textHash, {
        ...options.dcc,
        valueSets: options.dcc?.valueSets ?? trust.dccValueSets ?? undefined,
      });
    case 'shc':
      // The chunks of one card arrive space-separated (CLI) or as separate texts (app): same thing.
      return readShc(text.split(/\s+/), trust.shc, now, textHash);
    case 'nzcp':
      return readNzcp(text, trust.nzcp, now, textHash);
    case 'estate-pass':
      return readEstatePass(text, trust.estate, options.revokedPassIds ?? NONE, now, textHash);
    case 'declaration':
      return readDeclaration(text, now, textHash);
    case 'opaque':
      return readOpaque(text, textHash);
  }
}
