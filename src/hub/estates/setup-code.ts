/**
 * The one-time setup code: printed on the hub's console (start.ts), it lets one person create
 * one estate and become its first manager. Kept only in this process's memory, hashed; used once,
 * then replaced by a new one (printed again), so whoever sees the console can add the next estate
 * and nobody else can add any.
 */
import { codeHash, groupCode, randomCode, sameHash } from '../ids.ts';

/** The current setup code of this hub process. */
export class SetupCode {
  private hash = '';
  private readonly onNew: (code: string) => void;

  constructor(onNew: (code: string) => void) {
    this.onNew = onNew;
    this.renew();
  }

  /** Makes a new code and hands it (grouped for typing) to `onNew`. */
  renew(): void {
    const code = randomCode(12);
    this.hash = codeHash(code);
    this.onNew(groupCode(code));
  }

  /** True when `code` is the current code; it stays usable (to check a request before `take`). */
  matches(code: string): boolean {
    return sameHash(codeHash(code), this.hash);
  }

  /** True when `code` is the current code, which is then used up (a new one is made). */
  take(code: string): boolean {
    if (!sameHash(codeHash(code), this.hash)) return false;
    this.renew();
    return true;
  }
}
