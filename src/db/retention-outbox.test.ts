import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb } from './index.ts';
import { outboxFront } from './outbox.ts';
import { recordCheck } from './passages.ts';
import { purgePersonalData } from './retention.ts';
import { createDb } from './schema.ts';
import { enrolForTest } from './test-records.ts';

const NOW = Date.UTC(2026, 11, 6, 8);
const DAY = 86_400_000;

const check = (at: number, codeHash: string) =>
  recordCheck(
    {
      at,
      gateId: '北门',
      deviceId: 'tablet',
      direction: 'in',
      codeHash,
      codeFormat: 'opaque',
      verdict: 'pass',
      reasons: [],
      personId: 'R-1',
    },
    [],
  );

describe('retention of checks still waiting to be uploaded', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    await enrolForTest('gate', NOW - 60 * DAY, { deviceId: 'tablet', gateName: '北门' });
  });

  it('clears the personal fields of a queued check past retention, and keeps a recent one whole', async () => {
    await check(NOW - 40 * DAY, 'old-hash');
    await check(NOW - DAY, 'new-hash');
    const counts = await purgePersonalData(NOW, '王经理');
    expect(counts.passages).toBe(1);
    const queued = (await outboxFront(500))?.records ?? [];
    const bodies = queued.map(
      (r) => r.body as { codeHash: string | null; personId: string | null; verdict: string },
    );
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({ codeHash: null, personId: null, verdict: 'pass' });
    expect(bodies[1]).toMatchObject({ codeHash: 'new-hash', personId: 'R-1' });
  });
});
