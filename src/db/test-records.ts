/** Records for tests: the whole check a passage carries, a resident and a ledger entry; each changed by `over`. */
import { saveHubLink } from './hub-link.ts';
import type { CheckRecord, HubLink, LedgerEntry, Passage, Person } from './types.ts';

/** 36.5 °C, mask on, a green code the volunteer read (not verified), policy version 1. */
export function testCheck(over: Partial<CheckRecord> = {}): CheckRecord {
  return {
    temperaturesC: [36.5],
    mask: 'ok',
    colour: 'green',
    colourSource: 'attested',
    signature: null,
    validity: null,
    personKind: null,
    volunteer: '王芳',
    policyVersion: 1,
    ...over,
  };
}

/** The same for a resident's verified estate pass. */
export function verifiedCheck(over: Partial<CheckRecord> = {}): CheckRecord {
  return testCheck({
    colourSource: 'verified',
    signature: 'valid',
    validity: 'valid',
    personKind: 'resident',
    ...over,
  });
}

/** Resident 张三 of building 1, unit 1, `room` (also the id), with no status and no vaccination data. */
export function testResident(room: string, updatedAt: number, over: Partial<Person> = {}): Person {
  return {
    id: room,
    kind: 'resident',
    name: '张三',
    phone: null,
    building: '1',
    unit: '1',
    room,
    status: 'normal',
    registeredUntil: null,
    updatedAt,
    ...over,
  };
}

/** Returnee 赵六's ledger entry `id` in `status`, last changed at `updatedAt`, arrived three days before. */
export function testLedgerEntry(id: string, status: LedgerEntry['status'], updatedAt: number): LedgerEntry {
  return {
    id,
    at: updatedAt - 3 * 86_400_000,
    personId: `decl-${id}`,
    name: '赵六',
    phone: '13700001111',
    from: '440305',
    arrivedOn: '2026-09-01',
    transport: 'G1234',
    home: { building: '3', unit: '1', room: '502' },
    itinerary: [{ region: '440305', date: '2026-08-30' }],
    status,
    flagId: `f-${id}`,
    updatedAt,
  };
}

/** A gate check at the east gate as `recordCheck` takes it (no person, no code): tests of the passage layer. */
export function testPassage(at: number, verdict: Passage['verdict'], reasons: string[]): Omit<Passage, 'id'> {
  return {
    at,
    gateId: 'east',
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: null,
    codeFormat: null,
    verdict,
    reasons,
    personId: null,
    check: testCheck(),
  };
}

/** A stored fever deny at the east gate `ageDays` before `now`, with a person and a code: retention tests. */
export function agedPassage(id: string, ageDays: number, now: number): Passage {
  return {
    id,
    at: now - ageDays * 86_400_000,
    gateId: 'east',
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: `h-${id}`,
    codeFormat: 'estate-pass',
    verdict: 'deny',
    reasons: ['fever'],
    personId: `p-${id}`,
    check: verifiedCheck({ temperaturesC: [38.5] }),
  };
}

/**
 * Enrols this device with a hub as `role`, as the device screen does (a fresh non-extractable
 * key, the link saved): device `d-<role>` of the estate e1 (幸福里), a gate tablet as 东门;
 * `over` changes the link. Returns the link saved.
 */
export async function enrolForTest(
  role: HubLink['role'],
  now: number,
  over: Partial<HubLink> = {},
): Promise<HubLink> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const link: HubLink = {
    hub: 'http://127.0.0.1:4173',
    estateId: 'e1',
    estateName: '幸福里',
    deviceId: `d-${role}`,
    role,
    gateName: role === 'gate' ? '东门' : null,
    enrolledAt: now,
    ...over,
  };
  await saveHubLink(link, pair.privateKey, 'enrolment-code', now);
  return link;
}
