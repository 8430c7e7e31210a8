/** Reason codes: their stable order, which open a flag, and the short words the screen shows. */
import type { MissingCheck, ReasonCode, VerdictKind, Words } from './types.ts';

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

const MESSAGES: Record<ReasonCode, Words> = {
  'quarantine-exit': { zh: '居家隔离/健康监测期间不得外出', en: 'Under quarantine: may not go out' },
  fever: { zh: '体温异常（复测仍偏高）', en: 'Fever (high on re-measure)' },
  'code-red': { zh: '健康码红码', en: 'Red health code' },
  'pass-invalid': { zh: '通行码无效或已被篡改', en: 'Pass invalid or tampered' },
  'test-positive': { zh: '核酸/抗原检测阳性', en: 'Positive test result' },
  'fever-remeasure': { zh: '体温偏高，请复测', en: 'Temperature high: re-measure' },
  'code-yellow': { zh: '健康码黄码', en: 'Yellow health code' },
  'mask-none': { zh: '未佩戴口罩', en: 'No mask' },
  'mask-improper': { zh: '口罩佩戴不规范', en: 'Mask not worn properly' },
  'pass-expired': { zh: '通行码已过期', en: 'Pass expired' },
  'pass-not-yet-valid': { zh: '通行码尚未生效', en: 'Pass not yet valid' },
  'pass-unverified': { zh: '无法核验签发方，请查看健康码', en: 'Issuer unknown: check the health code' },
  'declaration-invalid': { zh: '登记码无法读取，请重新登记', en: 'Declaration unreadable: register again' },
  'test-missing': { zh: '无核酸检测记录', en: 'No test result' },
  'test-expired': { zh: '核酸检测已超时效', en: 'Test result too old' },
  'risk-itinerary': { zh: '行程涉及中高风险地区', en: 'Itinerary includes a risk area' },
  unregistered: { zh: '未登记，请先扫码登记', en: 'Not registered: please register' },
  incomplete: { zh: '检查未完成', en: 'Checks not finished' },
};

const MISSING: Record<MissingCheck, Words> = {
  temperature: { zh: '测体温', en: 'temperature' },
  mask: { zh: '口罩', en: 'mask' },
  colour: { zh: '健康码颜色', en: 'health-code colour' },
};

/** The short words for one reason; `incomplete` names the checks still to do. */
export function reasonWords(reason: ReasonCode, missing: readonly MissingCheck[]): Words {
  const words = MESSAGES[reason];
  if (reason !== 'incomplete' || missing.length === 0) return words;
  return {
    zh: `${words.zh}：${missing.map((m) => MISSING[m].zh).join('、')}`,
    en: `${words.en}: ${missing.map((m) => MISSING[m].en).join(', ')}`,
  };
}

const VOICE_END: Record<VerdictKind, Words> = {
  pass: { zh: '请通行', en: 'please go ahead' },
  review: { zh: '请稍候', en: 'please wait' },
  deny: { zh: '请止步', en: 'please stop here' },
};

/** The line to speak: the leading reason (if any) and what the person should do. */
export function voiceLine(verdict: VerdictKind, lead: ReasonCode | null, temperatureOk: boolean): Words {
  const end = VOICE_END[verdict];
  if (lead !== null) {
    const words = MESSAGES[lead];
    return { zh: `${words.zh}，${end.zh}`, en: `${words.en}, ${end.en}.` };
  }
  if (temperatureOk) return { zh: `体温正常，${end.zh}`, en: `Temperature normal, ${end.en}.` };
  return { zh: end.zh, en: `${end.en.charAt(0).toUpperCase()}${end.en.slice(1)}.` };
}
