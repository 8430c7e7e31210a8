import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64url, bodyHash, formatToken, signedPath, signedText } from './signed-request.ts';

describe('the signed request, as both the hub and the app make it', () => {
  it("hashes a body as Node's SHA-256 of its UTF-8 bytes (the hub's definition before it was shared)", () => {
    for (const body of ['', '{"records":[]}', '{"who":"张三","room":"1-1-101"}', '😀'.repeat(100)]) {
      expect(bodyHash(body)).toBe(createHash('sha256').update(body).digest('hex'));
    }
  });

  it('leaves the auth parameter out of the signed path and keeps the rest', () => {
    expect(signedPath('/api/pull?since=3&auth=v1.x&limit=5')).toBe('/api/pull?since=3&limit=5');
    expect(signedPath('/api/push')).toBe('/api/push');
  });

  it('signs the method, path, ids, time, nonce and body hash, one per line', () => {
    const t = { estateId: 'e1', deviceId: 'd1', atMs: 1234, nonce: 'n'.repeat(16) };
    expect(signedText('post', '/api/push', t, 'x').split('\n')).toEqual([
      'gate-hub/1',
      'POST',
      '/api/push',
      'e1',
      'd1',
      '1234',
      'n'.repeat(16),
      bodyHash('x'),
    ]);
  });

  it("writes base64url as Node's (no padding) and a token of six parts", () => {
    const bytes = new Uint8Array(64).map((_, i) => (i * 37 + 251) % 256);
    expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    const token = formatToken({ estateId: 'e1', deviceId: 'd1', atMs: 5, nonce: 'abc' }, bytes);
    expect(token.split('.')).toEqual([
      'v1',
      'e1',
      'd1',
      '5',
      'abc',
      Buffer.from(bytes).toString('base64url'),
    ]);
  });
});
