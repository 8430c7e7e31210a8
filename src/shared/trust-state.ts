/**
 * The trust bundle in memory: keys imported into WebCrypto once at start-up (and after each
 * import), so every scan verifies against ready CryptoKeys.
 */
import { signal } from '@preact/signals';
import { importTrust } from '../codes/trust-import.ts';
import { emptyTrustStore, type TrustStore } from '../codes/trust-types.ts';
import {
  type ByManager,
  loadTrust,
  type SavedTrust,
  saveTrust,
  saveTrustMaxAge,
  trustMaxAge,
} from '../db/trust.ts';

/** Days after which the gate warns that the trust list should be refreshed. */
export const DEFAULT_TRUST_MAX_AGE_DAYS = 7;
const DAY_MS = 86_400_000;

export const savedTrust = signal<SavedTrust | null>(null);
export const trustStore = signal<TrustStore>(emptyTrustStore());
export const trustMaxAgeDays = signal(DEFAULT_TRUST_MAX_AGE_DAYS);
/** Set once the saved bundle has been read (so "none saved" is known, not merely not loaded yet). */
export const trustLoaded = signal(false);

/** Loads the saved bundle and imports its keys. */
export async function loadTrustState(): Promise<void> {
  const [saved, maxAge] = await Promise.all([loadTrust(), trustMaxAge(DEFAULT_TRUST_MAX_AGE_DAYS)]);
  trustMaxAgeDays.value = maxAge;
  savedTrust.value = saved;
  trustStore.value = saved ? await importTrust(saved.stored) : emptyTrustStore();
  trustLoaded.value = true;
}

/** Stores a parsed bundle (keys checked by importing them first) and makes it current; a manager's import is audited. */
export async function adoptTrust(saved: SavedTrust, by?: ByManager): Promise<void> {
  const store = await importTrust(saved.stored);
  savedTrust.value = await saveTrust(saved, by);
  trustStore.value = store;
  trustLoaded.value = true;
}

/** Sets the age (days) after which the gate warns (a manager's setting, audited). */
export async function setTrustMaxAge(days: number, by: ByManager): Promise<void> {
  await saveTrustMaxAge(days, by);
  trustMaxAgeDays.value = days;
}

/** Whole days since the bundle was imported, or null when there is none. */
export function trustAgeDays(now: number): number | null {
  const saved = savedTrust.value;
  return saved ? Math.floor((now - saved.importedAt) / DAY_MS) : null;
}
