/**
 * Subdistricts, on both databases, tried as an attack: a subdistrict's devices read every estate
 * of their subdistrict and nothing else (not another subdistrict's estates, not an estate outside
 * any), push nothing, enrol no gate; estate devices still see only their own estate; and only the
 * hub's operator (the setup code) makes a subdistrict or moves an estate into one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { newDevice, signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages } from '../test/passages.ts';

const DAY = Date.UTC(2026, 11, 6);

describe.each(testDatabases())('subdistrict readers on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = DAY + 86_400_000;
  const { codes, onSetupCode } = setupCodes();
  let address = 0;
  const from = () => `10.1.0.${++address}`;
  const m: Record<'subA' | 'subB' | 'a1' | 'a2' | 'b1' | 'c', TestDevice> = {} as never;
  let readerA: TestDevice;
  const estate = (d: TestDevice) => d.id?.estateId ?? '';

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    m.subA = await setUpEstate(hub, codes, '东街街道', { kind: 'subdistrict', remoteAddress: from() });
    m.subB = await setUpEstate(hub, codes, '西街街道', { kind: 'subdistrict', remoteAddress: from() });
    const inA = { subdistrictId: estate(m.subA) };
    m.a1 = await setUpEstate(hub, codes, '幸福里', { ...inA, remoteAddress: from() });
    // a2 is set up on its own first and put in subdistrict A afterwards by the operator.
    m.a2 = await setUpEstate(hub, codes, '和平苑', { remoteAddress: from() });
    m.b1 = await setUpEstate(hub, codes, '光明小区', {
      subdistrictId: estate(m.subB),
      remoteAddress: from(),
    });
    m.c = await setUpEstate(hub, codes, '独立小区', { remoteAddress: from() });
    const joined = await membership(estate(m.a2), estate(m.subA));
    expect(joined.statusCode, joined.body).toBe(200);
    readerA = await enrolDevice(hub.app, m.subA, { role: 'office' }, now, from());
    // The same tablet name in a1 and a2: equal times and equal ids, told apart only by estate.
    const counts = { a1: 3, a2: 4, b1: 5, c: 6 } as const;
    for (const [name, n] of Object.entries(counts) as [keyof typeof counts, number][]) {
      const gate = await enrolGate(hub.app, m[name], '西门', now, from());
      const tablet = name === 'b1' || name === 'c' ? `tab-${name}` : 'tab-x';
      const r = await signedInject(
        hub.app,
        gate,
        'POST',
        '/api/push',
        { records: passages(tablet, n, undefined, DAY).records },
        now,
      );
      expect(r.json().accepted, r.body).toBe(n);
    }
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const get = (d: TestDevice, url: string) => signedInject(hub.app, d, 'GET', url, undefined, now);
  const membership = (estateId: string, subdistrictId: string | null, setupCode = codes.at(-1)) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/subdistrict-membership',
      payload: { setupCode, estateId, subdistrictId },
      remoteAddress: from(),
    });
  const logEstates = async (d: TestDevice, query = '') => {
    const r = await get(d, `/api/log?limit=200${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r
      .json()
      .passages.map((p: { estateId: string }) => p.estateId)
      .sort();
  };
  const range = `from=${DAY}&to=${DAY + 86_400_000}`;

  it("a subdistrict's reader reads every estate of it, and none of another's nor a lone estate", async () => {
    const a = [estate(m.a1), estate(m.a2)].sort();
    expect(await logEstates(readerA)).toEqual(
      [...Array(3).fill(estate(m.a1)), ...Array(4).fill(estate(m.a2))].sort(),
    );
    expect(new Set(await logEstates(m.subA))).toEqual(new Set(a));
    expect(await logEstates(m.subB)).toEqual(Array(5).fill(estate(m.b1)));
    const dash = (await get(readerA, `/api/dashboard?${range}`)).json();
    expect(dash).toMatchObject({
      passages: 7,
      verdicts: { pass: 7 },
      gates: { west: 7 },
      records: { passage: 7 },
    });
    expect(dash.estates).toEqual([
      {
        estateId: estate(m.a2),
        name: '和平苑',
        passages: 4,
        verdicts: { pass: 4 },
        gates: { west: 4 },
        byGate: { west: { pass: 4 } },
      },
      {
        estateId: estate(m.a1),
        name: '幸福里',
        passages: 3,
        verdicts: { pass: 3 },
        gates: { west: 3 },
        byGate: { west: { pass: 3 } },
      },
    ]);
  });

  it('the estate filter narrows to one estate of the scope, and anything else is no such estate', async () => {
    expect(await logEstates(readerA, `&estate=${estate(m.a2)}`)).toEqual(Array(4).fill(estate(m.a2)));
    const one = (await get(readerA, `/api/dashboard?${range}&estate=${estate(m.a1)}`)).json();
    expect(one).toMatchObject({ passages: 3, records: { passage: 3 } });
    expect(one.estates.map((e: { estateId: string }) => e.estateId)).toEqual([estate(m.a1)]);
    for (const outside of [estate(m.b1), estate(m.c), estate(m.subA), estate(m.subB), 'nosuchestate']) {
      for (const url of [`/api/log?estate=${outside}`, `/api/dashboard?${range}&estate=${outside}`]) {
        const r = await get(readerA, url);
        expect([r.statusCode, r.json().error]).toEqual([404, 'no-such-estate']);
      }
    }
  });

  it("an estate's devices still see only their own estate, in a subdistrict or not", async () => {
    expect(await logEstates(m.a1)).toEqual(Array(3).fill(estate(m.a1)));
    expect((await get(m.a1, `/api/log?estate=${estate(m.a2)}`)).json().error).toBe('no-such-estate');
    const lone = (await get(m.c, `/api/dashboard?${range}`)).json();
    expect(lone).toMatchObject({ passages: 6, records: { passage: 6 } });
    expect(lone.estates).toHaveLength(1);
  });

  it("paging a subdistrict's log loses nothing and repeats nothing across estates", async () => {
    const seen: { at: number; estateId: string; id: string }[] = [];
    let next: string | null = null;
    do {
      const r = await get(readerA, `/api/log?limit=2${next ? `&before=${next}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      seen.push(...r.json().passages);
      next = r.json().next;
    } while (next);
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((p) => `${p.estateId}/${p.id}`)).size).toBe(7);
    const ats = seen.map((p) => p.at);
    expect(ats).toEqual([...ats].sort((x, y) => y - x));
  });

  it("a subdistrict's devices push nothing and enrol no gate", async () => {
    const r = await signedInject(
      hub.app,
      readerA,
      'POST',
      '/api/push',
      { records: passages('tab-sub', 1).records },
      now,
    );
    expect([r.statusCode, r.json().error, r.json().allowed]).toEqual([403, 'role-may-not-push', []]);
    const byManager = await signedInject(
      hub.app,
      m.subA,
      'POST',
      '/api/push',
      { records: passages('tab-sub', 1).records },
      now,
    );
    expect(byManager.statusCode).toBe(403);
    const gate = await signedInject(
      hub.app,
      m.subA,
      'POST',
      '/api/enrolment-tokens',
      { role: 'gate', gateName: 'x' },
      now,
    );
    expect(gate.json().error).toBe('no-gates-in-subdistrict');
    const held = await db.query('SELECT 1 FROM records WHERE estate_id = ANY ($1::text[])', [
      [estate(m.subA), estate(m.subB)],
    ]);
    expect(held.rows).toEqual([]);
  });

  it('only the setup code makes a subdistrict or moves an estate; a mistyped subdistrict keeps the code', async () => {
    const before = codes.length;
    const key = (await newDevice()).publicJwk;
    const setup = (payload: Record<string, unknown>) =>
      hub.app.inject({ method: 'POST', url: '/api/setup', payload, remoteAddress: from() });
    const base = { estateName: 'X', managerName: 'Y', publicKey: key };
    // An estate is no subdistrict to join, nor is a subdistrict put in another.
    for (const bad of [
      { subdistrictId: estate(m.c) },
      { subdistrictId: 'nosuchsubdistrict' },
      { kind: 'subdistrict', subdistrictId: estate(m.subA) },
    ]) {
      const r = await setup({ ...base, setupCode: codes.at(-1), ...bad });
      expect([r.statusCode, r.json().error]).toEqual([400, 'no-such-subdistrict']);
    }
    expect(codes.length).toBe(before);
    expect((await setup({ ...base, setupCode: 'WRONG', kind: 'subdistrict' })).json().error).toBe(
      'bad-setup-code',
    );
    expect((await membership(estate(m.c), estate(m.subA), 'WRONG')).json().error).toBe('bad-setup-code');
    expect((await membership(estate(m.c), estate(m.b1))).json().error).toBe('no-such-subdistrict');
    expect((await membership(estate(m.subB), estate(m.subA))).json().error).toBe('no-such-estate');
    // A manager's device has no say: a subdistrict named in its requests is dropped, never applied.
    const token = await signedInject(
      hub.app,
      m.c,
      'POST',
      '/api/enrolment-tokens',
      { role: 'office', subdistrictId: estate(m.subA) },
      now,
    );
    expect(token.statusCode).toBe(201);
    const c = await db.query('SELECT kind, subdistrict_id FROM estates WHERE estate_id = $1', [estate(m.c)]);
    expect(c.rows).toEqual([{ kind: 'estate', subdistrict_id: null }]);
    expect(await logEstates(readerA)).not.toContain(estate(m.c));
    expect(codes.length).toBe(before);
  });

  it('an estate taken out of its subdistrict leaves its readers at once, and both trails say so', async () => {
    expect((await membership(estate(m.a2), null)).statusCode).toBe(200);
    expect(new Set(await logEstates(readerA))).toEqual(new Set([estate(m.a1)]));
    const trail = async (d: TestDevice) =>
      (await get(d, '/api/audit'))
        .json()
        .entries.filter((e: { action: string }) => e.action === 'subdistrict-changed');
    const left = { estateId: estate(m.a2), from: estate(m.subA), to: null };
    expect((await trail(m.subA)).map((e: { detail: unknown }) => e.detail)).toContainEqual(left);
    // Both entries share the test's clock: compared without their order.
    const a2 = (await trail(m.a2)).map((e: { detail: unknown }) => e.detail);
    expect(a2).toHaveLength(2);
    expect(a2).toEqual(
      expect.arrayContaining([left, { estateId: estate(m.a2), from: null, to: estate(m.subA) }]),
    );
  });
});
