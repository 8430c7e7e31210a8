/** Hand-built scans, people and inputs for the policy tests (pinned clock). */
import type { DeclarationFacts, PassFacts, PersonKind, ScanResult } from '../codes/types.ts';
import {
  type CheckInput,
  DEFAULT_RULES,
  type KnownPerson,
  type PolicyRules,
  type ReasonCode,
  type RiskHit,
  type VerdictKind,
} from './types.ts';

export const NOW = Date.UTC(2026, 10, 23, 8);
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A scan result with the given overrides on top of an empty one. */
export function scan(
  format: ScanResult['format'],
  over: Partial<Omit<ScanResult, 'details'>> & { facts?: PassFacts; expiresAt?: number | null } = {},
): ScanResult {
  // Built from the types alone, so these tests hold whatever state the code readers are in.
  const { facts, expiresAt, ...top } = over;
  return {
    format,
    decoded: false,
    signature: 'not-checked',
    validity: 'unknown',
    certificateType: null,
    holder: null,
    errors: [],
    ...top,
    details: {
      textHash: 'ab'.repeat(32),
      contentHash: null,
      issuer: null,
      kid: null,
      issuedAt: null,
      notBefore: null,
      expiresAt: expiresAt ?? null,
      facts: facts ?? {},
      messages: [],
    },
  };
}

/** A verified, current signed pass of the given format. */
export function signed(
  format: 'dcc' | 'shc' | 'nzcp' | 'estate-pass',
  over: Parameters<typeof scan>[1] = {},
): ScanResult {
  return scan(format, {
    decoded: true,
    signature: 'valid',
    validity: 'valid',
    expiresAt: NOW + DAY_MS,
    ...over,
  });
}

/** A verified estate pass for a person of the given kind. */
export function estatePass(kind: PersonKind = 'resident', over: Parameters<typeof scan>[1] = {}): ScanResult {
  return signed('estate-pass', {
    certificateType: 'estate-pass',
    facts: {
      estatePass: {
        passId: 'p1',
        personId: 'person-1',
        estateId: 'estate-1',
        kind,
        displayName: '张*三',
        building: '3',
        unit: '1',
        room: '502',
        validFrom: NOW - 30 * DAY_MS,
        validUntil: NOW + DAY_MS,
      },
    },
    ...over,
  });
}

/** A verified test certificate sampled `hoursAgo` before NOW. */
export function testPass(kind: 'rat' | 'naat' | 'other', hoursAgo: number, negative = true): ScanResult {
  return signed('dcc', {
    certificateType: 'test',
    facts: { test: { sampledAt: NOW - hoursAgo * HOUR_MS, kind, negative } },
  });
}

export const COURIER: DeclarationFacts = {
  version: 1,
  kind: 'courier',
  name: '王小明',
  phone: '13800138000',
  idLast4: '123X',
  company: '顺丰速运',
  plate: null,
  host: null,
  purpose: null,
  returnee: null,
  itinerary: [{ region: '440305', date: '2026-11-20' }],
  reportedColour: 'green',
  lastTestAt: NOW - 24 * HOUR_MS,
  createdAt: NOW - HOUR_MS,
};

/** A read declaration (self-declared, unsigned). */
export function declaration(over: Partial<DeclarationFacts> = {}): ScanResult {
  return scan('declaration', {
    decoded: true,
    signature: 'unsigned',
    facts: { declaration: { ...COURIER, ...over } },
  });
}

export const RESIDENT: KnownPerson = { kind: 'resident', status: 'normal', registeredUntil: null };

/** A compliant resident coming in with an estate card; override what a case changes. */
export function input(over: Partial<CheckInput> = {}): CheckInput {
  return {
    scan: estatePass(),
    attestedColour: null,
    temperatures: [36.5],
    mask: 'ok',
    direction: 'in',
    person: RESIDENT,
    itineraryRisk: [],
    ...over,
  };
}

/** The default rules with some parts replaced. */
export function rules(over: Partial<PolicyRules> = {}): PolicyRules {
  return { ...DEFAULT_RULES, ...over };
}

/** The default rules with a test required. */
export function testRules(over: Partial<PolicyRules['test']> = {}): PolicyRules {
  return rules({ test: { ...DEFAULT_RULES.test, requirement: 'required', ...over } });
}

/** One table case: name, input, rules, expected verdict and reasons. */
/** A risk-itinerary hit of the given level. */
export const hit = (level: 'high' | 'medium'): RiskHit => ({
  stop: { region: '440305', date: '2026-11-20' },
  area: { region: '440300', level, from: '2026-11-01', to: '2026-11-30' },
});
export const opaque = scan('opaque');
export const quarantined = (status: 'home-quarantine' | 'home-monitoring' | 'central-quarantine') => ({
  ...RESIDENT,
  status,
});
export const courier = (registeredUntil: number | null) => ({
  kind: 'courier' as const,
  status: 'normal' as const,
  registeredUntil,
});

export type Row = [
  name: string,
  input: CheckInput,
  rules: PolicyRules,
  verdict: VerdictKind,
  reasons: ReasonCode[],
];
export const D = rules();
