/**
 * The imported trust bundle, kept as plain data in settings (public keys already extracted from
 * their certificates at import, so a scan never parses X.509), and the age after which the gate
 * warns it is old. Replaced whole on each import: by a manager in the console (audited in the
 * same transaction) or by the console's own upkeep of the estate's entry (not audited).
 */
import { sha256Hex } from '../codes/hash.ts';
import type { StoredTrust, TrustSummaryRow } from '../codes/trust-stored.ts';
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import { queueListChange, trustKeysText } from './shared-lists.ts';

/** What an import leaves behind: the keys, the summary shown in settings, and when. */
export interface SavedTrust {
  stored: StoredTrust;
  summary: TrustSummaryRow[];
  importedAt: number;
  fileName: string;
}

/** Who replaces the bundle, for the audit trail (absent for the console's own upkeep). */
export interface ByManager {
  who: string;
  now: number;
}

/** A trust list's content (hash of its keys and lists) and when it was first imported. */
export interface TrustSeen {
  hash: string;
  at: number;
}

/** How many earlier lists are remembered for their age. */
const SEEN_KEPT = 50;

/**
 * Replaces the trust bundle; a manager's import is audited in the same transaction. A list
 * imported before (the same keys and lists) keeps the age it had: re-importing an old file does
 * not make it new. Returns the bundle as saved.
 */
export async function saveTrust(trust: SavedTrust, by?: ByManager): Promise<SavedTrust> {
  const d = db();
  const hash = await sha256Hex(JSON.stringify(trust.stored));
  return d.transaction('rw', [d.settings, d.audit, d.outbox], async () => {
    let saved = trust;
    if (by) {
      const seen = (await getSetting('trustSeen')) ?? [];
      const first = seen.find((s) => s.hash === hash);
      if (first && first.at < trust.importedAt) saved = { ...trust, importedAt: first.at };
      if (!first) await setSetting('trustSeen', [...seen, { hash, at: trust.importedAt }].slice(-SEEN_KEPT));
    }
    await setSetting('trust', saved);
    if (by) {
      await audit('trust-import', by.who, `${trust.fileName} ${trustKeysText(trust)}`, by.now);
    }
    // Every device of a connected estate trusts the same keys from its next pull (shared-lists.ts);
    // the console's own upkeep (the estate's own key added) travels too, under no manager's name.
    await queueListChange('trust', { ...saved }, by?.who ?? '', by?.now ?? Date.now());
    return saved;
  });
}

/** Sets the age (days) after which the gate warns that the trust list is old; audited. */
export async function saveTrustMaxAge(days: number, by: ByManager): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('trustMaxAgeDays', days);
    await audit('setting', by.who, `trustMaxAgeDays=${days}`, by.now);
  });
}

/** The imported trust bundle, or null before the first import. */
export async function loadTrust(): Promise<SavedTrust | null> {
  return (await getSetting('trust')) ?? null;
}

/** The age (days) after which the gate warns that the trust list is old, or `fallback`. */
export async function trustMaxAge(fallback: number): Promise<number> {
  return (await getSetting('trustMaxAgeDays')) ?? fallback;
}
