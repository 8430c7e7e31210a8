/**
 * DCC value sets (eHealth Network JSON: `{ valueSetId, valueSetValues: { code: {...} } }`). The
 * caller passes the JSON in (bundled file, trust import or test data); this module reads no files.
 */

/** Known codes per value set; a set left null was not supplied and is not checked. */
export interface DccValueSets {
  /** RAT devices (`t.ma`). */
  testDevices: Set<string> | null;
  /** Vaccine products (`v.mp`). */
  vaccineProducts: Set<string> | null;
  /** Vaccine marketing authorisation holders / makers (`v.ma`). */
  vaccineMakers: Set<string> | null;
  /** Countries (`co`). */
  countries: Set<string> | null;
}

const IDS: Record<string, keyof DccValueSets> = {
  'covid-19-lab-test-manufacturer-and-name': 'testDevices',
  'vaccines-covid-19-names': 'vaccineProducts',
  'vaccines-covid-19-auth-holders': 'vaccineMakers',
  'country-2-codes': 'countries',
};

/** Builds value sets from parsed JSON files (keyed by any name); files of other sets are ignored. */
export function loadDccValueSets(jsonByName: Record<string, unknown>): DccValueSets {
  const sets: DccValueSets = {
    testDevices: null,
    vaccineProducts: null,
    vaccineMakers: null,
    countries: null,
  };
  for (const json of Object.values(jsonByName)) {
    if (typeof json !== 'object' || json === null) continue;
    const { valueSetId, valueSetValues } = json as { valueSetId?: unknown; valueSetValues?: unknown };
    const slot = typeof valueSetId === 'string' ? IDS[valueSetId] : undefined;
    if (!slot || typeof valueSetValues !== 'object' || valueSetValues === null) continue;
    // Several files may feed one set (the gateway list and its example file): take the union.
    const set = sets[slot] ?? new Set<string>();
    for (const code of Object.keys(valueSetValues)) set.add(code);
    sets[slot] = set;
  }
  return sets;
}
