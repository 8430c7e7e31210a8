import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkLockout, savePin, serveLockout, storedLockout, storedPin } from '../../db/access.ts';
import { auditPage } from '../../db/audit.ts';
import { db, useDb } from '../../db/index.ts';
import { createDb } from '../../db/schema.ts';
import { setSetting } from '../../db/settings.ts';
import {
  changePin,
  confirmPin,
  lock,
  lockIfIdle,
  needsFirstPin,
  secretKind,
  session,
  setFirstPin,
  touch,
  type UnlockResult,
  unlock,
} from './access-state.ts';
import { hashPin, PIN_ITERATIONS } from './pin.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  session.value = null;
});

describe('console access', () => {
  it('asks the PIN again for an action: a wrong one counts toward the lockout, the right one clears the count', async () => {
    await setFirstPin('135790', '陈经理', NOW);
    expect(await confirmPin('000000', NOW + 1)).toMatchObject({ kind: 'wrong', triesLeft: 4 });
    expect((await storedLockout()).failures).toBe(1);
    expect(await confirmPin('135790', NOW + 2)).toEqual({ kind: 'ok' });
    expect((await storedLockout()).failures).toBe(0);
    // The wrong PIN is audited under the signed-in manager; the right one leaves the line to the action.
    const trail = await auditPage(10);
    expect(trail.map((e) => `${e.action} ${e.who}`)).toEqual(['pin-fail 陈经理', 'pin-set 陈经理']);
    for (let i = 0; i < 5; i++) await confirmPin('000000', NOW + 10 + i);
    expect(await confirmPin('135790', NOW + 20)).toMatchObject({ kind: 'locked' });
  });

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

  it('locks out after 5 wrong PINs, refuses even the right PIN until the lockout is served, then locks on each wrong PIN for twice as long', async () => {
    await setFirstPin('135790', 'm', NOW);
    for (let i = 4; i >= 1; i--)
      expect(await unlock('000000', 'm', NOW)).toEqual({ kind: 'wrong', triesLeft: i });
    expect(await unlock('000000', 'm', NOW)).toEqual({ kind: 'locked', ms: 30_000 });
    let { lockouts } = await serveLockout(0, -1);
    await serveLockout(29_000, lockouts);
    expect(await unlock('135790', 'm', NOW + 29_000)).toEqual({ kind: 'locked', ms: 1000 });
    await serveLockout(1000, lockouts);
    expect(await unlock('000000', 'm', NOW + 30_000)).toEqual({ kind: 'locked', ms: 60_000 });
    ({ lockouts } = await serveLockout(0, -1));
    await serveLockout(60_000, lockouts);
    expect(await unlock('135790', 'm', NOW + 90_000)).toEqual({ kind: 'ok' });
    // The right PIN clears the count: five tries again.
    await lock(NOW + 91_000);
    expect(await unlock('000000', 'm', NOW + 92_000)).toEqual({ kind: 'wrong', triesLeft: 4 });
  });

  it('keeps a lockout however far the clock is set forward or back', async () => {
    await setFirstPin('135790', 'm', NOW);
    await lock(NOW);
    for (let i = 0; i < 5; i++) await unlock('000000', 'm', NOW);
    const year = 365 * 24 * 3_600_000;
    expect(await unlock('135790', 'm', NOW + year)).toEqual({ kind: 'locked', ms: 30_000 });
    expect(await unlock('000000', 'm', NOW - year)).toEqual({ kind: 'locked', ms: 30_000 });
    expect((await checkLockout()).ms).toBe(30_000);
    expect(session.value).toBeNull();
  });

  it('counts wrong PINs tried at once from many tabs once each: five answers, then the lockout', async () => {
    await setFirstPin('135790', 'm', NOW);
    await lock(NOW);
    const results: UnlockResult[] = await Promise.all(
      Array.from({ length: 8 }, () => unlock('000000', 'm', NOW + 1)),
    );
    // Four "wrong", the fifth starts the lockout; the rest were being verified when it began.
    expect(results.filter((r) => r.kind === 'wrong')).toHaveLength(4);
    expect(results.filter((r) => r.kind === 'locked')).toHaveLength(4);
    expect(await storedLockout()).toMatchObject({ failures: 5, lockouts: 1 });
    const actions = (await auditPage(20)).map((e) => e.action);
    expect(actions.filter((a) => a === 'pin-fail')).toHaveLength(5);
    expect(actions.filter((a) => a === 'pin-lockout')).toHaveLength(1);
    expect(actions[0]).toBe('pin-lockout');
  });

  it('audits each wrong PIN and each lockout with the name typed', async () => {
    await setFirstPin('135790', '陈经理', NOW);
    await lock(NOW);
    for (let i = 0; i < 5; i++) await unlock('000000', '某人', NOW + 1);
    const entries = await auditPage(6);
    expect(entries.map((e) => [e.action, e.who, e.detail])).toEqual([
      ['pin-lockout', '某人', '1: 30 s'],
      ['pin-fail', '某人', '5'],
      ['pin-fail', '某人', '4'],
      ['pin-fail', '某人', '3'],
      ['pin-fail', '某人', '2'],
      ['pin-fail', '某人', '1'],
    ]);
  });

  it('unlocks with a PIN hashed before at 210,000 rounds and stores it again at the current count', async () => {
    const old = await hashPin('246810', 210_000);
    delete old.numeric;
    await savePin(old, 'm', 'pin-set', NOW);
    expect(await secretKind()).toBe('pin');
    expect(await unlock('246810', 'm', NOW + 1)).toEqual({ kind: 'ok' });
    const now = await storedPin();
    expect(now?.iterations).toBe(PIN_ITERATIONS);
    expect(now?.salt).not.toBe(old.salt);
    expect((await auditPage(1))[0]).toMatchObject({
      action: 'setting',
      detail: `pinIterations=${PIN_ITERATIONS}`,
    });
    await lock(NOW + 2);
    expect(await unlock('246810', 'm', NOW + 3)).toEqual({ kind: 'ok' });
    expect(await unlock('246811', 'm', NOW + 4)).toMatchObject({ kind: 'wrong' });
  });

  it('keeps a lockout stored by the version with a wall-clock end', async () => {
    await setFirstPin('135790', 'm', NOW);
    await lock(NOW);
    // As stored before: failures back to 0 after the lockout, its end a wall-clock time.
    const legacy = { failures: 0, lockouts: 1, lockedUntil: NOW + 30_000 };
    await setSetting('manage:lockout', legacy as never);
    expect(await unlock('135790', 'm', NOW + 60_000)).toEqual({ kind: 'locked', ms: 30_000 });
  });

  it('takes a passphrase as well as a PIN', async () => {
    await setFirstPin('east gate 7', 'm', NOW);
    expect(await secretKind()).toBe('passphrase');
    await lock(NOW);
    expect(await unlock('east gate 7', 'm', NOW + 1)).toEqual({ kind: 'ok' });
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
