/**
 * A device talking to a hub over real HTTP (node:http, one connection per request, so a fault
 * proxy sees each attempt), signing each attempt anew, and resending until it has an answer:
 * what a tablet does when the network or the hub fails under it.
 */
import { request } from 'node:http';
import { signToken, type TestDevice } from './device.ts';

/** One answer of the hub. */
export interface Answer {
  status: number;
  json: Record<string, unknown>;
}

/** One signed request to 127.0.0.1:`port`; rejects on a network failure or after `timeoutMs`. */
export async function signedHttp(
  port: number,
  device: TestDevice,
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  timeoutMs = 2000,
): Promise<Answer> {
  if (!device.id) throw new Error('device not enrolled');
  const text = body === undefined ? '' : JSON.stringify(body);
  const token = await signToken(device.privateKey, device.id, method, path, text, Date.now());
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { 'x-gate-device': token };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        data += c;
      });
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(text);
  });
}

/**
 * Sends until the hub answers 200 (a network failure, a timeout or a 5xx is resent after
 * `pauseMs`); returns the answer and how many attempts it took.
 */
export async function untilAnswered(
  send: () => Promise<Answer>,
  pauseMs = 50,
  deadlineMs = 60_000,
): Promise<Answer & { attempts: number }> {
  const until = Date.now() + deadlineMs;
  for (let attempts = 1; ; attempts++) {
    try {
      const a = await send();
      if (a.status === 200) return { ...a, attempts };
      if (a.status < 500) throw new Error(`refused ${a.status}: ${JSON.stringify(a.json)}`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('refused')) throw e;
    }
    if (Date.now() > until) throw new Error(`no answer after ${attempts} attempts`);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}
