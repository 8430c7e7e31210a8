/**
 * Who may push what, on both databases, tried as an attack: an enrolled gate tablet (a stolen one,
 * or one with altered code) pushing a manager's decision (a policy version, a revocation, a
 * registry edit, a trust list) is refused with the reason, and nothing of its batch is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushedRecord, RECORD_KINDS } from '../../wire/kinds.ts';
import { PUSH_ROLES } from '../../wire/push-roles.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages } from '../test/passages.ts';

describe.each(testDatabases())('who may push what, on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let office: TestDevice;
  let gate: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    office = await enrolDevice(hub.app, manager, { role: 'office' }, clock);
    gate = await enrolGate(hub.app, manager, '西门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const pushAs = (d: TestDevice, records: PushedRecord[]) =>
    signedInject(hub.app, d, 'POST', '/api/push', { records }, clock);
  const stored = async () =>
    (await db.query<{ id: string }>('SELECT record_id AS id FROM records ORDER BY revision')).rows.map(
      (r) => r.id,
    );

  it('the table names every kind, and every kind some role may push', () => {
    expect(Object.keys(PUSH_ROLES).sort()).toEqual([...RECORD_KINDS].sort());
    for (const k of RECORD_KINDS) expect(PUSH_ROLES[k].length).toBeGreaterThan(0);
    // Managers decide: they may push every kind.
    for (const k of RECORD_KINDS) expect(PUSH_ROLES[k]).toContain('manager');
  });

  const decisions: PushedRecord[] = [
    { kind: 'policy-version', id: 'policy-9', body: { version: 9, feverC: 40 } },
    { kind: 'revocation', id: 'pass-1', body: { passId: 'pass-1', reason: 'lost', at: 1 } },
    { kind: 'registry-change', id: 'person-1', body: { id: 'person-1', status: 'normal' } },
    { kind: 'trust-list', id: 'trust-1', body: { keys: ['forged'] } },
    { kind: 'risk-list', id: 'risk-1', body: { regions: [] } },
  ];

  it.each(decisions)(
    'a gate pushing a $kind is refused with the reason, and its whole batch is left out',
    async (decision) => {
      const before = await stored();
      const { records } = passages(`tab-${decision.kind}`, 3);
      const r = await pushAs(gate, [...records, decision]);
      expect(r.statusCode).toBe(403);
      expect(r.json()).toEqual({
        ok: false,
        error: 'role-may-not-push',
        kind: decision.kind,
        id: decision.id,
        role: 'gate',
        allowed: PUSH_ROLES[decision.kind],
      });
      expect(await stored()).toEqual(before);
    },
  );

  it('a refused push is in the hub audit trail, for the manager to see who tried', async () => {
    const r = await signedInject(hub.app, manager, 'GET', '/api/audit', undefined, clock);
    const refused = r.json().entries.filter((e: { action: string }) => e.action === 'push-refused');
    expect(refused.length).toBe(decisions.length);
    expect(refused[0]).toMatchObject({ actor: gate.id?.deviceId, detail: { role: 'gate' } });
  });

  it('the office and the manager may push those decisions; a gate pushes what a gate records', async () => {
    const [policy, revocation, registry] = decisions as [PushedRecord, PushedRecord, PushedRecord];
    expect((await pushAs(office, [policy, registry])).json()).toMatchObject({ ok: true, accepted: 2 });
    expect((await pushAs(manager, [revocation])).json()).toMatchObject({ ok: true, accepted: 1 });
    const gateWork: PushedRecord[] = [
      ...passages('tab-west', 2).records,
      { kind: 'flag', id: 'flag-1', body: { id: 'flag-1', status: 'open' } },
      { kind: 'resolution', id: 'res-1', body: { flagId: 'flag-1', resolution: 'mask-fixed' } },
      { kind: 'registration', id: 'courier-1', body: { id: 'courier-1', registeredUntil: 5 } },
      { kind: 'ledger-entry', id: 'ledger-1', body: { id: 'ledger-1', status: 'pending' } },
    ];
    expect((await pushAs(gate, gateWork)).json()).toMatchObject({ ok: true, accepted: gateWork.length });
  });
});
