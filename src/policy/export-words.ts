/**
 * The words of the passage export (its header row and its worded cells), zh-CN first, English
 * second. Pure data, so the console's CSV download (src/manage) and the hub's export
 * (src/hub/console) write the same file; the app's string tables take them in whole
 * (src/shared/strings.ts), so the screens show exactly these words too.
 */

/** A language of the words (the app's `Lang`). */
export type WordLang = 'zh' | 'en';

/** The words, keyed as the app's string tables key them. */
export const EXPORT_WORDS = {
  // The export's header row.
  colTime: ['时间', 'Time'],
  colVerdict: ['结果', 'Verdict'],
  colReasons: ['原因', 'Reasons'],
  colName: ['姓名', 'Name'],
  colPhone: ['手机号', 'Phone'],
  colPlate: ['车牌', 'Plate'],
  colTemps: ['体温', 'Temperatures'],
  colColour: ['健康码颜色（来源）', 'Code colour (source)'],
  colVolunteer: ['值守人员', 'Volunteer'],
  colPolicy: ['规则版本', 'Policy version'],
  colRecordId: ['记录编号', 'Record id'],
  colourWithSource: ['{colour}（{source}）', '{colour} ({source})'],
  srcVerified: ['已验签', 'verified'],
  srcAttested: ['人工查看', 'read by the volunteer'],
  srcDeclared: ['本人申报', 'self-declared'],
  // Cells: direction, verdict, mask, code colour and where it came from.
  verdictRecorded: ['仅记录', 'Recorded'],
  directionIn: ['进', 'In'],
  directionOut: ['出', 'Out'],
  direction: ['方向', 'Direction'],
  gate: ['出入口', 'Gate'],
  codeGreen: ['绿码', 'Green'],
  codeYellow: ['黄码', 'Yellow'],
  codeRed: ['红码', 'Red'],
  mask: ['口罩', 'Mask'],
  maskOk: ['佩戴规范', 'Worn properly'],
  maskImproper: ['未遮住口鼻', 'Below nose / chin'],
  maskNone: ['未戴口罩', 'No mask'],
  verdict_pass: ['通行', 'Pass'],
  verdict_review: ['复核', 'Review'],
  verdict_deny: ['禁止通行', 'Do not pass'],
  'flag_returnee-report': ['返乡人员：请上报居委会', 'Returnee: report to the committee'],
  // Verdict reasons and flag kinds (codes from src/policy), worded by src/shared/reason-words.ts.
  'reason_quarantine-exit': ['居家隔离/健康监测期间不得外出', 'Under quarantine: may not go out'],
  reason_fever: ['体温异常（复测仍偏高）', 'Fever (high on re-measure)'],
  'reason_code-red': ['健康码红码', 'Red health code'],
  'reason_pass-invalid': ['通行码无效或已被篡改', 'Pass invalid or tampered'],
  'reason_test-positive': ['核酸/抗原检测阳性', 'Positive test result'],
  'reason_fever-remeasure': ['体温偏高，请复测', 'Temperature high: re-measure'],
  'reason_code-yellow': ['健康码黄码', 'Yellow health code'],
  'reason_mask-none': ['未佩戴口罩', 'No mask'],
  'reason_mask-improper': ['口罩佩戴不规范', 'Mask not worn properly'],
  'reason_pass-expired': ['通行码已过期', 'Pass expired'],
  'reason_pass-not-yet-valid': ['通行码尚未生效', 'Pass not yet valid'],
  'reason_pass-unverified': ['无法核验签发方，请查看健康码', 'Issuer unknown: check the health code'],
  'reason_estate-key-missing': [
    '本机未导入小区密钥：请人工核对通行卡，并请管理人员导入信任列表',
    'This tablet has not imported the estate key: check the card by eye and ask a manager to import the trust list',
  ],
  'reason_declaration-invalid': ['登记码无法读取，请重新登记', 'Declaration unreadable: register again'],
  'reason_test-missing': ['无核酸检测记录', 'No test result'],
  'reason_test-expired': ['核酸检测已超时效', 'Test result too old'],
  'reason_risk-itinerary': ['行程涉及中高风险地区', 'Itinerary includes a risk area'],
  reason_unregistered: ['未登记，请先扫码登记', 'Not registered: please register'],
  reason_incomplete: ['检查未完成', 'Checks not finished'],
} as const satisfies Readonly<Record<string, readonly [zh: string, en: string]>>;
