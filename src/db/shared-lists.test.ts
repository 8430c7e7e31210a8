import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredEstate } from '../codes/trust-stored.ts';
import { auditPage } from './audit.ts';
import { applyPulled, type PulledChange, pullCursor } from './hub-pull.ts';
import { useDb } from './index.ts';
import { outboxFront } from './outbox.ts';
import { changePolicy, loadPolicy } from './policy.ts';
import { saveRetentionDays } from './retention.ts';
import { loadRiskList, type RiskList, saveRiskList } from './risk-list.ts';
import { createDb } from './schema.ts';
import type { SharedList } from './settings.ts';
import { getSetting, setSetting } from './settings.ts';
import { enrolForTest } from './test-records.ts';
import { loadTrust, type SavedTrust, saveTrust } from './trust.ts';
import type { HubLink, LedgerEntry } from './types.ts';

const NOW = Date.UTC(2026, 11, 6, 8);
const MIN = 60_000;

const enrol = (role: HubLink['role']) => enrolForTest(role, NOW);

const queued = async () => (await outboxFront(500))?.records ?? [];

const estateEntry = (estateId: string, x: string): StoredEstate => ({
  estateId,
  name: estateId,
  kid: `kid-${x}`,
  publicKeyJwk: { kty: 'EC', crv: 'P-256', x, y: `y-${x}` },
  revoked: [],
});

const trust = (estate: StoredEstate[], importedAt: number): SavedTrust => ({
  stored: { version: 1, dcc: [], shc: [], nzcp: [], estate },
  summary: [],
  importedAt,
  fileName: 'trust.json',
});

const risk = (importedAt: number): RiskList => ({
  areas: [{ code: '310115', name: '浦东新区', level: 'high' } as unknown as RiskList['areas'][number]],
  listDate: '2026-12-06',
  importedAt,
  fileName: 'risk.json',
});

let revision = 0;
const pull = async (kind: string, body: Record<string, unknown>, lists = new Set<SharedList>()) => {
  revision++;
  const change: PulledChange = { revision, kind, id: `r${revision}`, body };
  await applyPulled([change], revision, lists);
  return lists;
};

describe('the estate-wide lists between a connected office and its gates', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    revision = 0;
  });

  it("queues an office's policy change with its rules, retention days, time and manager", async () => {
    await enrol('office');
    await saveRetentionDays(14, '王经理', NOW);
    const next = await changePolicy({ feverThresholdC: 37.0 }, '王经理', NOW + MIN);
    const records = await queued();
    expect(records.map((r) => r.kind)).toEqual(['policy-version', 'policy-version']);
    expect(records[1]?.body).toMatchObject({
      feverThresholdC: 37.0,
      version: next.version,
      retentionDays: 14,
      changedAt: NOW + MIN,
      by: '王经理',
    });
  });

  it('queues no list change on a gate tablet (its role may not push them), and marks it changed here', async () => {
    await enrol('gate');
    await changePolicy({ feverThresholdC: 37.0 }, '王经理', NOW);
    await saveRiskList(risk(NOW), '王经理');
    await saveTrust(trust([], NOW), { who: '王经理', now: NOW });
    expect(await queued()).toEqual([]);
    expect(await getSetting('hub:listsAt')).toEqual({ policy: NOW, risk: NOW, trust: NOW });
  });

  it('queues imported trust and risk lists on an office PC', async () => {
    await enrol('office');
    await saveRiskList(risk(NOW), '王经理');
    await saveTrust(trust([estateEntry('other', 'a')], NOW), { who: '王经理', now: NOW + MIN });
    const records = await queued();
    expect(records.map((r) => r.kind)).toEqual(['risk-list', 'trust-list']);
    expect(records[0]?.body).toMatchObject({ listDate: '2026-12-06', changedAt: NOW, by: '王经理' });
    expect(records[1]?.body).toMatchObject({ fileName: 'trust.json', changedAt: NOW + MIN, by: '王经理' });
  });

  it('applies a pulled policy newer than the one held, audited with who changed it', async () => {
    const lists = await pull('policy-version', {
      ...(await loadPolicy()),
      version: 4,
      feverThresholdC: 37.0,
      retentionDays: 21,
      changedAt: NOW,
      by: '王经理',
    });
    expect([...lists]).toEqual(['policy']);
    const rules = await loadPolicy();
    expect(rules.feverThresholdC).toBe(37.0);
    expect(rules.version).toBe(4);
    expect(await getSetting('manage:retentionDays')).toBe(21);
    const [entry] = await auditPage(1);
    expect(entry).toMatchObject({ action: 'policy', who: '王经理', at: NOW });
    expect(entry?.detail).toContain('from-hub');
    expect(await pullCursor()).toBe(1);
  });

  it('keeps a change made here when an older one arrives from the hub', async () => {
    await changePolicy({ feverThresholdC: 37.5 }, '李主任', NOW + MIN);
    const lists = await pull('policy-version', {
      ...(await loadPolicy()),
      version: 9,
      feverThresholdC: 37.0,
      changedAt: NOW,
      by: '王经理',
    });
    expect(lists.size).toBe(0);
    expect((await loadPolicy()).feverThresholdC).toBe(37.5);
    expect(await pullCursor()).toBe(1);
  });

  it('takes the newest of several versions in one batch', async () => {
    const base = await loadPolicy();
    await applyPulled(
      [
        {
          revision: 1,
          kind: 'policy-version',
          id: 'a',
          body: { ...base, version: 2, feverThresholdC: 37.1, changedAt: NOW + 2 * MIN, by: 'a' },
        },
        {
          revision: 2,
          kind: 'policy-version',
          id: 'b',
          body: { ...base, version: 3, feverThresholdC: 37.2, changedAt: NOW + MIN, by: 'b' },
        },
      ],
      2,
    );
    expect((await loadPolicy()).feverThresholdC).toBe(37.1);
  });

  it('applies a pulled risk list, and ignores one that is not a risk list', async () => {
    await pull('risk-list', { areas: 'none', changedAt: NOW, by: 'x' });
    expect(await loadRiskList()).toBeNull();
    const lists = await pull('risk-list', { ...risk(NOW), changedAt: NOW, by: '王经理' });
    expect([...lists]).toEqual(['risk']);
    expect((await loadRiskList())?.areas).toHaveLength(1);
    expect(await pullCursor()).toBe(2);
  });

  it("never lets a pulled trust list replace this device's own estate key", async () => {
    const own = estateEntry('e1', 'mine');
    await setSetting('estateKey', {
      estateId: 'e1',
      name: '幸福里',
      kid: own.kid,
      publicKeyJwk: own.publicKeyJwk,
    } as never);
    await saveTrust(trust([own], NOW), { who: '王经理', now: NOW });
    // The attack: a list naming another key for this estate, and one of another estate.
    const forged = estateEntry('e1', 'forged');
    const other = estateEntry('e2', 'theirs');
    await pull('trust-list', { ...trust([forged, other], NOW + MIN), changedAt: NOW + MIN, by: '?' });
    const estate = (await loadTrust())?.stored.estate ?? [];
    expect(estate.map((e) => e.kid).sort()).toEqual([own.kid, other.kid].sort());
  });

  it("gives a tablet without an estate key the estate's public key from the office's list", async () => {
    const office = estateEntry('e1', 'office');
    await pull('trust-list', { ...trust([office], NOW), changedAt: NOW, by: '' });
    expect((await loadTrust())?.stored.estate).toEqual([office]);
  });

  it('applies a pulled ledger entry unless the copy held was changed later', async () => {
    const entry = (status: LedgerEntry['status'], updatedAt: number) =>
      ({
        id: 'L1',
        at: NOW,
        personId: 'p1',
        name: '张三',
        phone: '13800000000',
        from: '上海',
        arrivedOn: '2026-12-05',
        transport: '火车',
        home: null,
        itinerary: [],
        status,
        flagId: null,
        updatedAt,
      }) satisfies LedgerEntry;
    await pull('ledger-entry', { ...entry('pending', NOW) });
    expect((await createDb().ledger.get('L1'))?.status).toBe('pending');
    await pull('ledger-entry', { ...entry('reported', NOW + 2 * MIN) });
    await pull('ledger-entry', { ...entry('pending', NOW + MIN) });
    expect((await createDb().ledger.get('L1'))?.status).toBe('reported');
  });
});
