/** The passage export across gates (GET /api/export.csv), on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../policy/csv.ts';
import { BOM } from '../../policy/csv-write.ts';
import { exportWords, formatTime } from '../../policy/passage-export.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { type Check, passages } from '../test/passages.ts';
import { EXPORT_PAGE } from './export-route.ts';

const DAY = 86_400_000;
const day1 = Date.UTC(2026, 11, 5);
const COUNT = 3000;
const VERDICTS = ['pass', 'review', 'deny'] as const;

const check = (volunteer: string, colour: Check['colour']): Check => ({
  temperaturesC: [36.5, 36.6],
  mask: 'ok',
  colour,
  colourSource: 'verified',
  signature: null,
  validity: null,
  personKind: 'resident',
  volunteer,
  policyVersion: 3,
});

describe.each(testDatabases())('the passage export on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = day1 + 2 * DAY;
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let office: TestDevice;
  let gate: TestDevice;
  let otherManager: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    otherManager = await setUpEstate(hub, codes, '和平苑');
    gate = await enrolGate(hub.app, manager, '西门', now);
    office = await enrolDevice(hub.app, manager, { role: 'office' }, now);
    // 3,000 passages of one day, one every 20 s; seq 1 has cells a spreadsheet would run, seq 2
    // was withdrawn at the gate, every 10th has no check (a bare scan record).
    const { records } = passages('tab-1', COUNT, undefined, day1, (seq) => ({
      at: day1 + seq * 20_000,
      gateId: seq === 1 ? '=HYPERLINK("x")' : seq % 2 === 0 ? 'west' : 'east',
      verdict: VERDICTS[seq % 3],
      reasons: seq % 3 === 2 ? ['fever', 'mask-none'] : [],
      ...(seq % 10 === 0 ? {} : { check: check(seq === 1 ? '-1+2,"李"' : '张志愿', 'green') }),
      who: seq % 4 === 0 ? { name: '王*明', place: '3-2-1201' } : null,
      ...(seq === 2 ? { undone: { at: day1 + 41_000, by: '张志愿' } } : {}),
    }));
    for (let i = 0; i < records.length; i += 500) {
      const r = await signedInject(
        hub.app,
        gate,
        'POST',
        '/api/push',
        { records: records.slice(i, i + 500) },
        now,
      );
      expect(r.json().accepted, r.body).toBe(500);
    }
    const theirGate = await enrolGate(hub.app, otherManager, '南门', now);
    const theirs = passages('their-tab', 3, undefined, day1).records;
    await signedInject(hub.app, theirGate, 'POST', '/api/push', { records: theirs }, now);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const get = (d: TestDevice, url: string) => signedInject(hub.app, d, 'GET', url, undefined, now);
  const cells = (text: string) =>
    readCsv(text, { delimiters: [','], trim: false, blankLines: 'keep' }).map((r) => r.cells);

  it('writes every passage of every gate, newest first, as the console writes them, in pages', async () => {
    expect(COUNT).toBeGreaterThan(EXPORT_PAGE);
    const r = await get(office, '/api/export.csv');
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.body.startsWith(BOM)).toBe(true);
    expect(r.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = cells(r.body);
    expect(header).toEqual(exportWords('zh').header);
    expect(header).toContain('出入口');
    // Withdrawn at the gate: in no export.
    expect(rows.length).toBe(COUNT - 1);
    const ids = rows.map((c) => c[13]);
    expect(new Set(ids).size).toBe(COUNT - 1);
    expect(ids).not.toContain('tab-1-p000002');
    expect(ids).toEqual([...ids].sort().reverse());
    const byId = new Map(rows.map((c) => [c[13], c]));
    expect(byId.get('tab-1-p000005')).toEqual([
      formatTime(day1 + 100_000),
      'east',
      '进',
      '禁止通行',
      '体温异常（复测仍偏高）; 未佩戴口罩',
      '',
      '',
      '',
      '36.5 / 36.6',
      '佩戴规范',
      '绿码（已验签）',
      '张志愿',
      '3',
      'tab-1-p000005',
    ]);
    // The person's masked name as the gate showed it; a bare scan record has no check cells.
    expect(byId.get('tab-1-p000020')?.slice(1, 14)).toEqual([
      'west',
      '进',
      '禁止通行',
      '体温异常（复测仍偏高）; 未佩戴口罩',
      '王*明',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'tab-1-p000020',
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const r = await get(manager, `/api/export.csv?to=${day1 + 30_000}`);
    const [, row] = cells(r.body);
    expect(row?.[1]).toBe('\'=HYPERLINK("x")');
    expect(row?.[11]).toBe('\'-1+2,"李"');
    expect(r.body).toContain('"\'=HYPERLINK(""x"")"');
  });

  it('filters by time, verdict and gate, and speaks English when asked', async () => {
    const from = day1 + 1000 * 20_000;
    const to = day1 + 2000 * 20_000;
    const r = await get(manager, `/api/export.csv?from=${from}&to=${to}&verdict=deny&gate=west&lang=en`);
    const [header, ...rows] = cells(r.body);
    expect(header?.[1]).toBe('Gate');
    const expected = Array.from({ length: 1000 }, (_, i) => i + 1000).filter(
      (s) => s % 2 === 0 && s % 3 === 2,
    );
    expect(rows.length).toBe(expected.length);
    for (const c of rows) expect([c[1], c[3]]).toEqual(['west', 'Do not pass']);
  });

  it('is for manager and office devices of the estate only, and each export is audited', async () => {
    expect((await get(gate, '/api/export.csv')).statusCode).toBe(403);
    const theirs = await get(otherManager, '/api/export.csv');
    expect(cells(theirs.body).map((c) => c[13])).toEqual([
      '记录编号',
      'their-tab-p000003',
      'their-tab-p000002',
      'their-tab-p000001',
    ]);
    const trail = await db.query<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM hub_audit WHERE estate_id = $1 AND action = 'export' ORDER BY at_ms, audit_id`,
      [manager.id?.estateId],
    );
    expect(trail.rows.map((r) => r.detail)).toContainEqual({
      what: 'passages.csv',
      rows: COUNT - 1,
      complete: true,
      from: null,
      to: null,
      verdict: null,
      gate: null,
    });
  });
});
