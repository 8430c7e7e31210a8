/**
 * The pusher: sends the outbox (src/db/outbox.ts) to the hub in write order, in batches of up
 * to MAX_BATCH, and drops each batch only once the hub acknowledged it (a resend after a lost
 * answer is a duplicate the hub ignores). It runs beside the gate, never in a check's way: a
 * check only adds to the outbox in its own transaction; the pusher reads and deletes in short
 * transactions of its own. After a failure it waits 1 s, 2 s, 4 s … up to a minute, each wait
 * drawn between half and all of that (jitter, so tablets coming back together do not retry in
 * step), and tries again at once when the browser says it is online. The outbox is in
 * IndexedDB, so a reload or a killed browser carries on where it stopped. Across tabs one batch
 * is in flight at a time (a Web Lock).
 */
import { signal } from '@preact/signals';
import { type HubLink, hubKey } from '../db/hub-link.ts';
import { dropPushed, outboxFront, setAsideRefused, watchHubQueue } from '../db/outbox.ts';
import { MAX_BATCH, type PushedRecord } from '../wire/kinds.ts';
import { callAs } from './hub-api.ts';
import { followHub } from './puller.ts';
import { retryDelay } from './retry.ts';
import { reportStatus } from './status-report.ts';

/** How often a connected device reports its state for the console's board. */
const REPORT_EVERY_MS = 60_000;

/** What the gate's bar and the device screen show. */
export interface SyncStatus {
  /** The enrolment, or null on a tablet without a hub (then nothing is shown). */
  link: HubLink | null;
  /** Records waiting to be pushed. */
  waiting: number;
  /** Writes the hub refused as they stand, set aside (the device screen and the bar say so). */
  refused: number;
  /** Since when the hub could not be reached (the first failure of the current run), or null. */
  unreachableSince: number | null;
  /** The hub refused this device as revoked: pushing stops. */
  revoked: boolean;
}

export const syncStatus = signal<SyncStatus>({
  link: null,
  waiting: 0,
  refused: 0,
  unreachableSince: null,
  revoked: false,
});

/** How long one push may take before it counts as failed. */
const PUSH_TIMEOUT_MS = 30_000;
const PUSH_LOCK = 'gate-hub-push';

type Outcome = 'sent' | 'empty' | 'failed' | 'revoked';

/** What one batch's request came to: an outcome, or the hub's refusal of the batch as it stands. */
type Sent = Exclude<Outcome, 'empty'> | { refused: string };

/**
 * Sends one batch: acknowledged (the hub holds it), refused as it stands (400 or 413: sent again
 * it would be refused again), or failed (network, timeout, 5xx, 429: later it may go).
 */
async function send(link: HubLink, key: CryptoKey, records: PushedRecord[]): Promise<Sent> {
  const r = await callAs(link, key, 'POST', '/api/push', { records }, PUSH_TIMEOUT_MS);
  if (r.ok) return 'sent';
  if (r.problem === 'revoked') return 'revoked';
  if (r.status === 400 || r.status === 413) return { refused: r.error ?? `HTTP ${r.status}` };
  return 'failed';
}

/**
 * Sends batch after batch, in order and one at a time, until the outbox is empty ('empty'), a
 * batch fails, or the pusher stops or follows another link ('sent': the caller looks again).
 * Each batch is dropped once acknowledged; the next is read from IndexedDB while one is on its
 * way (a tablet back from a week offline sends 70 batches). A batch the hub refuses as it stands
 * is sent again one write at a time, and the write it refuses is set aside (outboxRefused) with
 * the hub's words, so one bad record never holds back the writes behind it.
 */
async function pushRun(link: HubLink): Promise<Outcome> {
  const key = await hubKey();
  if (!key) return 'failed';
  let max = MAX_BATCH;
  // While one write at a time: the last write of the refused batch (past it, batches again).
  let singlyUpTo = 0;
  let front = await outboxFront(max);
  while (front) {
    const sending = send(link, key, front.records);
    const ahead = outboxFront(max, front.lastSeq);
    const outcome = await sending;
    if (outcome === 'failed' || outcome === 'revoked') {
      await ahead;
      return outcome;
    }
    if (outcome === 'sent') {
      await dropPushed(front.lastSeq);
      front = await ahead;
      if (max === 1 && front && front.firstSeq > singlyUpTo) {
        max = MAX_BATCH;
        front = await outboxFront(max);
      }
    } else {
      await ahead;
      if (front.firstSeq === front.lastSeq) {
        await setAsideRefused(front.firstSeq, outcome.refused, Date.now());
        max = MAX_BATCH;
      } else {
        max = 1;
        singlyUpTo = front.lastSeq;
      }
      front = await outboxFront(max);
    }
    if (front && (stopped || syncStatus.value.link?.deviceId !== link.deviceId)) return 'sent';
  }
  return 'empty';
}

function underPushLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(PUSH_LOCK, run) : run();
}

const update = (patch: Partial<SyncStatus>) => {
  syncStatus.value = { ...syncStatus.value, ...patch };
};

let running = false;
/** Set when something was queued while a run was under way: the run reads the outbox again. */
let again = false;
let attempt = 0;
let wake: (() => void) | null = null;
let stopped = true;

/** Waits `ms`, or less when woken (online again, stopped). */
const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      wake = null;
      resolve();
    }
    wake = done;
  });

/** Pushes until the outbox is empty, the tablet is not enrolled, revoked, or the pusher stops. */
async function drain(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    while (!stopped) {
      const { link, revoked } = syncStatus.value;
      if (!link || revoked) return;
      again = false;
      const outcome = await underPushLock(() => pushRun(link));
      if (outcome === 'empty') {
        // Everything queued is on the hub (what was queued during the run was read by it).
        update({ unreachableSince: null });
        attempt = 0;
        void reportStatus();
        return;
      }
      if (outcome === 'sent') {
        update({ unreachableSince: null });
        attempt = 0;
        continue;
      }
      if (outcome === 'revoked') {
        update({ revoked: true });
        return;
      }
      if (syncStatus.value.unreachableSince === null) update({ unreachableSince: Date.now() });
      await pause(retryDelay(attempt++));
    }
  } finally {
    running = false;
    if (again && !stopped) {
      again = false;
      void drain();
    }
  }
}

const onOnline = () => {
  attempt = 0;
  wake?.();
  void drain();
};

/**
 * Starts following the link and the outbox, pushing whenever something waits; returns the stop.
 * On a tablet that is not enrolled it only watches (no request is ever made).
 */
export function startPusher(): () => void {
  stopped = false;
  const unwatch = watchHubQueue(({ link, waiting, refused }) => {
    const relinked = link?.deviceId !== syncStatus.value.link?.deviceId;
    update({ link, waiting, refused, ...(relinked ? { revoked: false, unreachableSince: null } : {}) });
    followHub(syncStatus.value.revoked ? null : link, () => update({ revoked: true }));
    if (link && relinked) void reportStatus();
    if (link && waiting > 0) void drain();
  });
  window.addEventListener('online', onOnline);
  const reporting = setInterval(() => {
    const { link, revoked } = syncStatus.value;
    if (link && !revoked) void reportStatus();
  }, REPORT_EVERY_MS);
  return () => {
    stopped = true;
    clearInterval(reporting);
    unwatch();
    followHub(null, () => undefined);
    window.removeEventListener('online', onOnline);
    wake?.();
  };
}

/**
 * Starts the pusher (and the puller it follows the link with) once for the page's life, from the
 * app shell on every screen but a person's phone opening /register, whose browser keeps no gate database.
 */
export function ensurePusher(): void {
  if (stopped) startPusher();
}
