/** The whole check a passage carries, for the data layer's tests: a volunteer's usual entry, changed by `over`. */
import type { CheckRecord } from './types.ts';

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
