/** A bench estate on a hub (hub.ts, hub-queries.ts). */
import type { Hub } from '../../src/hub/server.ts';
import { newDevice, signedInject, type TestDevice } from '../../src/hub/test/device.ts';

/** The estate's manager and one gate device, made through the API as a real estate is. */
export async function estate(
  hub: Hub,
  code: () => string,
): Promise<{ manager: TestDevice; gate: TestDevice }> {
  const manager = await newDevice();
  const setup = await hub.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: {
      setupCode: code(),
      estateName: '基准小区',
      managerName: '王经理',
      publicKey: manager.publicJwk,
    },
  });
  manager.id = { estateId: setup.json().estateId, deviceId: setup.json().deviceId };
  const now = Date.now();
  const issued = await signedInject(
    hub.app,
    manager,
    'POST',
    '/api/enrolment-tokens',
    { role: 'gate', gateName: '西门' },
    now,
  );
  const gate = await newDevice();
  const enrolled = await hub.app.inject({
    method: 'POST',
    url: '/api/enrol',
    payload: { token: issued.json().token, publicKey: gate.publicJwk },
  });
  gate.id = { estateId: enrolled.json().estateId, deviceId: enrolled.json().deviceId };
  return { manager, gate };
}
