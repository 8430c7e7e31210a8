/** Reason codes: their stable order and which open a flag (the UI words them: src/shared/reason-words.ts). */
import type { ReasonCode } from './types.ts';

/** The stable order of reasons: the gravest first, so the screen leads with what matters. */
export const REASON_ORDER: readonly ReasonCode[] = [
  'quarantine-exit',
  'fever',
  'code-red',
  'pass-invalid',
  'test-positive',
  'fever-remeasure',
  'code-yellow',
  'mask-none',
  'mask-improper',
  'pass-expired',
  'pass-not-yet-valid',
  'pass-unverified',
  'estate-key-missing',
  'declaration-invalid',
  'test-missing',
  'test-expired',
  'risk-itinerary',
  'unregistered',
  'incomplete',
];

/**
 * Non-compliance a volunteer must act on. Not flagged: a first high reading (the re-measure
 * settles it), checks not done yet, and codes the gate merely cannot read or verify.
 */
export const FLAG_REASONS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'quarantine-exit',
  'fever',
  'code-red',
  'pass-invalid',
  'test-positive',
  'code-yellow',
  'mask-none',
  'mask-improper',
  'pass-expired',
  'test-missing',
  'test-expired',
  'risk-itinerary',
  'unregistered',
]);
