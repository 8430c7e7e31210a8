import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { storedPin } from '../../db/access.ts';
import { auditPage } from '../../db/audit.ts';
import { db, useDb } from '../../db/index.ts';
import { createDb } from '../../db/schema.ts';
import {
  changePin,
  lock,
  lockIfIdle,
  needsFirstPin,
  session,
  setFirstPin,
  touch,
  unlock,
} from './access-state.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  session.value = null;
});

describe('console access', () => {
  it('sets the PIN once, stores only its hash, unlocks with it and audits each step', async () => {
    expect(await needsFirstPin()).toBe(true);
    await setFirstPin('135790', '陈经理', NOW);
    expect(session.value).toBe('陈经理');
    expect(JSON.stringify(await storedPin())).not.toContain('135790');
    await lock(NOW + 1);
    expect(session.value).toBeNull();
    expect(await unlock('135790', '陈经理', NOW + 2)).toEqual({ kind: 'ok' });
    expect((await auditPage(10)).map((e) => e.action)).toEqual(['unlock', 'lock', 'pin-set']);
  });

  it('locks out after 5 wrong PINs, refuses even the right PIN until the delay passes, then doubles', async () => {
    await setFirstPin('135790', 'm', NOW);
    for (let i = 4; i >= 1; i--)
      expect(await unlock('000000', 'm', NOW)).toEqual({ kind: 'wrong', triesLeft: i });
    expect(await unlock('000000', 'm', NOW)).toEqual({ kind: 'locked', ms: 30_000 });
    expect(await unlock('135790', 'm', NOW + 29_000)).toEqual({ kind: 'locked', ms: 1000 });
    for (let i = 0; i < 4; i++) await unlock('000000', 'm', NOW + 30_000);
    expect(await unlock('000000', 'm', NOW + 30_000)).toEqual({ kind: 'locked', ms: 60_000 });
    expect(await unlock('135790', 'm', NOW + 90_000)).toEqual({ kind: 'ok' });
  });

  it('locks itself after the idle minutes and changes the PIN only with the current one', async () => {
    await setFirstPin('135790', 'm', NOW);
    touch(NOW);
    await lockIfIdle(NOW + 4 * 60_000);
    expect(session.value).toBe('m');
    await lockIfIdle(NOW + 5 * 60_000);
    expect(session.value).toBeNull();
    expect((await auditPage(1))[0]?.action).toBe('auto-lock');
    expect(await changePin('999999', '2468024', NOW)).toBe(false);
    expect(await changePin('135790', '2468024', NOW)).toBe(true);
    expect(await unlock('2468024', 'm', NOW)).toEqual({ kind: 'ok' });
  });
});
