/** Single-field checks of the registration form (pure: time is passed in). */

const DAY_MS = 86_400_000;
/** The estate is in China: dates people type are China dates, whatever the phone's zone says. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** How far back the itinerary goes (行程卡: the last 14 days). */
export const ITINERARY_DAYS = 14;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
// Province abbreviations of mainland plates (公安部 GA 36).
const PLATE_RE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警领]$/;

/**
 * A phone number as people write it, down to its digits: full-width digits, spaces, dashes,
 * dots and brackets go, and so does the country code (+86, 0086, or a bare 86 before 11 digits).
 * Nothing is added: a number typed one digit short stays short, and is refused.
 */
export function normalisePhone(text: string): string {
  const compact = text.normalize('NFKC').replace(/[\s\-().]/g, '');
  const country = /^(?:\+86|0086)/.exec(compact);
  if (country) return compact.slice(country[0].length);
  return /^861\d{10}$/.test(compact) ? compact.slice(2) : compact;
}

/** True for an 11-digit mainland mobile number (1 then 3-9, nine more digits). */
export function isMobilePhone(text: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalisePhone(text));
}

/** Upper-cases a train or flight number and drops the spaces and dashes (g 1023 → G1023). */
export function normaliseTransportNo(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/**
 * True for a train number (G1023, D3102, K1234, Z38; four digits for the old slow trains) or a
 * flight number (an airline's two-character code, then 1-4 digits: CA1234, 3U8888, MU5101).
 */
export function isTransportNo(text: string): boolean {
  const no = normaliseTransportNo(text);
  return (
    /^[GDCZTKYSL]\d{1,4}$/.test(no) || /^\d{4}$/.test(no) || /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\d{1,4}$/.test(no)
  );
}

/** Upper-cases a plate and drops the separators (粤B·12345, 粤 B 12345). */
export function normalisePlate(text: string): string {
  return text.replace(/[\s·.•-]/g, '').toUpperCase();
}

/** True for a mainland vehicle plate: 7 characters, or 8 for new-energy vehicles. */
export function isPlate(text: string): boolean {
  return PLATE_RE.test(normalisePlate(text));
}

/** Upper-cases the check character X of an ID card's last four. */
export function normaliseIdLast4(text: string): string {
  return text.trim().toUpperCase();
}

/** True for the last four characters of a resident ID card: three digits, then a digit or X. */
export function isIdLast4(text: string): boolean {
  return /^\d{3}[\dX]$/.test(normaliseIdLast4(text));
}

/** Epoch ms of a valid YYYY-MM-DD at 00:00 UTC, or null (rejects 2026-02-30). */
function dayNumber(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

/** The China calendar date (YYYY-MM-DD) at `now`. */
export function chinaDate(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The China date `days` before the one at `now`. */
export function chinaDateDaysAgo(now: number, days: number): string {
  return chinaDate(now - days * DAY_MS);
}

/** The date `days` after a YYYY-MM-DD date (before, when negative); null when it is not a date. */
export function shiftDate(date: string, days: number): string | null {
  const d = dayNumber(date);
  return d === null ? null : new Date(d + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real date. */
export function isDate(date: string): boolean {
  return dayNumber(date) !== null;
}

/** True for a real date from `days` days before today (China) up to today. */
export function isWithinLastDays(date: string, now: number, days: number): boolean {
  const d = dayNumber(date);
  const today = dayNumber(chinaDate(now));
  return d !== null && today !== null && d <= today && d >= today - days * DAY_MS;
}

/** True for a real date that is not after today (China). */
export function isNotFutureDate(date: string, now: number): boolean {
  const d = dayNumber(date);
  const today = dayNumber(chinaDate(now));
  return d !== null && today !== null && d <= today;
}

/** Epoch ms of a `datetime-local` value read as China time, or null when not a real time. */
export function chinaDateTime(text: string): number | null {
  const m = DATETIME_RE.exec(text);
  if (!m) return null;
  const day = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (day === null || hours > 23 || minutes > 59) return null;
  return day + (hours * 60 + minutes) * 60_000 - CHINA_OFFSET_MS;
}

/** The `datetime-local` value (China time) of `now`, for the input's `max`. */
export function chinaDateTimeText(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}
