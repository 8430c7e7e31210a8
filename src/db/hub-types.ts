/** Entity types of this tablet's link to the estate's hub (stored in IndexedDB, re-exported by types.ts). */
import type { PushedRecord } from '../wire/kinds.ts';

/** This tablet's enrolment in the estate's hub (hub-link.ts). */
export interface HubLink {
  /** The hub's origin (the app is served by it). */
  hub: string;
  estateId: string;
  estateName: string;
  deviceId: string;
  role: 'manager' | 'office' | 'gate';
  gateName: string | null;
  enrolledAt: number;
}

/**
 * One write waiting in the outbox (outbox.ts), in write order by `seq`: the records it made (a
 * check: its passage and its flags), pushed together.
 */
export interface OutboxItem {
  seq: number;
  records: PushedRecord[];
}

/**
 * A write the hub refused as it stands (HTTP 400 or 413: a record it will never take), set
 * aside from the outbox so the writes behind it still go (outbox.ts); kept, with the hub's words,
 * for the device screen and a later version to resend.
 */
export interface RefusedItem {
  seq?: number;
  records: PushedRecord[];
  refusedAt: number;
  /** What the hub answered (its `error`, or the HTTP status). */
  error: string;
}
