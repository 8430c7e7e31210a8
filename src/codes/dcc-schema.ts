/**
 * Structural checks of a DCC payload after the eu-dcc-schema (1.3.0, which 1.0-1.2 payloads also
 * meet in everything checked here): the fields a verifier relies on, not every length limit.
 */
import { isObject, type JsonObject } from './bytes.ts';
import type { DccValueSets } from './dcc-valuesets.ts';
import type { CertificateType } from './types.ts';

export interface DccPayloadCheck {
  /** The certificate type when exactly one entry group with one entry is present. */
  type: Exclude<CertificateType, 'estate-pass'> | null;
  entry: JsonObject | null;
  /** Human-readable schema violations; empty when the payload conforms. */
  problems: string[];
}

const GROUPS = [
  ['v', 'vaccination'],
  ['t', 'test'],
  ['r', 'recovery'],
] as const;

const REQUIRED: Record<'v' | 't' | 'r', string[]> = {
  v: ['tg', 'vp', 'mp', 'ma', 'dn', 'sd', 'dt', 'co', 'is', 'ci'],
  t: ['tg', 'tt', 'sc', 'tr', 'co', 'is', 'ci'],
  r: ['tg', 'fr', 'co', 'is', 'df', 'du', 'ci'],
};

const SEMVER = /^\d+\.\d+\.\d+$/;
// Schema 1.3.0: a year from 1900 on, optionally with month and day (empty allowed for unknown).
const DOB = /^((19|20)\d\d(-\d\d){0,2})?$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$/;
const TRANSLITERATED = /^[A-Z<]*$/;

function isDate(v: unknown, pattern: RegExp): boolean {
  return typeof v === 'string' && pattern.test(v) && !Number.isNaN(Date.parse(v));
}

/** Checks a decoded DCC payload (JSON form) against the schema rules a verifier depends on. */
export function checkDccPayload(json: unknown): DccPayloadCheck {
  const problems: string[] = [];
  if (!isObject(json)) return { type: null, entry: null, problems: ['payload is not an object'] };
  if (typeof json.ver !== 'string' || !SEMVER.test(json.ver)) problems.push('ver missing or not x.y.z');
  const nam = json.nam;
  if (!isObject(nam)) problems.push('nam missing');
  else {
    if (typeof nam.fnt !== 'string' || !TRANSLITERATED.test(nam.fnt))
      problems.push('nam.fnt missing or not A-Z<');
    if (nam.gnt !== undefined && (typeof nam.gnt !== 'string' || !TRANSLITERATED.test(nam.gnt))) {
      problems.push('nam.gnt not A-Z<');
    }
    for (const k of ['fn', 'gn'] as const) {
      if (nam[k] !== undefined && typeof nam[k] !== 'string') problems.push(`nam.${k} not a string`);
    }
  }
  if (typeof json.dob !== 'string' || !DOB.test(json.dob)) problems.push('dob missing or not YYYY[-MM[-DD]]');
  const present = GROUPS.filter(([key]) => json[key] !== undefined);
  if (present.length !== 1) {
    problems.push(`exactly one of v, t, r must be present (found ${present.length})`);
    return { type: null, entry: null, problems };
  }
  const [key, type] = present[0] as (typeof GROUPS)[number];
  const list = json[key];
  if (!Array.isArray(list) || list.length !== 1 || !isObject(list[0])) {
    problems.push(`${key} must hold exactly one entry`);
    return { type: null, entry: null, problems };
  }
  const entry = list[0];
  for (const field of REQUIRED[key]) {
    if (entry[field] === undefined || entry[field] === null) problems.push(`${key}.${field} missing`);
  }
  problems.push(...entryProblems(key, entry));
  return { type, entry, problems };
}

function entryProblems(key: 'v' | 't' | 'r', e: JsonObject): string[] {
  const out: string[] = [];
  for (const f of ['tg', 'co', 'is', 'ci']) {
    if (e[f] !== undefined && typeof e[f] !== 'string') out.push(`${key}.${f} not a string`);
  }
  if (key === 'v') {
    for (const f of ['dn', 'sd']) {
      const n = e[f];
      if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 9)) {
        out.push(`v.${f} not an integer 1-9`);
      }
    }
    if (e.dt !== undefined && !isDate(e.dt, DATE)) out.push('v.dt not a date');
  } else if (key === 't') {
    if (e.sc !== undefined && !isDate(e.sc, DATE_TIME)) out.push('t.sc not a date-time');
    if (e.tr !== undefined && typeof e.tr !== 'string') out.push('t.tr not a string');
  } else {
    for (const f of ['fr', 'df', 'du'])
      if (e[f] !== undefined && !isDate(e[f], DATE)) out.push(`r.${f} not a date`);
  }
  return out;
}

/** Codes of the entry that are not in the supplied value sets (sets not supplied are not checked). */
export function dccValueSetProblems(check: DccPayloadCheck, sets: DccValueSets): string[] {
  const { type, entry } = check;
  if (!type || !entry) return [];
  const out: string[] = [];
  const test = (field: string, set: Set<string> | null, what: string) => {
    const v = entry[field];
    if (set && typeof v === 'string' && !set.has(v)) out.push(`${what} ${v} is not in the value set`);
  };
  test('co', sets.countries, 'country');
  if (type === 'vaccination') {
    test('mp', sets.vaccineProducts, 'vaccine product');
    test('ma', sets.vaccineMakers, 'vaccine maker');
  }
  if (type === 'test') test('ma', sets.testDevices, 'test device');
  return out;
}
