import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { FLAG_REASONS } from '../policy/reasons.ts';
import { auditPage } from './audit.ts';
import { FLAG_KINDS, type FlagFilter, flagPage, REPORT_FLAG, resolutionsFor, resolveFlag } from './flags.ts';
import { db, newId, useDb } from './index.ts';
import { createDb } from './schema.ts';
import type { Flag } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

function flag(i: number): Flag {
  // 120 flags in one millisecond, the rest a second apart: paging must neither skip nor repeat.
  const at = i < 120 ? NOW : NOW - i * 1000;
  return {
    id: newId(at),
    at,
    kind: i % 2 === 0 ? 'fever' : 'mask-none',
    passageId: `p${i}`,
    gateId: 'east',
    status: i % 3 === 0 ? 'resolved' : 'open',
    resolution: null,
    note: null,
    openedBy: '王芳',
    resolvedBy: null,
    resolvedAt: null,
  };
}

async function all(filter: FlagFilter): Promise<string[]> {
  const ids: string[] = [];
  let cursor: { at: number; id: string } | null = null;
  for (;;) {
    const page = await flagPage(filter, cursor, 50);
    ids.push(...page.map((f) => f.id));
    const last = page.at(-1);
    if (!last || page.length < 50) return ids;
    cursor = { at: last.at, id: last.id };
  }
}

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  await db().flags.bulkAdd(Array.from({ length: 300 }, (_, i) => flag(i)));
});

describe('console flags', () => {
  it('pages by status and kind with no flag skipped or repeated', async () => {
    const every = await all({ status: '', kind: '' });
    expect(new Set(every).size).toBe(300);
    expect(await all({ status: 'open', kind: '' })).toHaveLength(200);
    const openFever = await all({ status: 'open', kind: 'fever' });
    expect(new Set(openFever).size).toBe(100);
  });

  it('resolves from the console with who, when and a note, and audits it', async () => {
    const [first] = await flagPage({ status: 'open', kind: '' }, null, 1);
    if (!first) throw new Error('no open flag');
    const done = await resolveFlag(first.id, 'referred-committee', '陈经理', NOW + 5, '已上报');
    expect(done).toMatchObject({
      status: 'resolved',
      resolvedBy: '陈经理',
      resolvedAt: NOW + 5,
      note: '已上报',
    });
    expect(await resolveFlag(first.id, 'false-alarm', 'x', NOW + 6, null)).toBeNull();
    const entries = await auditPage(10);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'flag-resolve', who: '陈经理' });
  });
});

describe('resolutions fit the flag', () => {
  it('every kind a flag may have offers at least one resolution, from one table', () => {
    expect([...FLAG_KINDS].sort()).toEqual([...FLAG_REASONS, REPORT_FLAG].sort());
    for (const kind of FLAG_KINDS) expect(resolutionsFor(kind).length, kind).toBeGreaterThan(0);
  });

  it('a fever is never closed with mask advice; a mask flag is', () => {
    expect(resolutionsFor('fever')).not.toContain('mask-fixed');
    expect(resolutionsFor('fever')).toContain('remeasured-normal');
    for (const kind of ['mask-none', 'mask-improper']) {
      expect(resolutionsFor(kind)).toContain('mask-fixed');
      expect(resolutionsFor(kind)).not.toContain('remeasured-normal');
    }
    // Only the mask flags take mask advice, only the fever a normal re-measure.
    for (const kind of FLAG_KINDS) {
      if (!kind.startsWith('mask-')) expect(resolutionsFor(kind), kind).not.toContain('mask-fixed');
      if (kind !== 'fever') expect(resolutionsFor(kind), kind).not.toContain('remeasured-normal');
    }
  });

  it('refuses a resolution that does not fit the flag: it stays open, nothing is audited', async () => {
    const fever = (await flagPage({ status: 'open', kind: 'fever' }, null, 1))[0];
    if (!fever) throw new Error('no open fever flag');
    await expect(resolveFlag(fever.id, 'mask-fixed', '王芳', NOW + 5)).rejects.toThrow(/mask-fixed/);
    expect(await db().flags.get(fever.id)).toMatchObject({ status: 'open', resolution: null });
    expect(await auditPage(10)).toEqual([]);
    expect(await resolveFlag(fever.id, 'remeasured-normal', '王芳', NOW + 6)).toMatchObject({
      status: 'resolved',
      resolution: 'remeasured-normal',
    });
  });
});
