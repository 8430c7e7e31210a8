import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditPage } from './audit.ts';
import { db, useDb } from './index.ts';
import { createDb } from './schema.ts';
import { getSetting } from './settings.ts';
import { startShift } from './shift.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const COUNTS = { checks: 3, pass: 1, review: 1, deny: 1, openFlags: 3, fevers: [] };

beforeEach(async () => {
  await createDb().delete();
  useDb(createDb());
});

describe('the duty shift', () => {
  it('a first sign-in starts the shift: the name every record carries and when it began', async () => {
    await startShift('王芳', NOW, null);
    expect(await getSetting('volunteer')).toBe('王芳');
    expect(await getSetting('shiftStart')).toBe(NOW);
    expect(await auditPage(10)).toEqual([]);
  });

  it('a handover is audited with who handed over to whom and the outgoing shift, in one write', async () => {
    await startShift('王芳', NOW, null);
    const from = { volunteer: '王芳', start: NOW, gateId: 'gate-1', deviceId: 'dev-1', summary: COUNTS };
    await startShift('李强', NOW + 3_600_000, from);
    expect(await getSetting('volunteer')).toBe('李强');
    expect(await getSetting('shiftStart')).toBe(NOW + 3_600_000);
    const [entry] = await auditPage(10);
    expect(entry).toMatchObject({ action: 'handover', who: '李强', at: NOW + 3_600_000 });
    expect(entry?.detail).toContain('王芳 → 李强');
    expect(entry?.detail).toContain('gate-1');
    expect(entry?.detail).toContain('checks 3 pass 1 review 1 deny 1 open-flags 3 fevers 0');
  });

  it('refuses an empty name', async () => {
    await expect(startShift('  ', NOW, null)).rejects.toThrow();
    expect(await db().settings.get('volunteer')).toBeUndefined();
  });
});
