/**
 * Setup, enrolment and signed requests, on both databases: the estate always comes from the
 * verified key, and nothing of one estate is reachable from another's device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { newDevice, signedInject, signToken, type TestDevice } from '../test/device.ts';
import { enrolGate, issueToken, setUpEstate, setupCodes } from '../test/estate.ts';

describe.each(testDatabases())('estates and devices on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  let clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let managerA: TestDevice;
  let managerB: TestDevice;
  let gateA: TestDevice;
  let gateB: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    managerA = await setUpEstate(hub, codes, '幸福里小区');
    managerB = await setUpEstate(hub, codes, '和平苑');
    gateA = await enrolGate(hub.app, managerA, '西门', clock);
    gateB = await enrolGate(hub.app, managerB, '东门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const me = async (d: TestDevice) => signedInject(hub.app, d, 'GET', '/api/me', undefined, clock);

  it('a setup code works once; a wrong one is refused', async () => {
    expect(codes.length).toBe(3); // the first, and a new one after each of the two estates
    const used = codes[0];
    const d = await newDevice();
    const again = await hub.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { setupCode: used, estateName: 'X', managerName: 'Y', publicKey: d.publicJwk },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error).toBe('bad-setup-code');
  });

  it('a signed request names its device, estate, role and gate', async () => {
    const r = await me(gateA);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ...gateA.id, role: 'gate', gateName: '西门', estateName: '幸福里小区' });
  });

  it('refuses a missing, forged, replayed, re-aimed or expired token', async () => {
    if (!gateA.id) throw new Error('not enrolled');
    const none = await hub.app.inject({ method: 'GET', url: '/api/me' });
    expect(none.json().error).toBe('unauthenticated');
    // Signed by another key in gate A's name: the stored key of (estate A, gate A) says no.
    const thief = await newDevice();
    const forged = await signToken(thief.privateKey, gateA.id, 'GET', '/api/me', '', clock);
    expect(
      (await signedInject(hub.app, gateA, 'GET', '/api/me', undefined, clock, forged)).json().error,
    ).toBe('bad-signature');
    // A token captured on the wire: good once, refused when replayed.
    const stolen = await signToken(gateA.privateKey, gateA.id, 'GET', '/api/me', '', clock);
    expect((await signedInject(hub.app, gateA, 'GET', '/api/me', undefined, clock, stolen)).statusCode).toBe(
      200,
    );
    expect(
      (await signedInject(hub.app, gateA, 'GET', '/api/me', undefined, clock, stolen)).json().error,
    ).toBe('replayed');
    // The same token for another route, or with another body: the signature covers both.
    const forMe = await signToken(gateA.privateKey, gateA.id, 'GET', '/api/me', '', clock);
    const aimed = await signedInject(hub.app, gateA, 'GET', '/api/devices', undefined, clock, forMe);
    expect(aimed.json().error).toBe('bad-signature');
    // Two minutes old.
    const old = await signToken(gateA.privateKey, gateA.id, 'GET', '/api/me', '', clock - 120_000);
    expect((await signedInject(hub.app, gateA, 'GET', '/api/me', undefined, clock, old)).json().error).toBe(
      'token-expired',
    );
  });

  it('a device cannot claim another estate: its key is only known in its own', async () => {
    if (!gateA.id || !managerB.id) throw new Error('not enrolled');
    const claim = { estateId: managerB.id.estateId, deviceId: gateA.id.deviceId };
    const t = await signToken(gateA.privateKey, claim, 'GET', '/api/me', '', clock);
    const r = await signedInject(hub.app, gateA, 'GET', '/api/me', undefined, clock, t);
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toBe('unknown-device');
  });

  it("an estate id in a body is ignored: a token is issued in the caller's estate", async () => {
    const body = { role: 'gate', gateName: '北门', estateId: managerB.id?.estateId };
    const token = await issueToken(hub.app, managerA, body, clock);
    const d = await newDevice();
    const r = await hub.app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { token, publicKey: d.publicJwk },
    });
    expect(r.json().estateId).toBe(managerA.id?.estateId);
  });

  it('an enrolment token is single use, expires, and only a manager issues one', async () => {
    const token = await issueToken(hub.app, managerA, { role: 'office', minutes: 5 }, clock);
    const enrol = async () =>
      hub.app.inject({
        method: 'POST',
        url: '/api/enrol',
        payload: { token, publicKey: (await newDevice()).publicJwk },
      });
    expect((await enrol()).statusCode).toBe(201);
    expect((await enrol()).json().error).toBe('bad-enrolment-token');
    const late = await issueToken(hub.app, managerA, { role: 'gate', gateName: '南门', minutes: 5 }, clock);
    clock += 5 * 60_000 + 1;
    const expired = await hub.app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { token: late, publicKey: (await newDevice()).publicJwk },
    });
    expect(expired.json().error).toBe('bad-enrolment-token');
    const byGate = await signedInject(
      hub.app,
      gateA,
      'POST',
      '/api/enrolment-tokens',
      { role: 'gate', gateName: 'x' },
      clock,
    );
    expect(byGate.json().error).toBe('role-not-allowed');
  });

  it('a public key with its private part is refused', async () => {
    const token = await issueToken(hub.app, managerA, { role: 'gate', gateName: '西门' }, clock);
    const withD = { ...(await newDevice()).publicJwk, d: 'A'.repeat(43) };
    const r = await hub.app.inject({
      method: 'POST',
      url: '/api/enrol',
      payload: { token, publicKey: withD },
    });
    expect(r.json().error).toBe('bad-public-key');
  });

  it('two estates on one hub: each lists only its own devices and cannot revoke the other', async () => {
    const listA = await signedInject(hub.app, managerA, 'GET', '/api/devices', undefined, clock);
    const idsA = listA.json().devices.map((d: { deviceId: string }) => d.deviceId);
    expect(idsA).toContain(gateA.id?.deviceId);
    expect(idsA).not.toContain(gateB.id?.deviceId);
    expect(idsA).not.toContain(managerB.id?.deviceId);
    const cross = await signedInject(
      hub.app,
      managerA,
      'POST',
      `/api/devices/${gateB.id?.deviceId}/revoke`,
      undefined,
      clock,
    );
    expect(cross.statusCode).toBe(404);
    expect((await me(gateB)).statusCode).toBe(200);
    const auditB = await signedInject(hub.app, managerB, 'GET', '/api/audit', undefined, clock);
    expect(
      auditB
        .json()
        .entries.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['device-enrolled', 'enrolment-token-issued', 'estate-created']);
  });

  it('a revoked device is refused at its very next request, and the revocation is audited', async () => {
    const gate = await enrolGate(hub.app, managerA, '临时门', clock);
    expect((await me(gate)).statusCode).toBe(200);
    clock += 1; // the revocation is the newest entry of the trail
    const r = await signedInject(
      hub.app,
      managerA,
      'POST',
      `/api/devices/${gate.id?.deviceId}/revoke`,
      undefined,
      clock,
    );
    expect(r.statusCode).toBe(200);
    const after = await me(gate);
    expect(after.statusCode).toBe(403);
    expect(after.json().error).toBe('device-revoked');
    const audit = await signedInject(hub.app, managerA, 'GET', '/api/audit', undefined, clock);
    expect(audit.json().entries[0]).toMatchObject({
      action: 'device-revoked',
      actor: managerA.id?.deviceId,
      detail: { deviceId: gate.id?.deviceId },
    });
  });

  it('setup and enrolment are rate limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await hub.app.inject({
        method: 'POST',
        url: '/api/enrol',
        payload: { token: `WRONG${i}`, publicKey: gateA.publicJwk },
        remoteAddress: '10.0.0.9',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
