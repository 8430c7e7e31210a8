import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, useDb } from './index.ts';
import { purgePersonalData } from './retention.ts';
import { createDb, DB_NAME, STORES_V1, STORES_V2, STORES_V3 } from './schema.ts';
import { getSetting } from './settings.ts';
import { agedPassage } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;
const passage = (id: string, ageDays: number) => agedPassage(id, ageDays, NOW);

describe('passages stored before schema v4', () => {
  it('are swept once: a check stuck below the old mark loses its person, a recent one joins the index', async () => {
    db().close();
    await Dexie.delete(DB_NAME);
    const old = new Dexie(DB_NAME);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.open();
    // The old purge had passed NOW - 28 days; a check recorded after it by a clock set 60 days
    // back sat below that mark and was never read again.
    await old.table('passages').bulkAdd([passage('stuck', 60), passage('recent', 1), passage('d', 0.5)]);
    await old.table('settings').put({ key: 'manage:purgedBefore', value: NOW - 28 * DAY });
    old.close();
    useDb(createDb());

    expect(await purgePersonalData(NOW, 'm', false, 1)).toMatchObject({ passages: 1 });
    expect((await db().passages.get('stuck'))?.personId).toBeNull();
    expect(await db().passages.get('recent')).toMatchObject({ personId: 'p-recent', retainFrom: NOW - DAY });
    expect(await getSetting('manage:retentionIndexed')).toBe(true);
    expect(await getSetting('manage:purgedBefore')).toBeUndefined();
    expect(await purgePersonalData(NOW + 28 * DAY, 'm')).toMatchObject({ passages: 2 });
    expect(await db().passages.where('retainFrom').above(0).count()).toBe(0);
  });
});
