/** Builders for `ScanResult` so every format reports in the same shape. */
import type { CodeFormat, ErrorCode, ScanResult } from './types.ts';

/** A result that has read nothing yet: not decoded, signature not checked, validity unknown. */
export function emptyResult(format: CodeFormat, textHash: string): ScanResult {
  return {
    format,
    decoded: false,
    signature: 'not-checked',
    validity: 'unknown',
    certificateType: null,
    holder: null,
    errors: [],
    details: {
      textHash,
      contentHash: null,
      issuer: null,
      kid: null,
      issuedAt: null,
      notBefore: null,
      expiresAt: null,
      facts: {},
      messages: [],
    },
  };
}

/** Adds an error code (once) with a human-readable detail. */
export function addError(result: ScanResult, code: ErrorCode, message: string): ScanResult {
  if (!result.errors.includes(code)) result.errors.push(code);
  result.details.messages.push(`${code}: ${message}`);
  return result;
}

/** Validity from a not-before / expiry pair against `now` (epoch ms); unknown when neither is known. */
export function validityAt(
  notBefore: number | null,
  expiresAt: number | null,
  now: number,
): ScanResult['validity'] {
  if (notBefore === null && expiresAt === null) return 'unknown';
  if (notBefore !== null && now < notBefore) return 'not-yet-valid';
  if (expiresAt !== null && now > expiresAt) return 'expired';
  return 'valid';
}
