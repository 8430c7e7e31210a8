/**
 * Words for the policy's codes: the pure core returns reason codes and a voice cue, and every
 * screen that shows or speaks them (gate, console logs, report, dashboard) words them here,
 * from src/shared/strings.ts, in the current language.
 */

import { type Lang, lang } from '../app/i18n.ts';
import type { MissingCheck, ReasonCode, VerdictKind, VoiceCue } from '../policy/types.ts';
import { t } from './strings.ts';

/** The short words for one reason; `incomplete` names the checks still to do. */
export function reasonText(reason: ReasonCode, missing: readonly MissingCheck[] = []): string {
  const words = t(`reason_${reason}`);
  if (reason !== 'incomplete' || missing.length === 0) return words;
  const checks = missing.map((m) => t(`missing_${m}`)).reduce((a, b) => t('checksJoin', { a, b }));
  return t('reasonWithChecks', { reason: words, checks });
}

/** The words for a reason or flag kind read back from a record; an unknown code shows as stored. */
export function codeText(code: string): string {
  const reason = `reason_${code}`;
  if (t.has(reason)) return t(reason);
  const flag = `flag_${code}`;
  return t.has(flag) ? t(flag) : code;
}

/** The line to speak, in `l` (the UI language unless given): the leading reason (if any) and what the person should do. */
export function voiceText(verdict: VerdictKind, cue: VoiceCue, l: Lang = lang.value): string {
  const end = t.inLang(l, `voiceEnd_${verdict}`);
  if (cue.lead !== null)
    return t.inLang(l, 'voiceReason', { reason: t.inLang(l, `reason_${cue.lead}`), end });
  if (cue.temperatureOk) return t.inLang(l, 'voiceTemperatureOk', { end });
  return t.inLang(l, `voiceAlone_${verdict}`);
}
