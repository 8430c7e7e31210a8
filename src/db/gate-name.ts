/**
 * This tablet's gate name (西门, 东门 …): every passage it records carries it as `gateId`, so
 * two tablets of one estate are told apart in the log. Named once at setup on the gate; after
 * that only the console renames it (behind the PIN). Both are audited. Never taken from a
 * backup (backup.ts keptOnRestore): a restored file is another tablet's, at another gate.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';

/** What a tablet records as before it is named (and what every tablet recorded before names). */
export const DEFAULT_GATE_ID = 'gate-1';
/** The longest gate name: it is shown in the gate's bar and in every log row. */
export const GATE_NAME_MAX = 20;

/** The name as stored (trimmed, inner spaces single), or null when it is empty or too long. */
export function cleanGateName(name: string): string | null {
  const n = name.trim().replace(/\s+/g, ' ');
  return n.length > 0 && n.length <= GATE_NAME_MAX ? n : null;
}

/** This tablet's gate name, or null while it has none. */
export async function gateName(): Promise<string | null> {
  return (await getSetting('gateName')) ?? null;
}

/**
 * Names the gate as `who` (the volunteer at setup, the manager in the console), audited in the
 * same transaction. `firstOnly` (the gate's own setup step) refuses once the gate has a name.
 */
export async function saveGateName(
  name: string,
  who: string,
  now: number,
  firstOnly = false,
): Promise<string> {
  const clean = cleanGateName(name);
  if (clean === null) throw new Error(`a gate name is 1 to ${GATE_NAME_MAX} characters`);
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    const before = await gateName();
    if (firstOnly && before !== null) throw new Error('this gate is named already');
    if (before === clean) return;
    await setSetting('gateName', clean);
    await audit('setting', who, `gateName=${clean}${before ? ` (was ${before})` : ''}`, now);
  });
  return clean;
}
