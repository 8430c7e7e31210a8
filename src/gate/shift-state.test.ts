import 'fake-indexeddb/auto';
import { beforeEach, expect, it, vi } from 'vitest';
import { db, useDb } from '../db/index.ts';
import { createDb } from '../db/schema.ts';
import { getSetting } from '../db/settings.ts';
import {
  heldCheck,
  holdUntilOnDuty,
  loadGateSettings,
  shiftStart,
  signIn,
  volunteer,
} from './shift-state.ts';

// The policy read is held open by the test, so a sign-in can land while the start-up read runs
// (on a slow tablet it does: the sign-in form is on screen before storage has answered).
const policyRead = vi.hoisted(() => ({ gate: Promise.resolve() }));
vi.mock('../db/policy.ts', async (original) => {
  const real = await original<typeof import('../db/policy.ts')>();
  return { ...real, loadPolicy: async () => policyRead.gate.then(() => real.loadPolicy()) };
});

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  volunteer.value = '';
  shiftStart.value = 0;
  heldCheck.value = null;
});

it('a sign-in made while the stored shift is still being read is kept (the read does not undo it)', async () => {
  let started = 0;
  holdUntilOnDuty(() => {
    started++;
  });
  // The app starts reading the stored volunteer; a quick volunteer signs in before that read ends.
  let release = () => {};
  policyRead.gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const loading = loadGateSettings();
  await signIn('王芳');
  release();
  await loading;
  expect(volunteer.value).toBe('王芳');
  expect(shiftStart.value).toBeGreaterThan(0);
  expect(await getSetting('volunteer')).toBe('王芳');
  // The code held before the sign-in went on to its check once, and nothing is held again.
  expect(started).toBe(1);
  expect(heldCheck.value).toBeNull();
});

it('the volunteer on duty before a reload is on duty after it', async () => {
  await signIn('李强');
  volunteer.value = '';
  shiftStart.value = 0;
  await loadGateSettings();
  expect(volunteer.value).toBe('李强');
  expect(shiftStart.value).toBeGreaterThan(0);
});
