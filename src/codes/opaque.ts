/**
 * Codes the gate cannot read or verify (health-code links, venue codes, payment codes, garbage):
 * only their hash is kept. What the text shows of its kind is named, so the volunteer is told
 * "this is a payment code, not a health code" or which province's health code it looks like;
 * a named health code is still never verified: the volunteer reads the colour on the phone.
 */
import { emptyResult } from './result.ts';
import type { OpaqueFamily, ScanResult } from './types.ts';

/** Payment codes: a wallet's merchant or personal link, or the numeric code a wallet shows to pay. */
const PAYMENT: readonly RegExp[] = [
  // WeChat Pay: native-pay links and the pay pages behind its QR codes.
  /^wxp:\/\//i,
  /^weixin:\/\/wxpay\//i,
  /^https?:\/\/(?:[\w-]+\.)*(?:wx\.tenpay\.com|payapp\.weixin\.qq\.com)\//i,
  // Alipay: collection and payment links.
  /^https?:\/\/qr\.alipay\.com\//i,
  // UnionPay QuickPass (云闪付) links.
  /^https?:\/\/qr\.95516\.com\//i,
  // An EMVCo merchant-presented QR (UnionPay and card schemes): payload format indicator 01.
  /^000201\d{2}/,
  // Customer payment codes (付款码): WeChat 18 digits from 10-15; Alipay 16-24 digits from 25-30;
  // UnionPay 19 digits from 62.
  /^1[0-5]\d{16}$/,
  /^(?:2[5-9]|30)\d{14,22}$/,
  /^62\d{17}$/,
];

/** Chinese health-code families, by what their QR text shows. */
const HEALTH_CODES: readonly [RegExp, OpaqueFamily][] = [
  // 天津健康码: V, an id, the region 120000, then the result page's hash route.
  [/^V[\s\S]*120000#\/result/, 'tianjin-health-code'],
  // 杭州健康码 pages on Hangzhou's government domains.
  [/^https?:\/\/(?:[\w-]+\.)*hangzhou\.gov\.cn[/:?#]/i, 'hangzhou-health-code'],
  // 安康码 (Anhui) on the provincial service domain.
  [/^https?:\/\/(?:[\w-]+\.)*ahzwfw\.gov\.cn[/:?#]/i, 'anhui-health-code'],
];

/** What an unreadable code's text shows of its kind (`other` when nothing). */
export function opaqueFamily(text: string): OpaqueFamily {
  const trimmed = text.trim();
  if (PAYMENT.some((re) => re.test(trimmed))) return 'payment';
  for (const [re, family] of HEALTH_CODES) if (re.test(trimmed)) return family;
  // 粤康码: a JSON object that carries a `zoning` (the holder's region code).
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && trimmed.length < 4096) {
    try {
      const v: unknown = JSON.parse(trimmed);
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'zoning' in v)
        return 'guangdong-health-code';
    } catch {
      // Not JSON after all: nothing to name.
    }
  }
  return 'other';
}

/** The result for an opaque code: nothing decoded, nothing verified, the text's hash recorded. */
export function readOpaque(text: string, textHash: string): ScanResult {
  const result = emptyResult('opaque', textHash);
  // Not an error: the gate expects such codes; the volunteer reads the colour instead.
  result.details.messages.push('opaque: not a format this gate can read or verify');
  result.details.facts.opaque = { family: opaqueFamily(text) };
  return result;
}
