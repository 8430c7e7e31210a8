/**
 * The passage export: its columns, header and each line, worded as the console shows them. Pure,
 * so the tablet's CSV download (src/manage/console/log-export.ts) and the hub's
 * `GET /api/export.csv` write the same file; the escaping and the BOM are csv-write.ts's.
 * Built for 100,000 rows: every worded or repeated cell is escaped once per export.
 */
import { csvField } from './csv-write.ts';
import { EXPORT_WORDS, type WordLang } from './export-words.ts';

/** What one line of the export shows of a passage (the app's log row view is one). */
export interface ExportedPassage {
  readonly id: string;
  readonly at: number;
  readonly gateId: string;
  readonly direction: string;
  readonly verdict: string;
  readonly reasons: readonly string[];
  /** Null when the passage had no check (a bare scan record): its check cells stay empty. */
  readonly temperaturesC: readonly number[] | null;
  readonly mask: string | null | undefined;
  readonly colour: string | null | undefined;
  readonly colourSource: string | null | undefined;
  readonly volunteer: string;
  readonly policyVersion: number;
}

/** Masked person cells in the export: name, phone, plate (empty when nobody is known). */
export type PersonCells = readonly [name: string, phone: string, plate: string];

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A local date and time, 2026/11/23 09:00:00 (zh-CN's numeric form, 24-hour). */
export function formatTime(ms: number): string {
  // By hand: Intl.DateTimeFormat costs several microseconds a call, and an export makes 100,000.
  const d = new Date(ms);
  return `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

type WordKey = keyof typeof EXPORT_WORDS;

const MASK: Readonly<Record<string, WordKey>> = { ok: 'maskOk', improper: 'maskImproper', none: 'maskNone' };
const COLOUR: Readonly<Record<string, WordKey>> = {
  green: 'codeGreen',
  yellow: 'codeYellow',
  red: 'codeRed',
};
const SOURCE: Readonly<Record<string, WordKey>> = {
  verified: 'srcVerified',
  attested: 'srcAttested',
  declared: 'srcDeclared',
};
const HEADER: readonly WordKey[] = [
  'colTime',
  'gate',
  'direction',
  'colVerdict',
  'colReasons',
  'colName',
  'colPhone',
  'colPlate',
  'colTemps',
  'mask',
  'colColour',
  'colVolunteer',
  'colPolicy',
  'colRecordId',
];

const isWord = (key: string): key is WordKey => Object.hasOwn(EXPORT_WORDS, key);

/** The export's words in `lang`, exactly as the app's string tables word them. */
export function exportWords(lang: WordLang) {
  const i = lang === 'zh' ? 0 : 1;
  const w = (key: WordKey): string => EXPORT_WORDS[key][i];
  // A code in words by its own table; an unknown one (a damaged record's: any text) as it is.
  const named = (table: Readonly<Record<string, WordKey>>, code: string | null | undefined): string => {
    const key = code && Object.hasOwn(table, code) ? table[code] : undefined;
    return key ? w(key) : (code ?? '');
  };
  return {
    header: HEADER.map(w),
    direction: (d: string) => w(d === 'in' ? 'directionIn' : 'directionOut'),
    verdict: (v: string) => {
      if (v === 'recorded') return w('verdictRecorded');
      const key = `verdict_${v}`;
      return isWord(key) ? w(key) : v;
    },
    /** A reason or flag kind in words, or its code when unknown. */
    reason: (code: string) => {
      const reason = `reason_${code}`;
      if (isWord(reason)) return w(reason);
      const flag = `flag_${code}`;
      return isWord(flag) ? w(flag) : code;
    },
    mask: (m: string | null | undefined) => named(MASK, m),
    /** The code colour and where it came from: 绿码（已验签）. */
    colour: (colour: string | null | undefined, source: string | null | undefined) => {
      if (!colour) return '';
      const cells: Record<string, string> = { colour: named(COLOUR, colour), source: named(SOURCE, source) };
      return w('colourWithSource').replace(/\{(\w+)\}/g, (hole, name: string) => cells[name] ?? hole);
    },
  };
}

/** The words an export is written in. */
export type ExportWords = ReturnType<typeof exportWords>;

/**
 * Remembers `make(arg)` per key of the argument (the argument itself by default): worked out once
 * per export, not once per row. One argument, no rest parameters: it runs several times a row.
 */
function memo<A, V>(make: (arg: A) => V, key: (arg: A) => unknown = (arg) => arg): (arg: A) => V {
  const kept = new Map<unknown, V>();
  return (arg) => {
    const k = key(arg);
    let v = kept.get(k);
    if (v === undefined) {
      v = make(arg);
      kept.set(k, v);
    }
    return v;
  };
}

/**
 * A writer of passages as CSV lines (CRLF-terminated) in `words`, the person's cells made by
 * `cellsOf` once per person object. One writer per export: its memos hold that export's cells.
 */
export function passageCsvWriter<P extends object>(
  words: ExportWords,
  cellsOf: (person: P) => PersonCells,
): (p: ExportedPassage, person: P | undefined) => string {
  const NOBODY = ',,';
  const esc = memo(csvField);
  const direction = memo((d: string) => esc(words.direction(d)));
  const verdict = memo((v: string) => esc(words.verdict(v)));
  // Each stored passage has its own reasons array: keyed by what it holds.
  const reasons = memo(
    (rs: readonly string[]) => esc(rs.map(words.reason).join('; ')),
    (rs) => rs.join('\n'),
  );
  const mask = memo((m: string | null | undefined) => esc(words.mask(m)));
  const colours = new Map<string, string>();
  const colour = (c: string | null | undefined, s: string | null | undefined) => {
    const k = `${c ?? ''}\n${s ?? ''}`;
    let v = colours.get(k);
    if (v === undefined) {
      v = esc(words.colour(c, s));
      colours.set(k, v);
    }
    return v;
  };
  const personCsv = new WeakMap<P, string>();
  const line: string[] = new Array(12).fill('');
  return (p, person) => {
    const temps = p.temperaturesC;
    let who = NOBODY;
    if (person) {
      let kept = personCsv.get(person);
      if (kept === undefined) {
        kept = cellsOf(person).map(csvField).join(',');
        personCsv.set(person, kept);
      }
      who = kept;
    }
    line[0] = csvField(formatTime(p.at));
    line[1] = esc(p.gateId);
    line[2] = direction(p.direction);
    line[3] = verdict(p.verdict);
    line[4] = p.reasons.length === 0 ? '' : reasons(p.reasons);
    line[5] = who;
    line[6] = temps === null ? '' : csvField(temps.join(' / '));
    line[7] = mask(p.mask);
    line[8] = colour(p.colour, p.colourSource);
    line[9] = esc(p.volunteer);
    line[10] = temps === null ? '' : csvField(String(p.policyVersion));
    line[11] = csvField(p.id);
    return `${line.join(',')}\r\n`;
  };
}
