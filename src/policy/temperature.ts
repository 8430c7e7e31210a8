/**
 * Reading a typed temperature. A temperature decides a fever, so nothing the volunteer typed is
 * silently reinterpreted: only plain digits with at most one decimal in 34.0-42.5 °C are taken
 * as they are; anything that had to be mended (a full-width digit, a comma, a stray point, a
 * missing point, a Fahrenheit reading) comes back refused with a suggestion to confirm in one tap.
 */
import { TEMPERATURE_MAX_C, TEMPERATURE_MIN_C } from './types.ts';

export type TemperatureParse =
  | { ok: true; celsius: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'out-of-range'; suggestion: number | null };

/** Body temperatures in °F a thermometer set to Fahrenheit would show (= 34.0-42.5 °C). */
const FAHRENHEIT_MIN = 93.2;
const FAHRENHEIT_MAX = 108.5;

const PLAIN = /^\d{1,3}(?:\.\d)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const UNIT = /\s*(?:°\s*C|℃|度|C)$/i;

/** Parses a typed °C reading; never throws, and any ok value is within 34.0-42.5. */
export function parseTemperature(input: string): TemperatureParse {
  const text = typeof input === 'string' ? input.trim().replace(UNIT, '') : '';
  if (text === '') return { ok: false, reason: 'empty', suggestion: null };
  if (PLAIN.test(text)) {
    const celsius = Number(text);
    if (inRange(celsius)) return { ok: true, celsius };
    return { ok: false, reason: 'out-of-range', suggestion: suggestFrom(text) };
  }
  const mended = mend(text);
  if (!NUMBER.test(mended)) return { ok: false, reason: 'not-a-number', suggestion: null };
  if (NUMBER.test(text)) {
    // Well-formed but with too many decimals (3.65, 36.55): a slipped or extra digit.
    const value = Number(text);
    const suggestion = inRange(value) ? round1(value) : suggestFrom(text);
    return { ok: false, reason: inRange(value) ? 'not-a-number' : 'out-of-range', suggestion };
  }
  const value = Number(mended);
  return {
    ok: false,
    reason: 'not-a-number',
    suggestion: inRange(value) ? round1(value) : suggestFrom(mended),
  };
}

/** Full-width digits and points (Chinese input methods), a decimal comma, trailing points. */
function mend(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．，,。·]/g, '.')
    .replace(/\.+$/, '');
}

/** What the volunteer most likely meant: the decimal point after two digits, or °F in °C. */
function suggestFrom(numeric: string): number | null {
  const digits = numeric.replace(/\D/g, '').replace(/^0+/, '');
  if (digits.length >= 3 && digits.length <= 4) {
    const moved = round1(Number(`${digits.slice(0, 2)}.${digits.slice(2)}`));
    if (inRange(moved)) return moved;
  }
  const value = Number(numeric);
  if (value >= FAHRENHEIT_MIN && value <= FAHRENHEIT_MAX) {
    const celsius = round1(((value - 32) * 5) / 9);
    if (inRange(celsius)) return celsius;
  }
  return null;
}

function inRange(celsius: number): boolean {
  return Number.isFinite(celsius) && celsius >= TEMPERATURE_MIN_C && celsius <= TEMPERATURE_MAX_C;
}

/** One decimal, half up on the decimal digits as typed (36.55 -> 36.6, not binary 36.549999…). */
function round1(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}
