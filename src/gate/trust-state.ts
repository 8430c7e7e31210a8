/**
 * The trust bundle in memory: keys imported into WebCrypto once at start-up (and after each
 * import), so every scan verifies against ready CryptoKeys.
 */
import { signal } from '@preact/signals';
import { importTrust } from '../codes/trust-import.ts';
import { emptyTrustStore, type TrustStore } from '../codes/trust-types.ts';
import { getSetting, putSetting } from '../db/index.ts';
import { loadTrust, type SavedTrust, saveTrust } from '../db/trust.ts';

/** Days after which the gate warns that the trust list should be refreshed. */
export const DEFAULT_TRUST_MAX_AGE_DAYS = 7;
const DAY_MS = 86_400_000;

export const savedTrust = signal<SavedTrust | null>(null);
export const trustStore = signal<TrustStore>(emptyTrustStore());
export const trustMaxAgeDays = signal(DEFAULT_TRUST_MAX_AGE_DAYS);

const isPositive = (v: unknown): v is number => typeof v === 'number' && v > 0;

/** Loads the saved bundle and imports its keys. */
export async function loadTrustState(): Promise<void> {
  const [saved, maxAge] = await Promise.all([
    loadTrust(),
    getSetting('trustMaxAgeDays', DEFAULT_TRUST_MAX_AGE_DAYS, isPositive),
  ]);
  trustMaxAgeDays.value = maxAge;
  savedTrust.value = saved;
  trustStore.value = saved ? await importTrust(saved.stored) : emptyTrustStore();
}

/** Stores a parsed bundle (keys checked by importing them first) and makes it current. */
export async function adoptTrust(saved: SavedTrust): Promise<void> {
  const store = await importTrust(saved.stored);
  await saveTrust(saved);
  savedTrust.value = saved;
  trustStore.value = store;
}

/** Sets the age (days) after which the gate warns. */
export async function setTrustMaxAge(days: number): Promise<void> {
  trustMaxAgeDays.value = days;
  await putSetting('trustMaxAgeDays', days);
}

/** Whole days since the bundle was imported, or null when there is none. */
export function trustAgeDays(now: number): number | null {
  const saved = savedTrust.value;
  return saved ? Math.floor((now - saved.importedAt) / DAY_MS) : null;
}
