/**
 * The declaration kept on the person's own phone (localStorage: it is their device, and the
 * code must show again offline), with the form it came from so "edit" starts from it.
 */
import { emptyForm, type RegisterForm } from './form-model.ts';

const KEY = 'register.declaration.v1';

export interface SavedDeclaration {
  /** The QR text (GD1:...). */
  text: string;
  form: RegisterForm;
  createdAt: number;
}

function isSaved(v: unknown): v is SavedDeclaration {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.text === 'string' &&
    s.text.startsWith('GD') &&
    typeof s.createdAt === 'number' &&
    typeof s.form === 'object' &&
    s.form !== null
  );
}

/** Reads the saved declaration; null when there is none or it is unreadable. */
export function loadSaved(storage: Pick<Storage, 'getItem'>): SavedDeclaration | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (!isSaved(parsed)) return null;
    // Fill fields a future or older form may lack, so the form never reads `undefined`.
    return { ...parsed, form: { ...emptyForm(), ...parsed.form } };
  } catch {
    return null;
  }
}

/** Keeps the declaration; false when the phone refuses (private mode, full storage). */
export function storeSaved(storage: Pick<Storage, 'setItem'>, saved: SavedDeclaration): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the declaration (starting over, e.g. the next person at a shared kiosk). */
export function removeSaved(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Storage refused: the code stays, which is no worse than before.
  }
}
