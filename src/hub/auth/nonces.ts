/**
 * Nonces seen within the token window, so a token captured on the wire cannot be replayed.
 * Kept in this process's memory: a token older than the window is refused by its time anyway,
 * so only a restart inside that minute (or a second hub process) could let one replay through.
 */
import { TOKEN_WINDOW_MS } from '../../wire/signed-request.ts';

/** The set of recent nonces, each remembered for twice the token window. */
export class NonceMemory {
  private readonly seen = new Map<string, number>();

  /** Records `key` at `now`; false when it was already seen (a replay). */
  remember(key: string, now: number): boolean {
    if (this.seen.size > 10_000) this.sweep(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at < 2 * TOKEN_WINDOW_MS) return false;
    this.seen.set(key, now);
    return true;
  }

  private sweep(now: number): void {
    for (const [k, at] of this.seen) if (now - at >= 2 * TOKEN_WINDOW_MS) this.seen.delete(k);
  }
}
