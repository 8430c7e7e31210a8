/**
 * Gate settings that live in IndexedDB: the policy rules (versioned: every change is a new
 * version, and each check records the version it was decided under) and the volunteer on duty.
 */
import { getSetting, putSetting } from '../db/index.ts';
import { normaliseRules, reviseRules } from '../policy/rules.ts';
import type { PolicyRules } from '../policy/types.ts';
import { rules, volunteer } from './check-state.ts';

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
