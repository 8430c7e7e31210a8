/** `/api/events` over a real socket: the current revision at once, each push's within a second. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { newDevice, signedInject, signToken, type TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages } from '../test/passages.ts';

describe.each(testDatabases())('server-sent events on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  let base: string;
  const { codes, onSetupCode } = setupCodes();
  let west: TestDevice;
  let east: TestDevice;
  let other: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', onSetupCode });
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}`;
    const manager = await setUpEstate(hub, codes, '幸福里小区');
    west = await enrolGate(hub.app, manager, '西门', Date.now());
    east = await enrolGate(hub.app, manager, '东门', Date.now());
    other = await enrolGate(hub.app, await setUpEstate(hub, codes, '和平苑'), '南门', Date.now());
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  /** Opens the stream as `d` would from an EventSource (token in the query); returns its revisions. */
  async function listen(d: TestDevice) {
    if (!d.id) throw new Error('not enrolled');
    const token = await signToken(d.privateKey, d.id, 'GET', '/api/events', '', Date.now());
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events?auth=${token}`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const revisions: number[] = [];
    const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = (await reader?.read()) ?? { done: true, value: '' };
          if (done) return;
          text += value;
          for (const m of text.matchAll(/event: revision\ndata: (\{[^\n]*\})\n\n/g)) {
            revisions.push(JSON.parse(m[1] ?? '{}').revision);
          }
          text = text.slice(text.lastIndexOf('\n\n') + 2);
        }
      } catch {
        // aborted
      }
    })();
    return { revisions, close: () => controller.abort() };
  }

  const waitFor = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  };

  it("tells the other gate of a push within a second, and another estate's gate nothing", async () => {
    const eastStream = await listen(east);
    const otherStream = await listen(other);
    await waitFor(() => eastStream.revisions.length > 0 && otherStream.revisions.length > 0);
    expect(eastStream.revisions).toEqual([0]);
    const started = Date.now();
    const r = await signedInject(
      hub.app,
      west,
      'POST',
      '/api/push',
      { records: passages('t', 3).records },
      Date.now(),
    );
    const revision = r.json().revision;
    await waitFor(() => eastStream.revisions.includes(revision));
    expect(eastStream.revisions).toEqual([0, revision]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(otherStream.revisions).toEqual([0]);
    eastStream.close();
    otherStream.close();
  });

  it('refuses a stream without a valid token', async () => {
    const stranger = await newDevice();
    stranger.id = west.id;
    if (!stranger.id) throw new Error('not enrolled');
    const forged = await signToken(stranger.privateKey, stranger.id, 'GET', '/api/events', '', Date.now());
    expect((await fetch(`${base}/api/events?auth=${forged}`)).status).toBe(401);
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
  });
});
