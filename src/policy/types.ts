/**
 * The gate policy's inputs, rules and output. Rules are versioned: every recorded check carries
 * the version it was decided under, and a change in settings is a new version, never an edit.
 */
import type { HealthCodeColour, ItineraryStop, PersonKind, ScanResult } from '../codes/types.ts';

/** Fever at or above this temperature (°C), as the product's practice sets it. */
export const FEVER_THRESHOLD_C = 37.3;
/** A rapid antigen test counts this many hours after sampling. */
export const TEST_WINDOW_RAT_H = 48;
/** A nucleic-acid (NAAT, 核酸) test counts this many hours after sampling. */
export const TEST_WINDOW_NAAT_H = 72;
/** Temperatures the gate accepts at all (°C): outside this is a typing slip, not a reading. */
export const TEMPERATURE_MIN_C = 34.0;
export const TEMPERATURE_MAX_C = 42.5;
/** Itineraries look back this many days (行程卡: "14 天内"). */
export const ITINERARY_WINDOW_DAYS = 14;
/** The verdict screen resets for the next person after this many seconds. */
export const AUTO_RESET_S = 8;

export type VerdictKind = 'pass' | 'review' | 'deny';
/** What a failed check leads to: never 'pass' (a rule that passes simply raises no reason). */
export type Severity = 'review' | 'deny';
export type PersonStatus = 'normal' | 'home-quarantine' | 'home-monitoring' | 'central-quarantine';
export type MaskCheck = 'ok' | 'improper' | 'none';
export type Direction = 'in' | 'out';
/** A check the volunteer has not done yet. */
export type MissingCheck = 'temperature' | 'mask' | 'colour';
/** Where a health-code colour came from: a verified pass, the volunteer's reading, or self-declared. */
export type ColourSource = 'verified' | 'attested' | 'declared';

/** Stable reason codes (CONTRACTS §5 plus a few the policy needs); extend, never rename. */
export type ReasonCode =
  | 'quarantine-exit'
  | 'fever'
  | 'code-red'
  | 'pass-invalid'
  | 'test-positive'
  | 'fever-remeasure'
  | 'code-yellow'
  | 'mask-none'
  | 'mask-improper'
  | 'pass-expired'
  | 'pass-not-yet-valid'
  | 'pass-unverified'
  | 'estate-key-missing'
  | 'declaration-invalid'
  | 'test-missing'
  | 'test-expired'
  | 'risk-itinerary'
  | 'unregistered'
  | 'incomplete';

export interface PolicyRules {
  /** Bumped on every change; recorded with each check. */
  version: number;
  feverThresholdC: number;
  test: {
    requirement: 'none' | 'required';
    /** Who must show a test (coming in); a person of unknown kind always must. */
    kinds: PersonKind[];
    /** Hours a negative result counts, per test kind; 'other' and unknown kinds use their own window. */
    windowH: { rat: number; naat: number; other: number };
    /** What a missing or out-of-window test leads to. */
    onFail: Severity;
  };
  /** What each health-code colour leads to ('pass' raises no reason). Green always passes; red never does. */
  colours: { green: 'pass'; yellow: VerdictKind; red: Severity };
  mask: { none: Severity; improper: 'review' };
  /** Statuses whose holders must not go out (非必要不外出). */
  quarantineBlocksExit: PersonStatus[];
  unregistered: Severity;
  /** What a risk-itinerary hit leads to, per risk level of the area. */
  riskItinerary: { high: Severity; medium: Severity };
  autoResetS: number;
  voice: boolean;
}

export const DEFAULT_RULES: PolicyRules = {
  version: 1,
  feverThresholdC: FEVER_THRESHOLD_C,
  test: {
    requirement: 'none',
    kinds: ['resident', 'courier', 'visitor', 'returnee', 'staff'],
    windowH: { rat: TEST_WINDOW_RAT_H, naat: TEST_WINDOW_NAAT_H, other: TEST_WINDOW_RAT_H },
    onFail: 'review',
  },
  colours: { green: 'pass', yellow: 'review', red: 'deny' },
  mask: { none: 'deny', improper: 'review' },
  quarantineBlocksExit: ['home-quarantine', 'home-monitoring', 'central-quarantine'],
  unregistered: 'review',
  riskItinerary: { high: 'deny', medium: 'review' },
  autoResetS: AUTO_RESET_S,
  voice: true,
};

/** A person as the estate's registries know them (null in `CheckInput` = not found). */
export interface KnownPerson {
  kind: PersonKind;
  status: PersonStatus;
  /** Epoch ms the registration runs to; null = no end (residents, staff). */
  registeredUntil: number | null;
}

/** A risk area from the manager's imported list (中高风险地区). */
export interface RiskArea {
  /** GB/T 2260 code; 110000 covers 11xxxx, 440300 covers 4403xx, 440305 only itself. */
  region: string;
  level: 'high' | 'medium';
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
  /**
   * Set when the list names only part of `region`: a community (official lists name 小区 and
   * 村 inside a district) or a zone with no code of its own (经开区), placed at its city. Being
   * in `region` is then a hit to review, never proof of having been in the area.
   */
  within?: string;
}

/** One itinerary stop that falls in a listed risk area within the window. */
export interface RiskHit {
  stop: ItineraryStop;
  area: RiskArea;
}

/** Everything the gate knows about one person at one moment. */
export interface CheckInput {
  scan: ScanResult | null;
  /** The volunteer's reading of a code that cannot be verified: attested, never "verified". */
  attestedColour: HealthCodeColour | null;
  /** °C readings in order; a re-measure appends. */
  temperatures: number[];
  mask: MaskCheck | null;
  direction: Direction;
  person: KnownPerson | null;
  itineraryRisk: RiskHit[];
}

/** What the voice line says, as codes: the reason that set the verdict, else whether the temperature was normal. */
export interface VoiceCue {
  lead: ReasonCode | null;
  temperatureOk: boolean;
}

export interface Verdict {
  verdict: VerdictKind;
  /** In the stable order of `REASON_ORDER`. */
  reasons: ReasonCode[];
  /** The reasons that open a flag in the volunteer queue (a subset of `reasons`, same order). */
  flags: ReasonCode[];
  /** What to speak (the UI words it, and speaks it only when `rules.voice`). */
  voice: VoiceCue;
  /** The colour that counted and where it came from, for the record. */
  colour: { colour: HealthCodeColour; source: ColourSource } | null;
  /** Checks still to do (behind the `incomplete` reason). */
  missing: MissingCheck[];
  policyVersion: number;
}
