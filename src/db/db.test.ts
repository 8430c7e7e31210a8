import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb } from './index.ts';
import { recentPassages, recordCheck } from './passages.ts';
import { createDb } from './schema.ts';
import { deviceId } from './settings.ts';

const base = {
  gateId: 'east',
  deviceId: 'dev-1',
  direction: 'in' as const,
  codeHash: 'ab'.repeat(32),
  codeFormat: 'opaque' as const,
  verdict: 'pass' as const,
  reasons: [],
  personId: null,
};

describe('db', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('lists the newest passages first, even within one millisecond', async () => {
    const at = Date.UTC(2026, 10, 23, 8);
    for (let i = 0; i < 25; i++) await recordCheck({ ...base, at, codeHash: String(i) }, []);
    const recent = await recentPassages(20);
    expect(recent).toHaveLength(20);
    expect(recent.map((p) => p.codeHash)).toEqual(Array.from({ length: 20 }, (_, i) => String(24 - i)));
  });

  it('keeps one device id', async () => {
    const a = await deviceId();
    const b = await deviceId();
    expect(a).toMatch(/^dev-[0-9a-z]{10}$/);
    expect(b).toBe(a);
  });
});
