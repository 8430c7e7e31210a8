/** What every route of the hub shares: the database, the clock, and the per-process state. */
import { NonceMemory } from './auth/nonces.ts';
import type { HubDb } from './db/types.ts';
import { SetupCode } from './estates/setup-code.ts';
import { RateLimit } from './rate-limit.ts';
import { RevisionEvents } from './sync/revision-events.ts';

/** The hub's shared state, one per server. */
export interface HubContext {
  db: HubDb;
  now: () => number;
  nonces: NonceMemory;
  setupCode: SetupCode;
  /** Setup and enrolment attempts per client address. */
  strangerLimit: RateLimit;
  events: RevisionEvents;
}

/** A fresh context; `onSetupCode` is told each new one-time setup code (start.ts prints it). */
export function hubContext(db: HubDb, now: () => number, onSetupCode: (code: string) => void): HubContext {
  return {
    db,
    now,
    nonces: new NonceMemory(),
    setupCode: new SetupCode(onSetupCode),
    strangerLimit: new RateLimit(10, 60_000),
    events: new RevisionEvents(),
  };
}
