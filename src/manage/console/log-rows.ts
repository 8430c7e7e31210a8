/** How a passage or flag reads on screen and in the CSV: the same masking in both places. */
import { hasString, lang, type StringKey, t } from '../../app/i18n.ts';
import { maskName, maskPhone } from '../../app/mask.ts';
import type { Flag, Passage, Person } from '../../db/index.ts';
import { REASON_ORDER, reasonWords } from '../../policy/reasons.ts';
import type { ReasonCode } from '../../policy/types.ts';

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A local date and time, 2026/11/23 09:00:00 (zh-CN's numeric form, 24-hour). */
export function formatTime(ms: number): string {
  // By hand: Intl.DateTimeFormat costs several microseconds a call, and an export makes 100,000.
  const d = new Date(ms);
  return `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** A plate with only its region letters and last character shown: 沪A****5. */
export function maskPlate(plate: string): string {
  const c = Array.from(plate);
  return c.length <= 3 ? plate : `${c.slice(0, 2).join('')}${'*'.repeat(c.length - 3)}${c[c.length - 1]}`;
}

/** A reason or flag kind in words, or its code when unknown. */
export function reasonLabel(code: string): string {
  if (!(REASON_ORDER as readonly string[]).includes(code)) return flagWord(code);
  const w = reasonWords(code as ReasonCode, []);
  return lang.value === 'zh' ? w.zh : w.en;
}

function flagWord(code: string): string {
  const key = `flag_${code}`;
  return hasString(key) ? t(key) : code;
}

/** How a flag was resolved, in words ('' when open). */
export function resolutionLabel(code: string | null): string {
  if (code === null) return '';
  const key = `res_${code}`;
  return hasString(key) ? t(key) : code;
}

const MASK: Record<string, StringKey> = { ok: 'maskOk', improper: 'maskImproper', none: 'maskNone' };
const COLOUR: Record<string, StringKey> = { green: 'codeGreen', yellow: 'codeYellow', red: 'codeRed' };
const SOURCE: Record<string, StringKey> = {
  verified: 'srcVerified',
  attested: 'srcAttested',
  declared: 'srcDeclared',
};
const word = (table: Record<string, StringKey>, code: string | null | undefined): string => {
  const key = code ? table[code] : undefined;
  return key ? t(key) : (code ?? '');
};

/** The mask check in words. */
export function maskLabel(mask: string | null | undefined): string {
  return word(MASK, mask);
}

/** The code colour and where it came from, in words: 绿码（已验签）. */
export function colourLabel(colour: string | null | undefined, source: string | null | undefined): string {
  if (!colour) return '';
  return `${word(COLOUR, colour)}（${word(SOURCE, source)}）`;
}

/** The verdict in words. */
export function verdictLabel(v: Passage['verdict']): string {
  return v === 'recorded' ? t('verdictRecorded') : t(`verdict_${v}`);
}

/** The masked person fields of a passage: name, phone, plate. */
export function personCells(person: Person | undefined): [string, string, string] {
  if (!person) return ['', '', ''];
  return [
    maskName(person.name),
    person.phone ? maskPhone(person.phone) : '',
    person.plate ? maskPlate(person.plate) : '',
  ];
}

/** The CSV header of the log export. */
export function logHeader(): string[] {
  return [
    t('colTime'),
    t('gate'),
    t('direction'),
    t('colVerdict'),
    t('colReasons'),
    t('colName'),
    t('colPhone'),
    t('colPlate'),
    t('colTemps'),
    t('mask'),
    t('colColour'),
    t('colVolunteer'),
    t('colPolicy'),
    'id',
  ];
}

/**
 * A writer of passages as CSV rows, personal data masked as on screen. Labels and each person's
 * masked cells are worked out once per writer, not once per row: an export writes 100,000 rows.
 */
export function logRowWriter(): (p: Passage, person: Person | undefined) => (string | number | null)[] {
  const labels = new Map<string, string>();
  const label = (key: string, make: () => string): string => {
    let v = labels.get(key);
    if (v === undefined) {
      v = make();
      labels.set(key, v);
    }
    return v;
  };
  const people = new WeakMap<Person, [string, string, string]>();
  const cellsOf = (person: Person | undefined): [string, string, string] => {
    if (!person) return ['', '', ''];
    let cells = people.get(person);
    if (!cells) {
      cells = personCells(person);
      people.set(person, cells);
    }
    return cells;
  };
  return (p, person) => {
    const c = p.check;
    return [
      formatTime(p.at),
      p.gateId,
      label(`d:${p.direction}`, () => (p.direction === 'in' ? t('directionIn') : t('directionOut'))),
      label(`v:${p.verdict}`, () => verdictLabel(p.verdict)),
      p.reasons.length === 0
        ? ''
        : label(`r:${p.reasons.join(',')}`, () => p.reasons.map(reasonLabel).join('; ')),
      ...cellsOf(person),
      c ? c.temperaturesC.join(' / ') : '',
      label(`m:${c?.mask}`, () => maskLabel(c?.mask)),
      label(`c:${c?.colour}:${c?.colourSource}`, () => colourLabel(c?.colour, c?.colourSource)),
      c?.volunteer ?? '',
      c?.policyVersion ?? '',
      p.id,
    ];
  };
}

/** The CSV header of the flag export. */
export function flagHeader(): string[] {
  return [
    t('colTime'),
    t('gate'),
    t('colKind'),
    t('colStatus'),
    t('colOpenedBy'),
    t('colResolution'),
    t('colResolvedBy'),
    t('colResolvedAt'),
    t('colNote'),
    'passage',
  ];
}

/** One flag as a CSV row. */
export function flagRow(f: Flag): (string | number | null)[] {
  return [
    formatTime(f.at),
    f.gateId,
    reasonLabel(f.kind),
    f.status === 'open' ? t('flagOpen') : t('flagResolved'),
    f.openedBy,
    resolutionLabel(f.resolution),
    f.resolvedBy,
    f.resolvedAt === null ? '' : formatTime(f.resolvedAt),
    f.note,
    f.passageId,
  ];
}
