/**
 * A fixed-window count per client address, for the routes a stranger can call (setup, enrolment):
 * enough to stop guessing a code, never in the way of a person typing one.
 */

/** Allows `limit` calls per `windowMs` per key. */
export class RateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Counts a call of `key` at `now`; false when it is over the limit. */
  take(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.limit;
  }
}
