/**
 * The declaration's wire form: short keys to keep the QR small, read back into
 * `DeclarationFacts` with every field checked (the text comes from someone's phone, unsigned).
 */
import { isObject, type JsonObject } from './bytes.ts';
import type { DeclarationFacts, HealthCodeColour, ItineraryStop, PersonKind } from './types.ts';

/** Declaration wire version this code writes and reads. */
export const DECLARATION_VERSION = 1;

const KINDS: readonly PersonKind[] = ['resident', 'courier', 'visitor', 'returnee', 'staff'];
const COLOURS: readonly HealthCodeColour[] = ['green', 'yellow', 'red'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 100;
const MAX_STOPS = 60;

/**
 * Facts -> wire object (times in epoch seconds, nested objects as arrays). A returnee's train or
 * flight number travels in its own key `tn`, written only when there is one: the `r` triple
 * stays as gates before the number read it, and a code without one is the same text as before.
 */
export function toWire(f: DeclarationFacts): JsonObject {
  const transportNo = f.returnee?.transportNo;
  return {
    k: f.kind,
    n: f.name,
    p: f.phone,
    i: f.idLast4,
    c: f.company,
    l: f.plate,
    h: f.host ? [f.host.building, f.host.unit, f.host.room] : null,
    u: f.purpose,
    r: f.returnee ? [f.returnee.from, f.returnee.arrivedOn, f.returnee.transport] : null,
    t: f.itinerary.map((s) => [s.region, s.date]),
    o: f.reportedColour,
    x: f.lastTestAt === null ? null : Math.round(f.lastTestAt / 1000),
    a: Math.round(f.createdAt / 1000),
    ...(transportNo === undefined ? {} : { tn: transportNo }),
  };
}

type Problems = string[];

function text(v: unknown, field: string, problems: Problems, nullable = true): string | null {
  if (v === null && nullable) return null;
  if (typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT) return v;
  problems.push(`${field} must be ${nullable ? 'null or ' : ''}a string of 1-${MAX_TEXT} characters`);
  return null;
}

function time(v: unknown, field: string, problems: Problems, nullable: boolean): number | null {
  if (v === null && nullable) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1e11) return v * 1000;
  problems.push(`${field} must be epoch seconds`);
  return null;
}

function date(v: unknown, field: string, problems: Problems): string {
  if (typeof v === 'string' && DATE_RE.test(v)) return v;
  problems.push(`${field} must be YYYY-MM-DD`);
  return '';
}

function tuple(v: unknown, n: number): unknown[] | null {
  return Array.isArray(v) && v.length === n ? v : null;
}

function itinerary(v: unknown, problems: Problems): ItineraryStop[] {
  if (!Array.isArray(v) || v.length > MAX_STOPS) {
    problems.push(`itinerary must be a list of at most ${MAX_STOPS} stops`);
    return [];
  }
  const stops: ItineraryStop[] = [];
  for (const s of v) {
    const [region, date] = tuple(s, 2) ?? [];
    if (
      typeof region === 'string' &&
      /^\d{6}$/.test(region) &&
      typeof date === 'string' &&
      DATE_RE.test(date)
    ) {
      stops.push({ region, date });
    } else problems.push('itinerary stop must be [six-digit region, YYYY-MM-DD]');
  }
  return stops;
}

/** The optional `tn` key: absent or null is no number. */
function transportNo(v: unknown, problems: Problems): { transportNo?: string } {
  if (v === undefined || v === null) return {};
  const no = text(v, 'returnee transportNo', problems, false);
  return no === null ? {} : { transportNo: no };
}

/** Wire object -> facts, or the list of what is wrong with it. */
export function fromWire(
  w: unknown,
): { ok: true; facts: DeclarationFacts } | { ok: false; problems: string[] } {
  if (!isObject(w)) return { ok: false, problems: ['payload is not an object'] };
  const p: Problems = [];
  const kind = KINDS.find((k) => k === w.k);
  if (!kind) p.push(`kind must be one of ${KINDS.join(', ')}`);
  const phone = typeof w.p === 'string' && /^\+?[0-9-]{3,20}$/.test(w.p) ? w.p : null;
  if (!phone) p.push('phone must be 3-20 digits');
  const idLast4 = w.i === null || (typeof w.i === 'string' && /^[0-9Xx]{4}$/.test(w.i)) ? w.i : undefined;
  if (idLast4 === undefined) p.push('idLast4 must be null or four digits/X');
  const h = w.h === null ? null : tuple(w.h, 3);
  if (w.h !== null && !h) p.push('host must be null or [building, unit, room]');
  const r = w.r === null ? null : tuple(w.r, 3);
  if (w.r !== null && !r) p.push('returnee must be null or [from, arrivedOn, transport]');
  const colour = w.o === null ? null : (COLOURS.find((c) => c === w.o) ?? undefined);
  if (colour === undefined) p.push('reported colour must be null, green, yellow or red');
  const facts: DeclarationFacts = {
    version: DECLARATION_VERSION,
    kind: kind ?? 'visitor',
    name: text(w.n, 'name', p, false) ?? '',
    phone: phone ?? '',
    idLast4: idLast4 ?? null,
    company: text(w.c, 'company', p),
    plate: text(w.l, 'plate', p),
    host: h
      ? {
          building: text(h[0], 'host building', p, false) ?? '',
          unit: text(h[1], 'host unit', p),
          room: text(h[2], 'host room', p, false) ?? '',
        }
      : null,
    purpose: text(w.u, 'purpose', p),
    returnee: r
      ? {
          from: text(r[0], 'returnee from', p, false) ?? '',
          arrivedOn: date(r[1], 'returnee arrivedOn', p),
          transport: text(r[2], 'returnee transport', p, false) ?? '',
          ...transportNo(w.tn, p),
        }
      : null,
    itinerary: itinerary(w.t, p),
    reportedColour: colour ?? null,
    lastTestAt: time(w.x, 'lastTestAt', p, true),
    createdAt: time(w.a, 'createdAt', p, false) ?? 0,
  };
  return p.length > 0 ? { ok: false, problems: p } : { ok: true, facts };
}
