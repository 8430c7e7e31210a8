/** What the gate needs from a schema-checked DCC entry: the holder and the policy facts. */
import { isObject, type JsonObject } from './bytes.ts';
import type { Holder, PassFacts } from './types.ts';

/** LOINC test types (eu-dcc value set covid-19-lab-test-type). */
export const TEST_TYPE_RAT = 'LP217198-3';
export const TEST_TYPE_NAAT = 'LP6464-4';
/** SNOMED CT "not detected": the only negative test result. */
export const TEST_RESULT_NEGATIVE = '260415000';

const DAY_MS = 86_400_000;

function text(obj: JsonObject, key: string): string {
  const v = obj[key];
  return typeof v === 'string' ? v.trim() : '';
}

/** Holder name (readable `gn fn`, else transliterated `gnt fnt`) and dob; null without a usable name. */
export function dccHolder(json: unknown): Holder | null {
  if (!isObject(json) || !isObject(json.nam)) return null;
  const nam = json.nam;
  const readable = [text(nam, 'gn'), text(nam, 'fn')].filter(Boolean).join(' ');
  // ICAO 9303 transliteration writes spaces and hyphens as '<'.
  const icao = [text(nam, 'gnt'), text(nam, 'fnt')].filter(Boolean).join(' ').replace(/</g, ' ');
  const name = readable || icao.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  return { name, dob: typeof json.dob === 'string' ? json.dob : null };
}

function time(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/** Policy facts of one entry: test sample time/kind/result, dose n of m, recovery window. */
export function dccFacts(type: 'vaccination' | 'test' | 'recovery', entry: JsonObject): PassFacts {
  if (type === 'test') {
    const tt = entry.tt;
    const sampledAt = time(entry.sc);
    // Without a readable sample time the test proves nothing: report no test facts at all.
    if (sampledAt === null) return {};
    return {
      test: {
        sampledAt,
        kind: tt === TEST_TYPE_RAT ? 'rat' : tt === TEST_TYPE_NAAT ? 'naat' : 'other',
        negative: entry.tr === TEST_RESULT_NEGATIVE,
      },
    };
  }
  if (type === 'vaccination') {
    const num = (v: unknown) => (typeof v === 'number' ? v : 0);
    return { vaccination: { dose: num(entry.dn), seriesDoses: num(entry.sd), at: time(entry.dt) } };
  }
  const until = time(entry.du);
  // `du` is a date: the certificate holds through that whole (UTC) day.
  return { recovery: { validFrom: time(entry.df), validUntil: until === null ? null : until + DAY_MS - 1 } };
}
