/** Public API of the pure codes module: read any scanned code, manage trust, make our own codes. */
export { declarationProblems, encodeDeclaration, readDeclaration } from './declaration.ts';
export { DECLARATION_PREFIX, detectFormat, ESTATE_PASS_PREFIX } from './detect.ts';
export {
  type EstateKey,
  estateKid,
  generateEstateKey,
  importEstatePrivateKey,
  issueEstatePass,
  readEstatePass,
} from './estate-pass.ts';
export { sha256Hex } from './hash.ts';
export { MAX_CODE_CHARS, type ReadCodeOptions, readCode } from './read-code.ts';
export { importTrust, parseTrustBundle, summarise, type TrustParseResult } from './trust.ts';
export type { StoredTrust, TrustSummaryRow } from './trust-stored.ts';
export { emptyTrust, emptyTrustStore, type TrustStore } from './trust-types.ts';
export type * from './types.ts';
