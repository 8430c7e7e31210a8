/**
 * The few facts of an X.509 certificate a DCC verifier needs: the public key (as SPKI bytes for
 * WebCrypto), the validity window and the extended key usage OIDs. No chain or signature checks:
 * the trust bundle the manager imports is the trust anchor.
 */
import {
  children,
  DER_BIT_STRING,
  DER_OCTET_STRING,
  DER_OID,
  DER_SEQUENCE,
  DerError,
  expectChild,
  oidToString,
  parseDer,
  timeToMs,
} from './der.ts';

const OID_EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const OID_P256 = '1.2.840.10045.3.1.7';
const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EXT_KEY_USAGE = '2.5.29.37';
/** Context tag [3] wrapping the extensions of a v3 certificate. */
const TAG_EXTENSIONS = 0xa3;
/** Context tag [0] for the explicit version field. */
const TAG_VERSION = 0xa0;

export interface CertificateInfo {
  keyType: 'EC' | 'RSA';
  /** DER SubjectPublicKeyInfo, what `crypto.subtle.importKey('spki', …)` takes. */
  spki: Uint8Array;
  notBefore: number;
  notAfter: number;
  /** Extended key usage OIDs, dotted; empty when the extension is absent. */
  extKeyUsage: string[];
}

/** Takes a DER X.509 certificate apart; throws `DerError` for anything malformed or unsupported. */
export function parseCertificate(der: Uint8Array): CertificateInfo {
  const cert = children(parseDer(der));
  const tbs = children(expectChild(cert, 0, DER_SEQUENCE, 'tbsCertificate'));
  // The version is optional (v1 certificates omit it); shift every later index when absent.
  const base = tbs[0]?.tag === TAG_VERSION ? 1 : 0;
  const validity = children(expectChild(tbs, base + 3, DER_SEQUENCE, 'validity'));
  const [nb, na] = validity;
  if (!nb || !na) throw new DerError('validity incomplete');
  const spkiNode = expectChild(tbs, base + 5, DER_SEQUENCE, 'subjectPublicKeyInfo');
  const spki = children(spkiNode);
  const alg = children(expectChild(spki, 0, DER_SEQUENCE, 'key algorithm'));
  expectChild(spki, 1, DER_BIT_STRING, 'public key');
  const algOid = oidToString(expectChild(alg, 0, DER_OID, 'key algorithm OID'));
  let keyType: CertificateInfo['keyType'];
  if (algOid === OID_EC_PUBLIC_KEY) {
    const curve = alg[1] && alg[1].tag === DER_OID ? oidToString(alg[1]) : null;
    if (curve !== OID_P256) throw new DerError(`EC curve ${curve ?? '(none)'} is not P-256`);
    keyType = 'EC';
  } else if (algOid === OID_RSA) {
    keyType = 'RSA';
  } else {
    throw new DerError(`public key algorithm ${algOid} is not supported`);
  }
  const extensions = tbs.slice(base + 6).find((n) => n.tag === TAG_EXTENSIONS);
  return {
    keyType,
    spki: spkiNode.raw.slice(),
    notBefore: timeToMs(nb),
    notAfter: timeToMs(na),
    extKeyUsage: extensions ? extKeyUsageOf(extensions) : [],
  };
}

function extKeyUsageOf(wrapper: ReturnType<typeof parseDer>): string[] {
  const list = children(expectChild(children(wrapper), 0, DER_SEQUENCE, 'extensions'));
  for (const ext of list) {
    const parts = children(ext);
    const oid = oidToString(expectChild(parts, 0, DER_OID, 'extension OID'));
    if (oid !== OID_EXT_KEY_USAGE) continue;
    // extnValue is the last member (an optional `critical` BOOLEAN may sit between).
    const value = parts[parts.length - 1];
    if (!value || value.tag !== DER_OCTET_STRING) throw new DerError('extKeyUsage value malformed');
    return children(parseDer(value.value)).map(oidToString);
  }
  return [];
}
