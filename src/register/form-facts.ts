/**
 * Registration form → `DeclarationFacts`: every problem found at once, each tied to its field,
 * and facts only when there is none (nothing is encoded half).
 */
import { DECLARATION_VERSION } from '../codes/declaration-schema.ts';
import type { DeclarationFacts } from '../codes/types.ts';
import {
  chinaDateTime,
  ITINERARY_DAYS,
  isDate,
  isIdLast4,
  isMobilePhone,
  isNotFutureDate,
  isPlate,
  isTransportNo,
  isWithinLastDays,
  normaliseIdLast4,
  normalisePhone,
  normalisePlate,
  normaliseTransportNo,
} from './field-checks.ts';
import {
  COMPANIES,
  NUMBERED_TRANSPORTS,
  OTHER_COMPANY,
  type RegisterForm,
  TRANSPORTS,
} from './form-model.ts';
import type { StringKey } from './strings.ts';

/** Field name (or `stop-<key>-region` / `stop-<key>-date`) → message key. */
export type FormErrors = Record<string, StringKey>;

export type FormResult = { ok: true; facts: DeclarationFacts } | { ok: false; errors: FormErrors };

/** Allows a test time a few minutes ahead: phones' clocks drift. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_NAME = 30;
const MAX_ADDRESS_PART = 10;
const MAX_TEXT = 100;
/** Stops one form takes (the QR stays small enough to scan off a phone screen). */
export const MAX_STOPS = 30;

/** Checks a required free-text field; returns the trimmed text or records the error. */
function required(errors: FormErrors, field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') errors[field] = 'registerErrRequired';
  else if (text.length > max)
    errors[field] = max === MAX_ADDRESS_PART ? 'registerErrTooLongShort' : 'registerErrTooLong';
  return text;
}

function household(f: RegisterForm, errors: FormErrors): NonNullable<DeclarationFacts['host']> {
  const building = required(errors, 'building', f.building, MAX_ADDRESS_PART);
  const room = required(errors, 'room', f.room, MAX_ADDRESS_PART);
  const unit = f.unit.trim();
  if (unit.length > MAX_ADDRESS_PART) errors.unit = 'registerErrTooLongShort';
  return { building, unit: unit === '' ? null : unit, room };
}

function company(f: RegisterForm, errors: FormErrors): string {
  if (!(COMPANIES as readonly string[]).includes(f.company) && f.company !== OTHER_COMPANY) {
    errors.company = 'registerErrChoose';
  }
  if (f.company !== OTHER_COMPANY) return f.company;
  return required(errors, 'companyOther', f.companyOther, MAX_NAME);
}

function itinerary(f: RegisterForm, now: number, errors: FormErrors): DeclarationFacts['itinerary'] {
  if (f.itinerary.length === 0) errors.itinerary = 'registerErrItinerary';
  else if (f.itinerary.length > MAX_STOPS) errors.itinerary = 'registerErrTooManyStops';
  return f.itinerary.map((s) => {
    if (!/^\d{6}$/.test(s.region)) errors[`stop-${s.key}-region`] = 'registerErrRegion';
    if (s.date === '') errors[`stop-${s.key}-date`] = 'registerErrRequired';
    else if (!isWithinLastDays(s.date, now, ITINERARY_DAYS))
      errors[`stop-${s.key}-date`] = 'registerErrStopDate';
    return { region: s.region, date: s.date };
  });
}

function lastTestAt(f: RegisterForm, now: number, errors: FormErrors): number | null {
  if (f.lastTest === '') return null;
  const at = chinaDateTime(f.lastTest);
  if (at === null || at <= 0) errors.lastTest = 'registerErrDateTime';
  else if (at > now + CLOCK_SKEW_MS) errors.lastTest = 'registerErrFuture';
  return at;
}

function returnee(
  f: RegisterForm,
  now: number,
  errors: FormErrors,
): NonNullable<DeclarationFacts['returnee']> {
  // A city, or a place that has none (香港, 境外: complete by itself).
  if ((f.from.city === '' && f.from.region === '') || f.from.label === '') errors.from = 'registerErrFrom';
  if (f.arrivedOn === '') errors.arrivedOn = 'registerErrRequired';
  else if (!isDate(f.arrivedOn)) errors.arrivedOn = 'registerErrDate';
  else if (!isNotFutureDate(f.arrivedOn, now)) errors.arrivedOn = 'registerErrFutureDate';
  if (!(TRANSPORTS as readonly string[]).includes(f.transport)) errors.transport = 'registerErrChoose';
  const facts = { from: f.from.label, arrivedOn: f.arrivedOn, transport: f.transport };
  if (!NUMBERED_TRANSPORTS.includes(f.transport)) return facts;
  const transportNo = normaliseTransportNo(f.transportNo);
  if (transportNo === '') errors.transportNo = 'registerErrRequired';
  else if (!isTransportNo(transportNo)) errors.transportNo = 'registerErrTransportNo';
  return { ...facts, transportNo };
}

/** Checks the whole form at `now` and maps it to the facts a declaration QR carries. */
export function formToFacts(f: RegisterForm, now: number): FormResult {
  const errors: FormErrors = {};
  if (f.kind === null) errors.kind = 'registerErrKind';
  const name = required(errors, 'name', f.name, MAX_NAME);
  if (/\d/.test(name)) errors.name = 'registerErrName';
  const phone = normalisePhone(f.phone);
  if (phone === '') errors.phone = 'registerErrRequired';
  else if (!isMobilePhone(phone)) errors.phone = 'registerErrPhone';
  const idLast4 = normaliseIdLast4(f.idLast4);
  if (idLast4 === '') errors.idLast4 = 'registerErrRequired';
  else if (!isIdLast4(idLast4)) errors.idLast4 = 'registerErrIdLast4';
  const plate = normalisePlate(f.plate);
  const facts: DeclarationFacts = {
    version: DECLARATION_VERSION,
    kind: f.kind ?? 'visitor',
    name,
    phone,
    idLast4,
    company: f.kind === 'courier' ? company(f, errors) : null,
    plate: f.kind === 'courier' && plate !== '' ? plate : null,
    // A returnee's home in the estate travels in the household slot, as the gate reads it.
    host: f.kind === 'visitor' || f.kind === 'returnee' ? household(f, errors) : null,
    purpose: f.kind === 'visitor' ? required(errors, 'purpose', f.purpose, MAX_TEXT) : null,
    returnee: f.kind === 'returnee' ? returnee(f, now, errors) : null,
    itinerary: itinerary(f, now, errors),
    reportedColour: f.colour,
    lastTestAt: lastTestAt(f, now, errors),
    createdAt: now,
  };
  if (facts.plate !== null && !isPlate(facts.plate)) errors.plate = 'registerErrPlate';
  if (f.colour === null) errors.colour = 'registerErrColour';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, facts };
}
