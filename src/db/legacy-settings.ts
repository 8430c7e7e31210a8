/**
 * Records that schema v2 kept in the settings table under key prefixes (`audit:<id>`,
 * `estateCard:<passId>`, `estateRevoked:<passId>`) and that have had their own tables since v3.
 * One reading of them, for the v3 upgrade (schema.ts) and for restoring an older backup file
 * (backup.ts). Writes nothing itself.
 */
import type { AuditEntry, IssuedCard, Revocation, Setting } from './types.ts';

/** The settings key prefix of each record kind v2 kept in settings. */
export const LEGACY_PREFIX = {
  audit: 'audit:',
  issuedCards: 'estateCard:',
  revocations: 'estateRevoked:',
} as const;

/** True for a settings key that held a v2 record (it is never a setting of its own). */
export function isLegacyRecordKey(key: string): boolean {
  return Object.values(LEGACY_PREFIX).some((prefix) => key.startsWith(prefix));
}

const keyed = (v: unknown, field: string): boolean =>
  typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[field] === 'string';

/** Settings rows split into the records they held and the settings proper. */
export interface SplitSettings {
  settings: Setting[];
  audit: AuditEntry[];
  issuedCards: IssuedCard[];
  revocations: Revocation[];
  /** The keys of the rows moved out (a record whose value lacks its key stays a setting). */
  moved: string[];
}

/** Splits v2 settings rows: prefixed rows whose value carries its key become records. */
export function splitLegacySettings(rows: readonly Setting[]): SplitSettings {
  const out: SplitSettings = { settings: [], audit: [], issuedCards: [], revocations: [], moved: [] };
  for (const row of rows) {
    const v = row.value;
    if (row.key.startsWith(LEGACY_PREFIX.audit) && keyed(v, 'id')) out.audit.push(v as AuditEntry);
    else if (row.key.startsWith(LEGACY_PREFIX.issuedCards) && keyed(v, 'passId'))
      out.issuedCards.push(v as IssuedCard);
    else if (row.key.startsWith(LEGACY_PREFIX.revocations) && keyed(v, 'passId'))
      out.revocations.push(v as Revocation);
    else {
      out.settings.push(row);
      continue;
    }
    out.moved.push(row.key);
  }
  return out;
}
