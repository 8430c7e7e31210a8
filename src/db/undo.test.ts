import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFlags } from './flags.ts';
import { db, useDb } from './index.ts';
import { fillPassageRows } from './log/fill-rows.ts';
import { passageRowsBetween } from './log/queries.ts';
import { dayReport } from './log/report.ts';
import {
  recentPassages,
  recordCheck,
  shiftSummary,
  UNDO_WINDOW_MS,
  undoCheck,
  verifyChain,
} from './passages.ts';
import { createDb } from './schema.ts';
import { testPassage } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

const check = testPassage;

describe('undo at the gate: an audited correction that counts nowhere', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('marks the check undone, deletes its flags and audits who undid what, chain intact', async () => {
    const { passage } = await recordCheck(check(NOW, 'deny', ['mask-none']), ['mask-none']);
    await recordCheck(check(NOW + 5000, 'pass', []), []);
    await undoCheck(passage.id, '王芳', NOW + 3000);
    const stored = await db().passages.get(passage.id);
    expect(stored?.undone).toEqual({ at: NOW + 3000, by: '王芳' });
    expect(await openFlags()).toHaveLength(0);
    const [entry] = await db().audit.toArray();
    expect(entry).toMatchObject({ action: 'check-undone', who: '王芳' });
    expect(entry?.detail).toBe(`${passage.id} deny mask-none flags mask-none`);
    expect((await verifyChain()).firstBreak).toBeNull();
  });

  it('leaves the undone check out of the shift, the recent list, the rows and the day report', async () => {
    const { passage } = await recordCheck(check(NOW, 'deny', ['fever']), ['fever']);
    await recordCheck(check(NOW + 1000, 'pass', []), []);
    await fillPassageRows(1000, NOW + 60_000);
    await undoCheck(passage.id, '王芳', NOW + 2000);
    const shift = await shiftSummary('east', NOW - 1, NOW + 10_000);
    expect(shift).toMatchObject({ checks: 1, pass: 1, deny: 0, openFlags: 0, fevers: [] });
    expect((await recentPassages()).map((p) => p.id)).not.toContain(passage.id);
    expect(await passageRowsBetween(NOW - 1, NOW + 10_000)).toHaveLength(1);
    const report = await dayReport(NOW - 1, NOW + 10_000);
    expect(report.counts).toEqual({ pass: 1, review: 0, deny: 0, recorded: 0 });
    expect(report.fevers).toHaveLength(0);
  });

  it('refuses an undo past its time, a second undo and an undo with nobody named', async () => {
    const { passage } = await recordCheck(check(NOW, 'deny', ['mask-none']), ['mask-none']);
    await expect(undoCheck(passage.id, '', NOW + 1000)).rejects.toThrow(/volunteer/);
    await expect(undoCheck(passage.id, '王芳', NOW + 60_000)).rejects.toThrow(/too late/);
    expect(UNDO_WINDOW_MS).toBeLessThan(60_000);
    await undoCheck(passage.id, '王芳', NOW + 1000);
    await expect(undoCheck(passage.id, '王芳', NOW + 2000)).rejects.toThrow(/already/);
    expect(await db().audit.count()).toBe(1);
  });
});
