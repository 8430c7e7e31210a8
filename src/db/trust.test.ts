import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredTrust } from '../codes/trust-stored.ts';
import { useDb } from './index.ts';
import { createDb } from './schema.ts';
import { loadTrust, type SavedTrust, saveTrust } from './trust.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);
const estate = (name: string): StoredTrust => ({
  version: 1,
  dcc: [],
  shc: [],
  nzcp: [],
  estate: [
    { estateId: 'hy01', name, kid: 'k', publicKeyJwk: { kty: 'EC' } } as StoredTrust['estate'][number],
  ],
});
const bundle = (stored: StoredTrust, importedAt: number, fileName: string): SavedTrust => ({
  stored,
  summary: [],
  importedAt,
  fileName,
});

describe('the trust list and its age', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('re-importing an old list keeps the age it had; a new list starts at its import', async () => {
    const old = estate('旧名单');
    await saveTrust(bundle(old, T0, 'old.json'), { who: '王经理', now: T0 });
    await saveTrust(bundle(estate('新名单'), T0 + 30 * DAY, 'new.json'), {
      who: '王经理',
      now: T0 + 30 * DAY,
    });
    expect((await loadTrust())?.importedAt).toBe(T0 + 30 * DAY);

    const again = await saveTrust(bundle(old, T0 + 60 * DAY, 'old-copy.json'), {
      who: '王经理',
      now: T0 + 60 * DAY,
    });
    expect(again.importedAt).toBe(T0);
    expect(await loadTrust()).toMatchObject({ importedAt: T0, fileName: 'old-copy.json' });
  });

  it("the console's own upkeep (no manager) saves the list as given", async () => {
    await saveTrust(bundle(estate('a'), T0, 'a.json'), { who: '王经理', now: T0 });
    await saveTrust(bundle(estate('a'), T0 + DAY, 'a.json'));
    expect((await loadTrust())?.importedAt).toBe(T0 + DAY);
  });
});
