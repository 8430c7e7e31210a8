/**
 * The registration declaration QR: `GD1:` + base45(raw DEFLATE(JSON wire form)). Unsigned: it
 * is what a person typed on their own phone, so the gate shows it as self-declared.
 */
import { deflateSync, inflateSync } from 'fflate';
import { base45Decode, base45Encode } from './base45.ts';
import { parseJson, utf8, utf8Bytes } from './bytes.ts';
import { DECLARATION_VERSION, fromWire, toWire } from './declaration-schema.ts';
import { addError, emptyResult } from './result.ts';
import type { DeclarationFacts, ScanResult } from './types.ts';

const PREFIX_RE = /^GD(\d{1,3}):/i;

/** What a gate would reject in these facts (empty when the declaration reads back whole). */
export function declarationProblems(facts: DeclarationFacts): string[] {
  const back = fromWire(toWire(facts));
  return back.ok ? [] : back.problems;
}

/** Encodes a declaration as QR text (upper-case base45, so the QR uses alphanumeric mode); throws on facts a gate would reject. */
export function encodeDeclaration(facts: DeclarationFacts): string {
  // A QR the gate cannot read would only be found out at the gate; the form checks first.
  const problems = declarationProblems(facts);
  if (problems.length > 0) throw new Error(`declaration: ${problems.join('; ')}`);
  const json = JSON.stringify(toWire(facts));
  return `GD${DECLARATION_VERSION}:${base45Encode(deflateSync(utf8Bytes(json), { level: 9 }))}`;
}

/** Reads a declaration QR text; never verified (signature `unsigned`), errors say what is wrong. */
export function readDeclaration(text: string, now: number, textHash: string): ScanResult {
  const result = emptyResult('declaration', textHash);
  result.signature = 'unsigned';
  const m = PREFIX_RE.exec(text);
  if (!m) return addError(result, 'prefix', 'a declaration starts with GD1:');
  const version = Number(m[1]);
  if (version !== DECLARATION_VERSION) {
    const why =
      version > DECLARATION_VERSION ? 'newer than this app reads: update the app' : 'not a known version';
    return addError(
      result,
      'version',
      `declaration version ${version} is ${why} (reads ${DECLARATION_VERSION})`,
    );
  }
  let compressed: Uint8Array;
  try {
    compressed = base45Decode(text.slice(m[0].length));
  } catch (e) {
    return addError(result, 'encoding', `not base45: ${(e as Error).message}`);
  }
  let json: string | null;
  try {
    const raw = inflateSync(compressed);
    // fflate inflates an empty input to nothing without complaint.
    if (raw.length === 0) throw new Error('empty');
    json = utf8(raw);
  } catch {
    return addError(result, 'compression', 'the body does not inflate');
  }
  const parsed = fromWire(json === null ? null : parseJson(json));
  if (!parsed.ok) {
    for (const problem of parsed.problems) addError(result, 'schema', problem);
    return result;
  }
  result.decoded = true;
  result.holder = { name: parsed.facts.name, dob: null };
  result.details.issuedAt = parsed.facts.createdAt;
  result.details.facts = { declaration: parsed.facts };
  // Freshness of what a person declared is the gate policy's call; the code only reports when.
  if (parsed.facts.createdAt > now + CLOCK_SKEW_MS) {
    result.validity = 'not-yet-valid';
    addError(result, 'not-yet-valid', 'the declaration is dated in the future');
  }
  return result;
}

/** Phones and tablets disagree on the time by minutes; a declaration "from the future" within this is fine. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
