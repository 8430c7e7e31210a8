/** Test steps every hub test needs: set up an estate with its manager, enrol a gate. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Hub } from '../server.ts';
import { newDevice, signedInject, type TestDevice } from './device.ts';

/** Captures the setup codes a hub prints. */
export function setupCodes(): { codes: string[]; onSetupCode: (c: string) => void } {
  const codes: string[] = [];
  return { codes, onSetupCode: (c) => codes.push(c) };
}

/** What else a setup may say: a subdistrict, the subdistrict to join, the operator's address. */
export interface SetupExtra {
  kind?: 'estate' | 'subdistrict';
  subdistrictId?: string;
  /** Setup is limited per address: a test setting up many estates gives each its own. */
  remoteAddress?: string;
}

/** Creates an estate (or subdistrict) with the newest setup code; returns its manager device. */
export async function setUpEstate(
  hub: Hub,
  codes: string[],
  estateName: string,
  extra: SetupExtra = {},
): Promise<TestDevice> {
  const manager = await newDevice();
  const { remoteAddress, ...more } = extra;
  const r = await hub.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: {
      setupCode: codes.at(-1),
      estateName,
      managerName: '王经理',
      publicKey: manager.publicJwk,
      ...more,
    },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  expect(r.statusCode, r.body).toBe(201);
  manager.id = { estateId: r.json().estateId, deviceId: r.json().deviceId };
  return manager;
}

/** Issues an enrolment token from `manager`. */
export async function issueToken(
  app: FastifyInstance,
  manager: TestDevice,
  body: { role: string; gateName?: string; minutes?: number; estateId?: string },
  now: number,
): Promise<string> {
  const r = await signedInject(app, manager, 'POST', '/api/enrolment-tokens', body, now);
  expect(r.statusCode, r.body).toBe(201);
  return r.json().token;
}

/** Enrols a new gate device of `manager`'s estate. */
export async function enrolGate(
  app: FastifyInstance,
  manager: TestDevice,
  gateName: string,
  now: number,
  remoteAddress?: string,
) {
  return enrolDevice(app, manager, { role: 'gate', gateName }, now, remoteAddress);
}

/**
 * Enrols a new device of `manager`'s estate with the role (and gate name) given; from
 * `remoteAddress` when a test enrols more devices than one address may in a minute.
 */
export async function enrolDevice(
  app: FastifyInstance,
  manager: TestDevice,
  as: { role: 'gate' | 'office' | 'manager'; gateName?: string },
  now: number,
  remoteAddress?: string,
) {
  const token = await issueToken(app, manager, as, now);
  const gate = await newDevice();
  const r = await app.inject({
    method: 'POST',
    url: '/api/enrol',
    payload: { token, publicKey: gate.publicJwk },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  expect(r.statusCode, r.body).toBe(201);
  gate.id = { estateId: r.json().estateId, deviceId: r.json().deviceId };
  return gate;
}
