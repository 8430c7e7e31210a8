/** The wait before trying the hub again, shared by the pusher and the puller. */

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

/**
 * The wait before retry `attempt` (0-based): exponential from 1 s, capped at a minute, with
 * "equal jitter" (between half and all of it), so tablets coming back together do not retry in step.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt, 16));
  return cap / 2 + random() * (cap / 2);
}
