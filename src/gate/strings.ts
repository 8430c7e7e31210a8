/**
 * User-visible strings of the volunteer gate screens: camera, checks, verdict, flag queue, scan details.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { SHARED_STRINGS } from '../shared/strings.ts';

export const GATE_STRINGS = {
  gateReady: ['请扫码', 'Ready to scan'],
  cameraStarting: ['正在打开摄像头…', 'Starting the camera…'],
  // Words that hold in a browser tab and in the installed app alike (no address bar there).
  cameraDenied: [
    '摄像头权限被拒绝。请在本机的设置中为本应用（或浏览器的网站设置中为本网站）允许使用摄像头，然后点「重试摄像头」。扫码枪仍可使用。',
    'Camera permission was denied. Allow the camera for this app in the device’s settings (or for this site in the browser’s site settings), then tap Retry camera. A hand-held scanner still works.',
  ],
  cameraMissing: [
    '未找到摄像头。请连接摄像头后刷新页面，或使用扫码枪。',
    'No camera was found. Connect a camera and reload, or use a hand-held scanner.',
  ],
  cameraInUse: [
    '摄像头正被其他应用占用。请关闭其他应用后重试。扫码枪仍可使用。',
    'The camera is in use by another app. Close it and try again. A hand-held scanner still works.',
  ],
  cameraInsecure: [
    '摄像头只能在 HTTPS 或本机地址下使用。请使用 HTTPS 打开本应用。',
    'The camera only works over HTTPS or on localhost. Open the app over HTTPS.',
  ],
  cameraFailed: [
    '摄像头无法启动。扫码枪仍可使用。',
    'The camera could not start. A hand-held scanner still works.',
  ],
  retryCamera: ['重试摄像头', 'Retry camera'],
  decoderFailed: [
    '扫码组件加载失败，请刷新页面。扫码枪仍可使用。',
    'The QR decoder failed to load; reload the page. A hand-held scanner still works.',
  ],
  recordFailed: [
    '记录失败，请重试（存储空间可能已满）。',
    'Could not record; try again (storage may be full).',
  ],
  recentPassages: ['最近通行', 'Recent passages'],
  switchCamera: ['切换摄像头', 'Switch camera'],
  torch: ['补光灯', 'Torch'],
  scannerHint: ['扫码枪可直接扫描，无需点击输入框', 'A hand-held scanner works at any time, no field to tap'],
  healthCode: ['健康码颜色（看对方手机）', 'Health-code colour (on their phone)'],
  temperature: ['体温 °C', 'Temperature °C'],
  temperatureOk: ['确定', 'OK'],
  temperatureRange: ['体温应在 34.0–42.5 °C 之间', 'Temperature must be 34.0–42.5 °C'],
  temperatureNaN: ['请输入数字，例如 36.5', 'Type a number, e.g. 36.5'],
  temperatureSuggest: ['是否为', 'Did you mean'],
  remeasure: ['体温偏高，请复测一次', 'Temperature high: measure once more'],
  readings: ['已测', 'Readings'],
  recordNow: ['记录', 'Record'],
  cancelCheck: ['取消', 'Cancel'],
  saving: ['正在记录…', 'Recording…'],
  retry: ['重试', 'Try again'],
  next: ['下一位', 'Next person'],
  flagsTitle: ['待处理事项', 'Open flags'],
  noFlags: ['暂无待处理事项', 'No open flags'],
  unregisteredHint: [
    '未登记人员：请用自己的手机扫描下方二维码登记，或出示已有的登记码',
    'Not registered: scan the QR below with your own phone to register, or show a declaration code',
  ],
  dutyVolunteer: ['值班人', 'On duty'],
  signIn: ['签到', 'Sign in'],
  manualPerson: ['无码人员：按楼栋/姓名查找', 'No phone: find by building / name'],
  noMatches: ['没有找到', 'No matches'],
  phoneTail: ['手机尾号 {tail}', 'phone ending {tail}'],
  registrationLapsed: ['登记已过期', 'Registration ended'],
  shiftSummary: ['本班统计', 'This shift'],
  riskBadge: ['风险地区', 'Risk areas'],
  confirmTitle: ['实名核对：请查看身份证', 'Real-name check: look at the ID card'],
  confirmIdLast4: ['身份证后四位', 'ID card, last 4'],
  confirmOk: ['身份证一致，确认登记', 'ID matches: register'],
  confirmNo: ['不一致', 'Does not match'],
  confirmKind_courier: ['快递 / 外卖', 'Courier / delivery'],
  confirmKind_visitor: ['访客', 'Visitor'],
  confirmKind_returnee: ['返乡人员（将上报居委会）', 'Returnee (reported to the committee)'],
  sig_valid: ['签名有效（已验证）', 'Signature valid (verified)'],
  sig_invalid: ['签名无效：可能被篡改', 'Signature invalid: possibly tampered'],
  'sig_unknown-key': ['签发方不在信任列表中', 'Issuer not in the trust list'],
  sig_unsigned: ['自行申报，未签名', 'Self-declared, not signed'],
  'sig_not-checked': [
    '无法离线验证：请查看对方手机上的颜色',
    'Cannot be verified offline: read the colour on their phone',
  ],
  family_payment: ['这是付款码，不是健康码', 'This is a payment code, not a health code'],
  'family_guangdong-health-code': ['粤康码', 'Guangdong health code (Yuekang)'],
  'family_tianjin-health-code': ['天津健康码', 'Tianjin health code'],
  'family_hangzhou-health-code': ['杭州健康码', 'Hangzhou health code'],
  'family_anhui-health-code': ['安康码（安徽）', 'Anhui health code (Ankang)'],
  validity_valid: ['在有效期内', 'Within its validity'],
  validity_expired: ['已过期', 'Expired'],
  'validity_not-yet-valid': ['尚未生效', 'Not yet valid'],
  validity_unknown: ['有效期未知', 'Validity unknown'],
  err_prefix: ['前缀无法识别', 'Unrecognised prefix'],
  err_encoding: ['编码损坏', 'Damaged encoding'],
  err_compression: ['压缩数据损坏', 'Damaged compression'],
  err_cbor: ['数据结构损坏', 'Damaged data structure'],
  err_cose: ['签名结构损坏', 'Damaged signature structure'],
  err_jws: ['签名结构损坏', 'Damaged signature structure'],
  err_schema: ['内容不完整或格式错误', 'Content incomplete or malformed'],
  err_signature: ['签名验证失败', 'Signature check failed'],
  'err_unknown-key': ['未知密钥', 'Unknown key'],
  'err_key-usage': ['该证书无权签发此类凭证', 'Certificate not allowed to sign this type'],
  err_expired: ['已过期', 'Expired'],
  'err_not-yet-valid': ['尚未生效', 'Not yet valid'],
  err_revoked: ['已吊销', 'Revoked'],
  'err_untrusted-issuer': ['签发方不受信任', 'Untrusted issuer'],
  'err_value-set': ['含未知的疫苗、检测或国家代码', 'Unknown vaccine, test or country code'],
  err_version: ['版本过新，请更新本应用', 'Newer version; update this app'],
  err_chunk: ['多段二维码不完整', 'Multi-part code incomplete'],
  err_internal: ['无法读取此二维码', 'This code could not be read'],
  trustAge: ['信任列表', 'Trust list'],
  trustStale: ['信任列表已过期，请更新', 'Trust list is out of date; update it'],
  trustMissing: ['未导入信任列表', 'No trust list'],
  noEstateKey: [
    '本机未导入小区密钥：居民的小区通行卡无法验证，只能人工核对。请管理人员在管理后台导入信任列表。',
    'This tablet has not imported the estate key: residents’ estate cards cannot be verified, only checked by eye. Ask a manager to import the trust list in the console.',
  ],
  daysAgo: ['天前', 'days ago'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(GATE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
