/** State of the registration screen: the form being typed, its errors and the kept declaration. */
import { signal } from '@preact/signals';
import { declarationProblems, encodeDeclaration } from '../codes/declaration.ts';
import {
  forgetPlaces,
  loadDraft,
  loadRecentPlaces,
  rememberPlaces,
  removeDraft,
  storeDraft,
} from './draft.ts';
import { chinaDate, chinaDateDaysAgo, ITINERARY_DAYS, shiftDate } from './field-checks.ts';
import { type FormErrors, formToFacts } from './form-facts.ts';
import { emptyStop, freshForm, type RegionChoice, type RegisterForm, type StopInput } from './form-model.ts';
import { loadSaved, removeSaved, type SavedDeclaration, storeSaved } from './saved.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const kept = (() => {
  const s = storage();
  return {
    saved: s ? loadSaved(s) : null,
    draft: s ? loadDraft(s) : null,
    places: s ? loadRecentPlaces(s) : [],
  };
})();

/** The form as typed: the draft kept on the phone, else a fresh one dated today. */
export const form = signal<RegisterForm>(kept.draft ?? freshForm(chinaDate(Date.now())));
/** Messages per field after a submit (empty until the first one). */
export const errors = signal<FormErrors>({});
/** The declaration on show; null while the form is. */
export const saved = signal<SavedDeclaration | null>(kept.saved);
/** Places of earlier registrations on this phone, newest first. */
export const recentPlaces = signal<readonly RegionChoice[]>(kept.places);

/** Sets the form and keeps it on the phone, so a reload or an app switch loses nothing. */
function setForm(next: RegisterForm): void {
  form.value = next;
  const s = storage();
  if (s) storeDraft(s, next);
}

/** Changes some fields of the form, clearing their messages. */
export function updateForm(patch: Partial<RegisterForm>): void {
  setForm({ ...form.value, ...patch });
  const left = { ...errors.value };
  for (const k of Object.keys(patch)) delete left[k];
  errors.value = left;
}

/** Changes one itinerary stop. */
export function updateStop(key: number, patch: Partial<StopInput>): void {
  updateForm({ itinerary: form.value.itinerary.map((s) => (s.key === key ? { ...s, ...patch } : s)) });
  const left = { ...errors.value };
  for (const k of Object.keys(patch)) delete left[`stop-${key}-${k === 'date' ? 'date' : 'region'}`];
  errors.value = left;
}

/** A date moved by `days`, kept inside the itinerary's 14 days (today at the latest). */
function clampedShift(date: string, days: number, now: number): string {
  const next = shiftDate(date, days);
  if (next === null) return date;
  const first = chinaDateDaysAgo(now, ITINERARY_DAYS);
  const today = chinaDate(now);
  // ISO dates compare as text (Math.min would not).
  if (next < first) return first;
  if (next > today) return today;
  return next;
}

/**
 * Adds a stop at the end. The list goes back in time from where the person is now, so the new
 * stop is dated the day before the last one (one tap on 后一天 when it was the same day).
 */
export function addStop(now: number): void {
  const stops = form.value.itinerary;
  const last = stops[stops.length - 1];
  const next = Math.max(0, ...stops.map((s) => s.key)) + 1;
  const date = last && last.date !== '' ? clampedShift(last.date, -1, now) : '';
  updateForm({ itinerary: [...stops, { ...emptyStop(next), date }] });
}

/** Removes a stop. */
export function removeStop(key: number): void {
  updateForm({ itinerary: form.value.itinerary.filter((s) => s.key !== key) });
}

/** Moves a stop's date a day earlier or later, within the 14 days. */
export function stepStopDate(key: number, days: number, now: number): void {
  const stop = form.value.itinerary.find((s) => s.key === key);
  const from = stop?.date || chinaDate(now);
  updateStop(key, { date: clampedShift(from, days, now) });
}

/** Puts a place in a stop (a recent place, or the one above it). */
export function pickPlace(key: number, place: RegionChoice): void {
  updateStop(key, { province: place.province, city: place.city, region: place.region, label: place.label });
}

/** Checks the form at `now`; on success encodes, keeps and shows the declaration. */
export function submitForm(now: number): boolean {
  const result = formToFacts(form.value, now);
  if (!result.ok) {
    errors.value = result.errors;
    return false;
  }
  // The form's checks are stricter than the gate's; this only guards against the two drifting.
  if (declarationProblems(result.facts).length > 0) {
    errors.value = { form: 'registerQrFailed' };
    return false;
  }
  const next: SavedDeclaration = { text: encodeDeclaration(result.facts), form: form.value, createdAt: now };
  errors.value = {};
  saved.value = next;
  const s = storage();
  if (s) {
    storeSaved(s, next);
    removeDraft(s);
    rememberPlaces(s, form.value.itinerary);
    recentPlaces.value = loadRecentPlaces(s);
  }
  return true;
}

/**
 * Back to the form. Editing starts from the answers being edited (or the saved ones) and keeps
 * the code until a new one replaces it; starting over (asked first) forgets the code, the
 * answers and the recent places, so a shared phone does not show the last person's.
 */
export function leaveDeclaration(keep: boolean): void {
  const s = storage();
  const draft = s ? loadDraft(s) : null;
  errors.value = {};
  if (keep && saved.value) {
    setForm(draft ?? saved.value.form);
  } else {
    if (s) {
      removeSaved(s);
      forgetPlaces(s);
    }
    recentPlaces.value = [];
    setForm(freshForm(chinaDate(Date.now())));
  }
  saved.value = null;
}
