/**
 * Words for a refused trust file's problems. The pure reader (src/codes/trust.ts) reports each
 * problem as `place: detail` in English (its CLI prints them as they are); the console words the
 * details it knows in the UI language and keeps the place (`shc[0].jwks`) as written, since that
 * is what the manager looks for in the file. A detail it does not know is shown as given, after
 * words in the UI language that say the entry is wrong.
 */
import { type StringKey, t } from './strings.ts';

/** Words whose `{value}` is the detail's captured part. */
type WithValue = 'trustErr_version' | 'trustErr_kidMismatch';

/** Known details: the English shape, and the key of their words. */
const DETAILS: readonly [RegExp, StringKey | WithValue][] = [
  [/^must be 1 \(found (.*)\)$/, 'trustErr_version'],
  [/^must be a list$/, 'trustErr_list'],
  [/^must be an object$/, 'trustErr_object'],
  [/^must be an object of value-set files$/, 'trustErr_valueSets'],
  [/^no known EU DCC value set \(valueSetId\) found$/, 'trustErr_noValueSet'],
  [/^needs "certificate" \(base64 DER\)/, 'trustErr_dccEntry'],
  [/^DCC certificate is not base64$/, 'trustErr_dccBase64'],
  [/^DCC certificate cannot be read/, 'trustErr_dccCert'],
  [/^DCC key .*: SPKI is not base64$/, 'trustErr_dccCert'],
  [/^must be a JWK object$/, 'trustErr_jwk'],
  [/^must be an EC P-256 key$/, 'trustErr_p256'],
  [/^carries private key material/, 'trustErr_private'],
  [/^x\/y are not a valid P-256 public key$/, 'trustErr_point'],
  [/^must be the issuer URL$/, 'trustErr_issUrl'],
  [/^must be \{ "keys": \[\.\.\.\] \}$/, 'trustErr_jwks'],
  [/^needs a kid/, 'trustErr_kidMissing'],
  [/^must be \{ "kid": "\.\.\.", "rids"/, 'trustErr_crl'],
  [/^must be a did:web identifier$/, 'trustErr_didWeb'],
  [/^must be a DID document/, 'trustErr_didDoc'],
  [/^needs an id$/, 'trustErr_id'],
  [/^no JsonWebKey2020 key listed/, 'trustErr_noNzcpKey'],
  [/^must be a non-empty string$/, 'trustErr_nonEmpty'],
  [/^must be a string$/, 'trustErr_string'],
  [/^must be a list of pass ids$/, 'trustErr_revoked'],
  [/^must be base64url/, 'trustErr_kidBase64'],
  [/^does not match the key \(the key's own kid is (.*)\)$/, 'trustErr_kidMismatch'],
];

/** One problem of a refused trust file, in the UI language. */
export function trustProblemText(problem: string): string {
  if (problem.startsWith('the file is not a JSON object')) return t('trustErr_notJson');
  const colon = problem.indexOf(': ');
  const place = colon > 0 ? problem.slice(0, colon) : '';
  const detail = colon > 0 ? problem.slice(colon + 2) : problem;
  for (const [shape, key] of DETAILS) {
    const m = shape.exec(detail);
    if (!m) continue;
    const words =
      key === 'trustErr_version' || key === 'trustErr_kidMismatch' ? t(key, { value: m[1] ?? '' }) : t(key);
    return place ? t('trustErrAt', { place, words }) : words;
  }
  return t('trustErrOther', { place: place || '—', detail });
}
