/**
 * Trust bundle import (CONTRACTS §1): all or nothing. Every problem is reported with its place in
 * the file; DCC keys are taken out of their certificates here, once, never at scan time.
 */
import { isObject, type JsonObject, parseJson } from './bytes.ts';
import { extractDccKey } from './dcc-trust.ts';
import { loadDccValueSets } from './dcc-valuesets.ts';
import { estateEntry, nzcpEntry, type Problems, shcEntry } from './trust-entries.ts';
import type { StoredDccValueSets, StoredTrust, TrustSummaryRow } from './trust-stored.ts';

export { importTrust } from './trust-import.ts';
export { emptyTrust, emptyTrustStore, type TrustStore } from './trust-types.ts';

export type TrustParseResult =
  | {
      ok: true;
      stored: StoredTrust /** Same object as `stored`. */;
      bundle: StoredTrust;
      summary: TrustSummaryRow[];
    }
  | { ok: false; errors: string[] };

/** The entries of an optional list section; a problem noted for anything that is not a list of objects. */
function section(root: JsonObject, name: string, problems: Problems): JsonObject[] {
  const v = root[name];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push(`${name}: must be a list`);
    return [];
  }
  const out: JsonObject[] = [];
  for (const [i, e] of v.entries()) {
    if (isObject(e)) out.push(e);
    else problems.push(`${name}[${i}]: must be an object`);
  }
  return out;
}

/**
 * The optional `valueSets` section (an extension of the bundle): the eHealth Network value-set
 * files keyed by any name, e.g. `{ "test-manf": { "valueSetId": ..., "valueSetValues": {...} } }`.
 */
function dccValueSetsOf(v: unknown, problems: Problems): StoredDccValueSets | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) {
    problems.push('valueSets: must be an object of value-set files');
    return null;
  }
  const sets = loadDccValueSets(v);
  const list = (s: Set<string> | null) => (s ? [...s] : null);
  const stored = {
    testDevices: list(sets.testDevices),
    vaccineProducts: list(sets.vaccineProducts),
    vaccineMakers: list(sets.vaccineMakers),
    countries: list(sets.countries),
  };
  if (Object.values(stored).every((x) => x === null)) {
    problems.push('valueSets: no known EU DCC value set (valueSetId) found');
    return null;
  }
  return stored;
}

/** Parses and checks a trust bundle's JSON text into its storable form and a per-issuer summary. */
export async function parseTrustBundle(jsonText: string): Promise<TrustParseResult> {
  const root = parseJson(jsonText);
  if (!isObject(root))
    return { ok: false, errors: ['the file is not a JSON object (is it a trust bundle?)'] };
  const problems: Problems = [];
  if (root.version !== 1)
    problems.push(`version: must be 1 (found ${JSON.stringify(root.version) ?? 'none'})`);
  const stored: StoredTrust = { version: 1, dcc: [], shc: [], nzcp: [], estate: [] };
  for (const [i, e] of section(root, 'dcc', problems).entries()) {
    if (typeof e.certificate !== 'string' || (e.kid !== undefined && typeof e.kid !== 'string')) {
      problems.push(`dcc[${i}]: needs "certificate" (base64 DER) and an optional string "kid"`);
      continue;
    }
    try {
      stored.dcc.push(await extractDccKey({ certificate: e.certificate, kid: e.kid as string | undefined }));
    } catch (err) {
      problems.push(`dcc[${i}]: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  for (const [i, e] of section(root, 'shc', problems).entries()) {
    const entry = await shcEntry(e, `shc[${i}]`, problems);
    if (entry) stored.shc.push(entry);
  }
  for (const [i, e] of section(root, 'nzcp', problems).entries()) {
    const entry = await nzcpEntry(e, `nzcp[${i}]`, problems);
    if (entry) stored.nzcp.push(entry);
  }
  for (const [i, e] of section(root, 'estate', problems).entries()) {
    const entry = await estateEntry(e, `estate[${i}]`, problems);
    if (entry) stored.estate.push(entry);
  }
  const valueSets = dccValueSetsOf(root.valueSets, problems);
  if (valueSets) stored.dccValueSets = valueSets;
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, stored, bundle: stored, summary: summarise(stored) };
}

/** One row per format and issuer, with how many keys (and revoked ids) it brought. */
export function summarise(stored: StoredTrust): TrustSummaryRow[] {
  const rows: TrustSummaryRow[] = [];
  if (stored.dcc.length > 0)
    rows.push({ format: 'dcc', issuer: 'EU DCC document signers', keys: stored.dcc.length, revoked: 0 });
  for (const s of stored.shc) {
    const revoked = s.crls.reduce((n, c) => n + c.rids.length, 0);
    rows.push({ format: 'shc', issuer: s.iss, keys: s.keys.length, revoked });
  }
  for (const n of stored.nzcp) rows.push({ format: 'nzcp', issuer: n.iss, keys: n.keys.length, revoked: 0 });
  for (const e of stored.estate) {
    rows.push({
      format: 'estate-pass',
      issuer: `${e.name} (${e.estateId})`,
      keys: 1,
      revoked: e.revoked.length,
    });
  }
  return rows;
}
