/**
 * The shift at this gate: the volunteer on duty and the policy rules the checks are decided by
 * (versioned: every change is a new version, and each check records the version it was decided
 * under). Both live in IndexedDB; the signals hold them for the screen and the check in progress.
 */
import { signal } from '@preact/signals';
import { getSetting, putSetting } from '../db/index.ts';
import { normaliseRules, reviseRules } from '../policy/rules.ts';
import { DEFAULT_RULES, type PolicyRules } from '../policy/types.ts';

/** The rules checks are decided by (the defaults until the stored ones are read). */
export const rules = signal<PolicyRules>(DEFAULT_RULES);
/** The volunteer signed in for the shift ('' when nobody is). */
export const volunteer = signal('');

const isAny = (v: unknown): v is unknown => v !== undefined;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Loads the rules and the volunteer on duty. */
export async function loadGateSettings(): Promise<void> {
  const [stored, onDuty] = await Promise.all([
    getSetting<unknown>('policy', null, isAny),
    getSetting('volunteer', '', isString),
  ]);
  rules.value = normaliseRules(stored);
  volunteer.value = onDuty;
}

/** Saves a change to the rules as a new version. */
export async function changeRules(change: Partial<Omit<PolicyRules, 'version'>>): Promise<void> {
  const next = reviseRules(rules.value, change);
  await putSetting('policy', next);
  rules.value = next;
}

/** Signs a volunteer in for the shift (every record carries the name). */
export async function signIn(name: string): Promise<void> {
  const trimmed = name.trim();
  await putSetting('volunteer', trimmed);
  await putSetting('shiftStart', Date.now());
  volunteer.value = trimmed;
}
