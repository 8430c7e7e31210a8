/** The SHA-256 hex the gate stores for a code's text, computed independently in Node. */
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
