import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDb } from '../index.ts';
import { createDb } from '../schema.ts';
import type { Passage } from '../types.ts';
import { flagsBetween, gateIds } from './dashboard-queries.ts';

const T0 = Date.UTC(2026, 10, 23, 0);
const HOUR = 3_600_000;
const passage = (
  id: string,
  gateId: string,
  at: number,
  verdict: Passage['verdict'],
  reasons: string[] = [],
): Passage => ({
  id,
  at,
  gateId,
  deviceId: 'd',
  direction: 'in',
  codeHash: null,
  codeFormat: null,
  verdict,
  reasons,
  personId: null,
});

describe('dashboard queries', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    await db().passages.bulkAdd([
      passage('a', 'east', T0 + HOUR, 'pass'),
      passage('b', 'east', T0 + 2 * HOUR, 'review', ['fever']),
      passage('c', 'west', T0 + HOUR, 'deny', ['unregistered']),
      passage('d', 'north', T0 - HOUR, 'pass'),
    ]);
    await db().flags.bulkAdd([
      {
        id: 'f1',
        at: T0 + HOUR,
        kind: 'fever',
        passageId: 'b',
        gateId: 'east',
        status: 'open',
        resolution: null,
        note: null,
        openedBy: 'x',
        resolvedBy: null,
        resolvedAt: null,
      },
      {
        id: 'f2',
        at: T0 - HOUR,
        kind: 'fever',
        passageId: 'b',
        gateId: 'east',
        status: 'open',
        resolution: null,
        note: null,
        openedBy: 'x',
        resolvedBy: null,
        resolvedAt: null,
      },
    ]);
  });

  it('finds every gate with a skip scan and the flags of a period', async () => {
    expect(await gateIds()).toEqual(['east', 'north', 'west']);
    expect((await flagsBetween(T0, T0 + 24 * HOUR)).map((f) => f.id)).toEqual(['f1']);
  });
});
