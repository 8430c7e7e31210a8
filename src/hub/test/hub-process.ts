/** The hub as `npm start` runs it (start.ts in a child process), for tests that kill it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';

/** A running hub process: its output so far, and its exit. */
export interface HubProcess {
  child: ChildProcess;
  log: { text: string };
  exited: Promise<number | null>;
}

/**
 * The Node flags `npm start` gives the hub (package.json): a young generation of 2 MB per
 * semi-space instead of 16 (about 25 MB less for a process that mostly waits), and PGlite's
 * WebAssembly compiled once by the optimising compiler at start rather than first by the
 * baseline one and then again, function by function, as it runs (both codes stay resident:
 * 20-40 MB more, and an idle hub's memory then depended on what it had done).
 */
export const HUB_NODE_FLAGS = ['--max-semi-space-size=2', '--no-liftoff'];

/**
 * Starts the hub with `env` (PORT, HUB_DATA or DATABASE_URL) and `args`: from its sources
 * through the TypeScript loader, or, given `bundle` (scripts/build-hub.mjs), as `npm start`
 * runs it, the bundle on plain Node.
 */
export function startHubProcess(
  env: Record<string, string>,
  args: string[] = [],
  bundle?: string,
): HubProcess {
  const entry = bundle ? [bundle] : ['--import', 'tsx', 'src/hub/start.ts'];
  const child = spawn(process.execPath, [...HUB_NODE_FLAGS, ...entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = { text: '' };
  child.stdout?.on('data', (b) => {
    log.text += b;
  });
  child.stderr?.on('data', (b) => {
    log.text += b;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, log, exited };
}

/** Resolves once /api/health on `port` answers 200 (polling), or rejects after `timeoutMs`. */
export async function healthy(port: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`hub on ${port} not up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
