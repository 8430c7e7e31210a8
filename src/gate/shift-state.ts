/**
 * The shift at this gate: the volunteer on duty and the policy rules the checks are decided by
 * (versioned: each check records the version it was decided under; only the console changes
 * them, see db/policy.ts). Both live in IndexedDB; the signals hold them for the screen and the
 * check in progress.
 */
import { signal } from '@preact/signals';
import { loadPolicy } from '../db/policy.ts';
import { getSetting, saveVolunteer } from '../db/settings.ts';
import { DEFAULT_RULES, type PolicyRules } from '../policy/types.ts';

/** The rules checks are decided by (the defaults until the stored ones are read). */
export const rules = signal<PolicyRules>(DEFAULT_RULES);
/** The volunteer signed in for the shift ('' when nobody is). */
export const volunteer = signal('');

/** Loads the rules and the volunteer on duty. */
export async function loadGateSettings(): Promise<void> {
  const [policy, onDuty] = await Promise.all([loadPolicy(), getSetting('volunteer')]);
  rules.value = policy;
  volunteer.value = onDuty ?? '';
}

/** Signs a volunteer in for the shift (every record carries the name). */
export async function signIn(name: string): Promise<void> {
  const trimmed = name.trim();
  await saveVolunteer(trimmed, Date.now());
  volunteer.value = trimmed;
}
