/** Hashing shared by every format: the log keeps a hash of a code's text, never the text. */

const encoder = new TextEncoder();

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** SHA-256 over a format tag and the parts an issuer signed, lower-case hex (see `contentHash`). */
export async function signedContentHash(format: string, ...parts: Uint8Array[]): Promise<string> {
  const chunks = [encoder.encode(format), ...parts];
  // Each part prefixed by its length, so no two different splits hash alike.
  const size = chunks.reduce((n, c) => n + 4 + c.length, 0);
  const all = new Uint8Array(size);
  const view = new DataView(all.buffer);
  let at = 0;
  for (const c of chunks) {
    view.setUint32(at, c.length);
    all.set(c, at + 4);
    at += 4 + c.length;
  }
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', all)));
}

/** SHA-256 of the UTF-8 text, lower-case hex (WebCrypto: browser, worker and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}
