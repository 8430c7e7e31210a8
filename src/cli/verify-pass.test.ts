import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';
import { encodeDeclaration } from '../codes/declaration.ts';
import { generateEstateKey, issueEstatePass } from '../codes/estate-pass.ts';
import type { EstatePassFacts } from '../codes/types.ts';
import { parseArgs, parseNow } from './verify-pass-args.ts';

const dir = mkdtempSync(join(tmpdir(), 'verify-pass-'));
const CONTRACT_KEYS = ['format', 'decoded', 'signature', 'validity', 'certificateType', 'holder', 'errors'];

function run(args: string[], input = '') {
  const r = spawnSync('npx', ['tsx', 'src/cli/verify-pass.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout.split('\n').filter(Boolean);
  return {
    code: r.status,
    stderr: r.stderr,
    rows: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('verify-pass --now and arguments', () => {
  it('reads ISO-8601 with or without a zone (none = UTC)', () => {
    expect(parseNow('2026-01-02T03:04:05')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(parseNow('2026-01-02')).toBe(Date.UTC(2026, 0, 2));
    expect(parseNow('2026-01-02T03:04:05+08:00')).toBe(Date.UTC(2026, 0, 1, 19, 4, 5));
    expect(parseNow('2026-01-02T03:04Z')).toBe(Date.UTC(2026, 0, 2, 3, 4));
    expect(parseNow('yesterday')).toBeNull();
    expect(parseNow('2026-13-45')).toBeNull();
  });
  it('accepts --flag value and --flag=value, and rejects the rest', () => {
    expect(parseArgs(['--', '--trust', 'b.json'], () => 5)).toEqual({
      ok: true,
      trustPath: 'b.json',
      now: 5,
    });
    expect(parseArgs(['--trust=b.json', '--now=2026-01-01'], () => 5)).toMatchObject({
      ok: true,
      now: Date.UTC(2026, 0, 1),
    });
    expect(parseArgs([], () => 5).ok).toBe(false);
    expect(parseArgs(['--trust'], () => 5).ok).toBe(false);
    expect(parseArgs(['--trust', 'b', '--verbose'], () => 5).ok).toBe(false);
  });
});

describe('verify-pass CLI (spawned)', () => {
  const NOW = '2026-11-23T08:00:00';
  const at = Date.UTC(2026, 10, 23, 8);
  let bundlePath: string;
  let pass: string;
  beforeAll(async () => {
    const key = await generateEstateKey();
    bundlePath = writeJson('bundle.json', {
      version: 1,
      estate: [{ estateId: 'hy01', name: 'Test', publicKeyJwk: key.publicKeyJwk, revoked: ['gone'] }],
    });
    const fields: EstatePassFacts = {
      passId: 'p1',
      personId: 'r1',
      estateId: 'hy01',
      kind: 'resident',
      displayName: '张*三',
      building: '7',
      unit: '2',
      room: '1503',
      validFrom: at - 86_400_000,
      validUntil: at + 86_400_000,
    };
    pass = await issueEstatePass(fields, key.privateKey, key.kid);
  });

  it('writes one contract object per line, in order, and exits 0 for invalid passes', () => {
    const declaration = encodeDeclaration({
      version: 1,
      kind: 'courier',
      name: '王小明',
      phone: '13800138000',
      idLast4: null,
      company: '顺丰',
      plate: null,
      host: null,
      purpose: null,
      returnee: null,
      itinerary: [],
      reportedColour: 'green',
      lastTestAt: null,
      createdAt: at - 60_000,
    });
    const input = [pass, 'https://example.cn/hc?x=1', declaration, pass.slice(0, 50), '', 'shc:/1/2/56'].join(
      '\n',
    );
    const { code, rows } = run(['--trust', bundlePath, '--now', NOW], `${input}\n`);
    expect(code).toBe(0);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(Object.keys(row)).toEqual(CONTRACT_KEYS);
    expect(rows[0]).toEqual({
      format: 'estate-pass',
      decoded: true,
      signature: 'valid',
      validity: 'valid',
      certificateType: 'estate-pass',
      holder: { name: '张*三', dob: null },
      errors: [],
    });
    expect(rows[1]).toMatchObject({ format: 'opaque', decoded: false, signature: 'not-checked', errors: [] });
    expect(rows[2]).toMatchObject({ format: 'declaration', decoded: true, signature: 'unsigned' });
    expect(rows[3]).toMatchObject({ format: 'estate-pass', decoded: false });
    expect(rows[4]).toMatchObject({ format: 'opaque' });
    expect(rows[5]).toMatchObject({ format: 'shc', decoded: false, errors: ['chunk'] });
    const later = run(['--trust', bundlePath, '--now', '2026-11-25T08:00:01Z'], pass);
    expect(later.rows[0]).toMatchObject({ validity: 'expired', errors: ['expired'] });
  });
  it('exits 2 for unusable arguments or bundles, writing nothing to stdout', () => {
    const broken = writeJson('broken.json', '{"version":1,"estate":[{"estateId":"x"}]}');
    for (const args of [
      [],
      ['--trust', join(dir, 'missing.json')],
      ['--trust', bundlePath, '--now', 'soon'],
      ['--trust', broken],
    ]) {
      const r = run(args, pass);
      expect(r.code).toBe(2);
      expect(r.rows).toEqual([]);
      expect(r.stderr).toMatch(/verify-pass:/);
    }
  });
});

describe.skipIf(!sharedTestdata)(
  `verify-pass over the shared examples ${sharedTestdata ? '' : NO_SHARED_NOTE}`,
  () => {
    it('verifies the SHC (single and chunked, revoked) and NZCP examples', () => {
      const base = join(sharedTestdata ?? '', 'health-passes');
      const read = (...p: string[]) => readFileSync(join(base, ...p), 'utf8').trim();
      const wk = 'shc/examples/issuer/.well-known';
      const bundlePath = writeJson('shared.json', {
        version: 1,
        shc: [
          {
            iss: 'https://spec.smarthealth.cards/examples/issuer',
            jwks: JSON.parse(read(wk, 'jwks.json')),
            crls: [JSON.parse(read(wk, 'crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json'))],
          },
        ],
        nzcp: [
          { iss: 'did:web:nzcp.covid19.health.nz', didDocument: JSON.parse(read('nzcp/valid/did.json')) },
        ],
      });
      const shc = (n: string, i = 0) => read('shc/examples', `example-${n}-f-qr-code-numeric-value-${i}.txt`);
      const input = [
        shc('00'),
        [0, 1, 2].map((i) => shc('02', i)).join(' '),
        shc('03'),
        read('nzcp/valid/nzcp.txt'),
      ];
      const { code, rows } = run(['--trust', bundlePath, '--now', '2023-07-01'], `${input.join('\n')}\n`);
      expect(code).toBe(0);
      expect(rows.map((r) => [r.format, r.signature, r.validity, r.errors])).toEqual([
        ['shc', 'valid', 'valid', []],
        ['shc', 'valid', 'valid', []],
        ['shc', 'valid', 'valid', ['revoked']],
        ['nzcp', 'valid', 'valid', []],
      ]);
    });
  },
);
