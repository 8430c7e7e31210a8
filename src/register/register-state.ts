/** State of the registration screen: the form being typed, its errors and the kept declaration. */
import { signal } from '@preact/signals';
import { declarationProblems, encodeDeclaration } from '../codes/declaration.ts';
import { type FormErrors, formToFacts } from './form-facts.ts';
import { emptyForm, emptyStop, type RegisterForm, type StopInput } from './form-model.ts';
import { loadSaved, removeSaved, type SavedDeclaration, storeSaved } from './saved.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const initial = (() => {
  const s = storage();
  return s ? loadSaved(s) : null;
})();

/** The form as typed. */
export const form = signal<RegisterForm>(initial?.form ?? emptyForm());
/** Messages per field after a submit (empty until the first one). */
export const errors = signal<FormErrors>({});
/** The declaration on show; null while the form is. */
export const saved = signal<SavedDeclaration | null>(initial);

/** Changes some fields of the form, clearing their messages. */
export function updateForm(patch: Partial<RegisterForm>): void {
  form.value = { ...form.value, ...patch };
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

/** Adds an empty stop at the end. */
export function addStop(): void {
  const next = Math.max(0, ...form.value.itinerary.map((s) => s.key)) + 1;
  updateForm({ itinerary: [...form.value.itinerary, emptyStop(next)] });
}

/** Removes a stop. */
export function removeStop(key: number): void {
  updateForm({ itinerary: form.value.itinerary.filter((s) => s.key !== key) });
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
  if (s) storeSaved(s, next);
  return true;
}

/**
 * Back to the form. Editing starts from the saved answers and keeps the code until a new one
 * replaces it; starting over forgets it, so a shared kiosk does not show the last person's code.
 */
export function leaveDeclaration(keep: boolean): void {
  form.value = keep && saved.value ? saved.value.form : emptyForm();
  errors.value = {};
  saved.value = null;
  const s = storage();
  if (!keep && s) removeSaved(s);
}
