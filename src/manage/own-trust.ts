/**
 * The estate's own public key as a trust bundle: what other tablets import, and what this tablet
 * adds to its own trust store at once (beside whatever bundle was imported before).
 */
import { parseTrustBundle, summarise } from '../codes/trust.ts';
import type { StoredTrust } from '../codes/trust-stored.ts';
import type { EstateKeyRecord } from '../db/estate.ts';
import type { SavedTrust } from '../db/trust.ts';

/** The CONTRACTS §1 bundle naming this estate, its public key and its revoked pass ids. */
export function estateBundle(key: EstateKeyRecord, revoked: readonly string[]) {
  return {
    version: 1 as const,
    estate: [
      {
        estateId: key.estateId,
        name: key.name,
        publicKeyJwk: key.publicKeyJwk,
        revoked: [...revoked].sort(),
      },
    ],
  };
}

/** The saved trust with this estate's entry replacing any entry of the same estate or key. */
export async function withOwnEstate(
  key: EstateKeyRecord,
  revoked: readonly string[],
  saved: SavedTrust | null,
  now: number,
): Promise<SavedTrust> {
  // Parsing our own bundle checks it exactly as another tablet will when it imports the file.
  const parsed = await parseTrustBundle(JSON.stringify(estateBundle(key, revoked)));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const own = parsed.stored.estate;
  const base: StoredTrust = saved?.stored ?? { version: 1, dcc: [], shc: [], nzcp: [], estate: [] };
  const others = base.estate.filter((e) => e.estateId !== key.estateId && e.kid !== key.kid);
  const stored: StoredTrust = { ...base, estate: [...others, ...own] };
  return {
    stored,
    summary: summarise(stored),
    // The import date warns about stale health-pass keys; our own key does not refresh those.
    importedAt: saved?.importedAt ?? now,
    fileName: saved?.fileName ?? `${key.estateId}.json`,
  };
}
