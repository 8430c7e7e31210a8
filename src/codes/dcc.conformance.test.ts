/**
 * The official EU DCC test data (dgc-testdata): every case, read at its validation clock with a
 * key built from its own signer certificate, against every expected flag we can observe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dccCasePaths, readDccCase, readDccValueSetFiles } from '../../tests/dcc-testdata.ts';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';
import { isObject } from './bytes.ts';
import { readDcc } from './dcc.ts';
import { dccHolder } from './dcc-facts.ts';
import knownIssues from './dcc-known-issues.json';
import { checkDccPayload } from './dcc-schema.ts';
import { type DccKey, extractDccKey, importDccKey } from './dcc-trust.ts';
import { type DccValueSets, loadDccValueSets } from './dcc-valuesets.ts';
import type { ScanResult } from './types.ts';

/** Known issues: `case path#FLAG`, `country folder/#FLAG` or `case path` (every flag) → reason. */
const KNOWN: Record<string, string> = knownIssues;

/** A VALIDATIONCLOCK as epoch ms: no zone means UTC; `+0200` and microseconds are accepted. */
export function parseClock(text: string): number {
  let t = text
    .trim()
    .replace(/([+-]\d\d)(\d\d)$/, '$1:$2')
    .replace(/(\.\d{3})\d+/, '$1');
  if (!/(Z|[+-]\d\d:\d\d)$/.test(t)) t += 'Z';
  return Date.parse(t);
}

type Case = {
  PREFIX?: string;
  JSON?: unknown;
  TESTCTX?: Record<string, unknown>;
  EXPECTEDRESULTS?: Record<string, boolean>;
};

/** What our result says about each flag, or undefined for a flag this suite does not observe. */
function observed(flag: string, r: ScanResult, c: Case): boolean | undefined {
  const has = (code: ScanResult['errors'][number]) => r.errors.includes(code);
  switch (flag) {
    case 'EXPECTEDUNPREFIX':
      return !has('prefix');
    case 'EXPECTEDB45DECODE':
      return !has('prefix') && !has('encoding');
    case 'EXPECTEDCOMPRESSION':
      return !has('prefix') && !has('encoding') && !has('compression');
    case 'EXPECTEDDECODE':
      return r.decoded;
    case 'EXPECTEDVERIFY':
      return r.signature === 'valid';
    case 'EXPECTEDSCHEMAVALIDATION':
      return r.decoded && !has('schema');
    case 'EXPECTEDKEYUSAGE':
      return r.signature === 'valid' && !has('key-usage');
    case 'EXPECTEDEXPIRATIONCHECK':
      return r.validity === 'valid';
    case 'EXPECTEDVALIDJSON':
      // The whole chain decodes and names the same person as the case's JSON.
      return (
        r.decoded && (c.JSON === undefined || JSON.stringify(r.holder) === JSON.stringify(dccHolder(c.JSON)))
      );
    case 'EXPECTEDVALIDOBJECT':
      return checkDccPayload(c.JSON).problems.length === 0;
    default:
      // EXPECTEDPICTUREDECODE (image decoding is the scanner's job) and EXPECTEDENCODE (issuing).
      return undefined;
  }
}

/** The known-issues key that excuses this flag of this case, if any. */
function knownIssueFor(path: string, flag: string): string | undefined {
  const folder = `${path.split('/')[0]}/`;
  return [`${path}#${flag}`, `${folder}#${flag}`, path].find((k) => KNOWN[k] !== undefined);
}

async function runCase(path: string, valueSets: DccValueSets) {
  const c = readDccCase(path) as Case;
  const ctx = isObject(c.TESTCTX) ? c.TESTCTX : {};
  const keys: DccKey[] = [];
  if (typeof ctx.CERTIFICATE === 'string')
    keys.push(await importDccKey(await extractDccKey({ certificate: ctx.CERTIFICATE })));
  const now = typeof ctx.VALIDATIONCLOCK === 'string' ? parseClock(ctx.VALIDATIONCLOCK) : Date.now();
  const r = await readDcc(c.PREFIX ?? '', keys, now, 'hash', { valueSets });
  const mismatches: string[] = [];
  const excused: string[] = [];
  for (const [flag, want] of Object.entries(c.EXPECTEDRESULTS ?? {})) {
    const got = observed(flag, r, c);
    if (got === undefined || got === want) continue;
    const entry = knownIssueFor(path, flag);
    if (entry) excused.push(entry);
    else mismatches.push(`${flag}: expected ${want}, got ${got}`);
  }
  return { r, mismatches, excused };
}

const paths = dccCasePaths();

describe.skipIf(!sharedTestdata)(
  sharedTestdata ? 'DCC conformance (dgc-testdata)' : `DCC conformance: ${NO_SHARED_NOTE}`,
  () => {
    let valueSets: DccValueSets;
    const used = new Set<string>();
    beforeAll(() => {
      valueSets = loadDccValueSets(readDccValueSetFiles());
    });

    it('finds the cases', () => {
      expect(paths.length).toBeGreaterThan(400);
    });

    for (const path of paths) {
      it(path, async () => {
        const { r, mismatches, excused } = await runCase(path, valueSets);
        for (const e of excused) used.add(e);
        expect(mismatches, `${mismatches.join(', ')} | ${r.details.messages.join('; ')}`).toEqual([]);
      });
    }

    it('lists no known issue that no longer occurs', () => {
      expect(Object.keys(KNOWN).filter((k) => !used.has(k))).toEqual([]);
    });
  },
);
