/**
 * Rules as stored in settings: read back whatever shape an older app version (or a hand-edited
 * export) left, part by part, so a bad value costs only that part, never the gate's verdicts.
 */
import type { PersonKind } from '../codes/types.ts';
import {
  DEFAULT_RULES,
  type PersonStatus,
  type PolicyRules,
  type Severity,
  type VerdictKind,
} from './types.ts';

const KINDS: readonly PersonKind[] = ['resident', 'courier', 'visitor', 'returnee', 'staff'];
const BLOCKING: readonly PersonStatus[] = ['home-quarantine', 'home-monitoring', 'central-quarantine'];
const SEVERITIES: readonly Severity[] = ['review', 'deny'];
const VERDICTS: readonly VerdictKind[] = ['pass', 'review', 'deny'];
/** Thresholds outside this are a slip in settings, not a policy (°C). */
const THRESHOLD_MIN_C = 36.0;
const THRESHOLD_MAX_C = 39.0;
const WINDOW_MAX_H = 14 * 24;
const AUTO_RESET_MAX_S = 600;

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : {};
const oneOf = <T>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;
const num = (v: unknown, min: number, max: number, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
const subset = <T>(v: unknown, allowed: readonly T[], fallback: T[]): T[] =>
  Array.isArray(v) ? allowed.filter((a) => v.includes(a)) : [...fallback];

/** Rules from a stored value of any shape; each missing or malformed part takes its default. */
export function normaliseRules(value: unknown): PolicyRules {
  const v = obj(value);
  const d = DEFAULT_RULES;
  const test = obj(v.test);
  const windowH = obj(test.windowH);
  const colours = obj(v.colours);
  const risk = obj(v.riskItinerary);
  return {
    version: Number.isSafeInteger(v.version) && (v.version as number) > 0 ? (v.version as number) : d.version,
    feverThresholdC: num(v.feverThresholdC, THRESHOLD_MIN_C, THRESHOLD_MAX_C, d.feverThresholdC),
    test: {
      requirement: oneOf(test.requirement, ['none', 'required'] as const, d.test.requirement),
      kinds: subset(test.kinds, KINDS, d.test.kinds),
      windowH: {
        rat: num(windowH.rat, 1, WINDOW_MAX_H, d.test.windowH.rat),
        naat: num(windowH.naat, 1, WINDOW_MAX_H, d.test.windowH.naat),
        other: num(windowH.other, 1, WINDOW_MAX_H, d.test.windowH.other),
      },
      onFail: oneOf(test.onFail, SEVERITIES, d.test.onFail),
    },
    colours: {
      green: 'pass',
      yellow: oneOf(colours.yellow, VERDICTS, d.colours.yellow),
      red: oneOf(colours.red, SEVERITIES, d.colours.red),
    },
    mask: { none: oneOf(obj(v.mask).none, SEVERITIES, d.mask.none), improper: 'review' },
    quarantineBlocksExit: subset(v.quarantineBlocksExit, BLOCKING, d.quarantineBlocksExit),
    unregistered: oneOf(v.unregistered, SEVERITIES, d.unregistered),
    riskItinerary: {
      high: oneOf(risk.high, SEVERITIES, d.riskItinerary.high),
      medium: oneOf(risk.medium, SEVERITIES, d.riskItinerary.medium),
    },
    autoResetS: num(v.autoResetS, 1, AUTO_RESET_MAX_S, d.autoResetS),
    voice: typeof v.voice === 'boolean' ? v.voice : d.voice,
  };
}

/** A change to the rules is a new version: records decided under the old one keep saying so. */
export function reviseRules(rules: PolicyRules, change: Partial<Omit<PolicyRules, 'version'>>): PolicyRules {
  return normaliseRules({ ...rules, ...change, version: rules.version + 1 });
}
