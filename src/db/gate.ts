/**
 * The gate this tablet stands at (东门, 北门车行道). Every passage, flag and shift carries it, so
 * two tablets must not share one: it is named at setup on the device screen, audited, and never
 * taken from a backup (backup.ts `keptOnRestore`).
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';

/** Longest gate name: it shows in every log row and the dashboard's legend. */
export const MAX_GATE_NAME = 20;

/** This tablet's gate name, or null before it has been named. */
export async function gateName(): Promise<string | null> {
  return (await getSetting('gateName')) ?? null;
}

/** Names (or renames) this tablet's gate as `who`, with its audit entry; false for an empty or too long name. */
export async function nameGate(name: string, who: string, now: number): Promise<boolean> {
  const next = name.trim();
  if (next === '' || next.length > MAX_GATE_NAME) return false;
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    const before = await gateName();
    if (before === next) return;
    await setSetting('gateName', next);
    await audit('gate-name', who, `${before ?? '—'} → ${next}`, now);
  });
  return true;
}
