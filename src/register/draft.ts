/**
 * What the phone keeps while a person fills the form in (localStorage: their own device; a
 * returnee switches to the itinerary-card app and back, and the browser may reload the page
 * meanwhile), and the places of their earlier registrations, offered again as one-tap choices.
 */
import { emptyForm, type RegionChoice, type RegisterForm } from './form-model.ts';

const DRAFT_KEY = 'register.draft.v1';
const PLACES_KEY = 'register.places.v1';
/** Places offered again: a few, so the row of choices stays one glance. */
const MAX_PLACES = 6;

type Store = Pick<Storage, 'getItem'>;

function read(storage: Store, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(storage: Pick<Storage, 'setItem'>, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(storage: Pick<Storage, 'removeItem'>, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage refused: nothing more to do.
  }
}

/** The form as last typed; null when there is none, nothing was typed, or it is unreadable. */
export function loadDraft(storage: Store): RegisterForm | null {
  const v = read(storage, DRAFT_KEY);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  // Fields an older or newer draft lacks are filled, so the form never reads `undefined`.
  const form = { ...emptyForm(), ...(v as Partial<RegisterForm>) };
  return Array.isArray(form.itinerary) && typeof form.from === 'object' && form.from !== null ? form : null;
}

/** Keeps the form as typed (only once a kind is chosen: before that nothing is asked); false when refused. */
export function storeDraft(storage: Pick<Storage, 'setItem' | 'removeItem'>, form: RegisterForm): boolean {
  if (form.kind === null && form.name === '') {
    remove(storage, DRAFT_KEY);
    return true;
  }
  return write(storage, DRAFT_KEY, form);
}

/** Forgets the form (it became a declaration, or the person started over). */
export function removeDraft(storage: Pick<Storage, 'removeItem'>): void {
  remove(storage, DRAFT_KEY);
}

function isPlace(v: unknown): v is RegionChoice {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.province === 'string' &&
    typeof p.city === 'string' &&
    typeof p.region === 'string' &&
    /^\d{6}$/.test(p.region) &&
    typeof p.label === 'string'
  );
}

/** Places of earlier registrations on this phone, newest first. */
export function loadRecentPlaces(storage: Store): RegionChoice[] {
  const v = read(storage, PLACES_KEY);
  return Array.isArray(v) ? v.filter(isPlace).slice(0, MAX_PLACES) : [];
}

/** Adds the complete places of a sent form (its first stop is the newest) ahead of the earlier ones. */
export function rememberPlaces(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  places: readonly RegionChoice[],
): void {
  const seen = new Set<string>();
  const kept: RegionChoice[] = [];
  for (const p of [...places, ...loadRecentPlaces(storage)]) {
    if (!isPlace(p) || seen.has(p.region)) continue;
    seen.add(p.region);
    kept.push({ province: p.province, city: p.city, region: p.region, label: p.label });
  }
  write(storage, PLACES_KEY, kept.slice(0, MAX_PLACES));
}

/** Forgets the places (starting over: the next person on a shared phone sees none). */
export function forgetPlaces(storage: Pick<Storage, 'removeItem'>): void {
  remove(storage, PLACES_KEY);
}
