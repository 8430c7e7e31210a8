/**
 * A TCP proxy for the hub's fault tests (node:net), between a client and the hub's HTTP port.
 * Each new connection takes the next fault of its queue (then passes traffic untouched):
 *   - `refuse`: the connection is reset at once, before any byte is read;
 *   - `blackhole`: bytes are read and dropped, nothing ever answers (the client times out);
 *   - `cut-request`: half of the request's first bytes reach the hub, then both sides are cut;
 *   - `cut-response`: the whole request reaches the hub, which commits and answers, and the
 *     connection is cut as its answer arrives: the client never learns that its push committed.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** What the proxy does to one connection. */
export type Fault = 'refuse' | 'blackhole' | 'cut-request' | 'cut-response' | 'pass';

/** A running proxy: its port, the faults to come and those applied, and how to close it. */
export interface FaultProxy {
  port: number;
  /** Faults for the next connections, in order; `pass` once empty. */
  queue: Fault[];
  /** Each connection's fault, in order. */
  applied: Fault[];
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (a free port) in front of `targetPort`. */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
    return s;
  };
  const proxy: FaultProxy = { port: 0, queue: [], applied: [], close: async () => {} };
  const server: Server = createServer((client) => {
    track(client);
    const fault = proxy.queue.shift() ?? 'pass';
    proxy.applied.push(fault);
    if (fault === 'refuse') return void client.resetAndDestroy();
    if (fault === 'blackhole') return void client.on('data', () => {});
    const hub = track(createConnection({ host: '127.0.0.1', port: targetPort }));
    const cutBoth = () => {
      client.destroy();
      hub.destroy();
    };
    client.on('close', () => hub.destroy());
    hub.on('close', () => client.destroy());
    if (fault === 'cut-request') {
      client.once('data', (chunk: Buffer) => {
        hub.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))), cutBoth);
      });
      return;
    }
    client.pipe(hub);
    if (fault === 'cut-response') hub.once('data', cutBoth);
    else hub.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  proxy.port = typeof address === 'object' && address ? address.port : 0;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
