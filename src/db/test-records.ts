/** Records for tests: the whole check a passage carries, and a resident; each changed by `over`. */
import type { CheckRecord, Person } from './types.ts';

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
