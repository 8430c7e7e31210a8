/**
 * The puller: keeps a connected tablet's copy of what every gate needs (db/hub-pull.ts) in step
 * with the hub. It listens to the hub's events stream (`GET /api/events`, which names the
 * estate's newest revision on connect and after every push that stored something) and pulls
 * what changed since its cursor, in pages, each applied in one transaction. A registration
 * confirmed at another gate is usable here about a second later; live queries refresh the
 * screens. An EventSource cannot sign each reconnection (a token is single-use), so a dropped
 * stream is closed and reopened with a fresh token after a pause (1 s, 2 s … a minute, jittered).
 */

import { importTrust } from '../codes/trust-import.ts';
import type { StoredTrust } from '../codes/trust-stored.ts';
import { type HubLink, hubKey } from '../db/hub-link.ts';
import { applyPulled, PULLED_KINDS, type PulledChange, pullCursor } from '../db/hub-pull.ts';
import type { SharedList } from '../db/settings.ts';
import { callAs, signerOf } from './hub-api.ts';
import { deviceToken } from './hub-request.ts';
import { retryDelay } from './retry.ts';

const PULL_PAGE = 2000;
const PULL_TIMEOUT_MS = 30_000;
const PULL_LOCK = 'gate-hub-pull';

interface PullPage {
  changes: PulledChange[];
  cursor: number;
  more: boolean;
}

type PullOutcome = 'done' | 'failed' | 'revoked';

/** Told which estate-wide lists a pull replaced, so the screens take them up (app/App.tsx). */
let listsPulled: (lists: Set<SharedList>) => void = () => undefined;

/** Sets who is told when a pull replaced the policy, the trust list or the risk list. */
export function onListsPulled(tell: (lists: Set<SharedList>) => void): void {
  listsPulled = tell;
}

/**
 * The page without trust lists whose keys do not import (WebCrypto refuses them): such a list
 * would leave every gate without keys to verify against, so it is not applied (the cursor moves
 * past it and the list held stays in force). Done before the page's transaction, which cannot
 * wait on WebCrypto.
 */
async function withUsableTrust(changes: PulledChange[]): Promise<PulledChange[]> {
  if (!changes.some((c) => c.kind === 'trust-list')) return changes;
  const usable = await Promise.all(
    changes.map(async (c) => {
      if (c.kind !== 'trust-list') return true;
      try {
        await importTrust(c.body.stored as StoredTrust);
        return true;
      } catch {
        return false;
      }
    }),
  );
  return changes.filter((_, i) => usable[i]);
}
/** One page's request: the page, or why there is none. */
type PageAnswer = PullPage | Exclude<PullOutcome, 'done'>;

/** Pulls pages until the hub has nothing newer than the cursor. */
async function pullAll(link: HubLink): Promise<PullOutcome> {
  const key = await hubKey();
  if (!key) return 'failed';
  const fetchPage = async (since: number): Promise<PageAnswer> => {
    const url = `/api/pull?since=${since}&limit=${PULL_PAGE}&kinds=${PULLED_KINDS.join(',')}`;
    const r = await callAs(link, key, 'GET', url, undefined, PULL_TIMEOUT_MS);
    if (!r.ok) return r.problem === 'revoked' ? 'revoked' : 'failed';
    return ((await r.body.json().catch(() => null)) as PullPage | null) ?? 'failed';
  };
  let since = await pullCursor();
  let next: Promise<PageAnswer> | null = fetchPage(since);
  while (next) {
    const page: PageAnswer = await next;
    if (page === 'failed' || page === 'revoked') return page;
    // The next page is on its way while this one is written (a fresh tablet's 33,000 residents
    // are 17 pages: the hub's reading and the tablet's writing overlap). fetchPage never
    // rejects, so a page read ahead for a pull that stops here is harmless.
    next = page.more ? fetchPage(page.cursor) : null;
    if (page.cursor > since) {
      const lists = new Set<SharedList>();
      await applyPulled(await withUsableTrust(page.changes), page.cursor, lists);
      if (lists.size > 0) listsPulled(lists);
    }
    since = page.cursor;
  }
  return 'done';
}

function underPullLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(PULL_LOCK, run) : run();
}

/** The link being followed and its stream; one at a time. */
let current: {
  link: HubLink;
  stream: EventSource | null;
  timer: ReturnType<typeof setTimeout> | null;
  attempt: number;
  pulling: boolean;
  again: boolean;
  closed: boolean;
  onRevoked: () => void;
} | null = null;

async function pullNow(): Promise<void> {
  const f = current;
  if (!f || f.closed) return;
  if (f.pulling) {
    f.again = true;
    return;
  }
  f.pulling = true;
  try {
    do {
      f.again = false;
      const outcome = await underPullLock(() => pullAll(f.link));
      if (outcome === 'revoked') {
        f.onRevoked();
        stopFollowing();
        return;
      }
      if (outcome === 'failed') reconnectLater(f);
    } while (f.again && !f.closed);
  } finally {
    f.pulling = false;
  }
}

function reconnectLater(f: NonNullable<typeof current>): void {
  f.stream?.close();
  f.stream = null;
  if (f.closed || f.timer) return;
  f.timer = setTimeout(
    () => {
      f.timer = null;
      void connect(f);
    },
    retryDelay(f.attempt++),
  );
}

async function connect(f: NonNullable<typeof current>): Promise<void> {
  if (f.closed) return;
  const key = await hubKey();
  if (!key || f.closed) return;
  const token = await deviceToken(signerOf(f.link, key), 'GET', '/api/events', '');
  if (f.closed) return;
  const url = new URL('/api/events', f.link.hub);
  url.searchParams.set('auth', token);
  const stream = new EventSource(url);
  f.stream = stream;
  stream.addEventListener('revision', (e) => {
    f.attempt = 0;
    const { revision } = JSON.parse((e as MessageEvent<string>).data) as { revision: number };
    void pullCursor().then((cursor) => {
      if (revision > cursor) void pullNow();
    });
  });
  // The browser would retry with the same (spent) token: close, and reopen with a new one.
  stream.addEventListener('error', () => reconnectLater(f));
}

/** Stops following the hub (disconnected, revoked, another link). */
export function stopFollowing(): void {
  if (!current) return;
  current.closed = true;
  current.stream?.close();
  if (current.timer) clearTimeout(current.timer);
  current = null;
}

/**
 * Follows `link` (null: none): opens the events stream and pulls at once; a new link replaces
 * the old one. `onRevoked` is told when the hub refuses this device.
 */
export function followHub(link: HubLink | null, onRevoked: () => void): void {
  if (current && link && current.link.deviceId === link.deviceId && current.link.hub === link.hub) return;
  stopFollowing();
  if (!link) return;
  current = {
    link,
    stream: null,
    timer: null,
    attempt: 0,
    pulling: false,
    again: false,
    closed: false,
    onRevoked,
  };
  void connect(current);
  void pullNow();
}
