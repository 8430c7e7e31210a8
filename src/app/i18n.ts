/**
 * Every user-visible string, zh-CN first and English second. Components call `t(key)`;
 * the language is a signal so a switch re-renders at once, and it is remembered per device.
 */
import { signal } from '@preact/signals';
import { CONSOLE_STRINGS } from '../manage/console/strings.ts';
import { REGISTRY_STRINGS } from '../manage/registry/strings.ts';
import { PASS_STRINGS } from '../manage/strings.ts';
import { REGISTER_STRINGS } from '../register/strings.ts';

export type Lang = 'zh' | 'en';

const GATE_STRINGS = {
  appName: ['门岗核验', 'Gate checkpoint'],
  gateReady: ['请扫码', 'Ready to scan'],
  cameraStarting: ['正在打开摄像头…', 'Starting the camera…'],
  cameraDenied: [
    '摄像头权限被拒绝。请在浏览器地址栏的权限设置中允许使用摄像头，然后刷新页面。扫码枪仍可使用。',
    'Camera permission was denied. Allow the camera in the browser’s site settings, then reload. A hand-held scanner still works.',
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
  recorded: ['已记录', 'Recorded'],
  recordFailed: [
    '记录失败，请重试（存储空间可能已满）。',
    'Could not record; try again (storage may be full).',
  ],
  kind_opaque: ['其他二维码', 'Other QR code'],
  kind_dcc: ['欧盟数字新冠证书', 'EU Digital COVID Certificate'],
  kind_shc: ['SMART 健康卡', 'SMART Health Card'],
  kind_nzcp: ['新西兰新冠通行证', 'NZ COVID Pass'],
  'kind_estate-pass': ['小区通行证', 'Estate pass'],
  kind_declaration: ['登记申报码', 'Declaration'],
  recentPassages: ['最近通行', 'Recent passages'],
  noPassages: ['暂无记录', 'No passages yet'],
  directionIn: ['进', 'In'],
  directionOut: ['出', 'Out'],
  direction: ['方向', 'Direction'],
  gate: ['出入口', 'Gate'],
  language: ['English', '中文'],
  switchCamera: ['切换摄像头', 'Switch camera'],
  torch: ['补光灯', 'Torch'],
  updateReady: ['新版本已就绪。', 'A new version is ready.'],
  updateNow: ['空闲时更新', 'Update now'],
  updateLater: ['稍后', 'Later'],
  screenLoading: ['正在加载…', 'Loading…'],
  reload: ['刷新页面', 'Reload'],
  screenLoadFailed: [
    '页面加载失败。请刷新页面；如仍失败，请联系管理员重新安装本应用。',
    'This page failed to load. Reload; if it still fails, ask the manager to reinstall the app.',
  ],
  scannerHint: ['扫码枪可直接扫描，无需点击输入框', 'A hand-held scanner works at any time, no field to tap'],
  offline: ['离线', 'Offline'],
  settings: ['设置', 'Settings'],
  healthCode: ['健康码颜色（看对方手机）', 'Health-code colour (on their phone)'],
  codeGreen: ['绿码', 'Green'],
  codeYellow: ['黄码', 'Yellow'],
  codeRed: ['红码', 'Red'],
  temperature: ['体温 °C', 'Temperature °C'],
  temperatureOk: ['确定', 'OK'],
  temperatureRange: ['体温应在 34.0–42.5 °C 之间', 'Temperature must be 34.0–42.5 °C'],
  temperatureNaN: ['请输入数字，例如 36.5', 'Type a number, e.g. 36.5'],
  temperatureSuggest: ['是否为', 'Did you mean'],
  remeasure: ['体温偏高，请复测一次', 'Temperature high: measure once more'],
  readings: ['已测', 'Readings'],
  mask: ['口罩', 'Mask'],
  maskOk: ['佩戴规范', 'Worn properly'],
  maskImproper: ['未遮住口鼻', 'Below nose / chin'],
  maskNone: ['未戴口罩', 'No mask'],
  recordNow: ['记录', 'Record'],
  cancelCheck: ['取消', 'Cancel'],
  saving: ['正在记录…', 'Recording…'],
  retry: ['重试', 'Try again'],
  next: ['下一位', 'Next person'],
  verdict_pass: ['通行', 'Pass'],
  verdict_review: ['复核', 'Review'],
  verdict_deny: ['禁止通行', 'Do not pass'],
  flagsTitle: ['待处理事项', 'Open flags'],
  noFlags: ['暂无待处理事项', 'No open flags'],
  resolve: ['处理', 'Resolve'],
  'res_mask-fixed': ['已劝导戴好口罩', 'Mask now worn'],
  'res_remeasured-normal': ['复测正常', 'Re-measured normal'],
  'res_sent-to-register': ['已引导登记', 'Sent to register'],
  'res_referred-committee': ['已上报居委会', 'Referred to committee'],
  'res_denied-entry': ['已劝返', 'Denied entry'],
  'res_false-alarm': ['误报', 'False alarm'],
  unregisteredHint: [
    '未登记人员：请扫描登记码或到 /register 登记',
    'Not registered: scan a declaration or register at /register',
  ],
  dutyVolunteer: ['值班人', 'On duty'],
  signIn: ['签到', 'Sign in'],
  notSignedIn: ['未签到', 'Not signed in'],
  manualPerson: ['无码人员：按楼栋/姓名查找', 'No phone: find by building / name'],
  building: ['楼栋', 'Building'],
  unit: ['单元', 'Unit'],
  room: ['房号', 'Room'],
  name: ['姓名', 'Name'],
  search: ['查找', 'Search'],
  noMatches: ['没有找到', 'No matches'],
  policyTitle: ['核验规则', 'Check rules'],
  policyFever: ['发热阈值 °C', 'Fever threshold °C'],
  policyReset: ['结果自动清除（秒）', 'Clear the verdict after (seconds)'],
  policyTestRequired: ['进入时须有核酸/抗原阴性结果', 'A negative test is required coming in'],
  policyNaatHours: ['核酸有效时长（小时）', 'Nucleic-acid test valid for (hours)'],
  policyRatHours: ['抗原有效时长（小时）', 'Antigen test valid for (hours)'],
  policyUnregisteredDeny: ['未登记人员禁止进入（否则复核）', 'Deny unregistered people (otherwise review)'],
  policyMaskDeny: ['未戴口罩禁止通行（否则复核）', 'Deny without a mask (otherwise review)'],
  policyVoice: ['语音播报', 'Voice announcements'],
  residentsTitle: ['住户名单（临时）', 'Resident list (temporary)'],
  residentsSave: ['保存名单', 'Save list'],
  residentsSaved: ['已保存住户', 'Residents saved'],
  line: ['第', 'Line'],
  shiftSummary: ['本班统计', 'This shift'],
  deviceTitle: ['本机存储与离线', 'Storage and offline use'],
  storagePersisted: [
    '已获准持久存储：浏览器不会自动清除记录',
    'Persistent storage granted: the browser will not evict the records',
  ],
  storageNotPersisted: [
    '未获准持久存储：空间不足时浏览器可能清除数据，请安装本应用到主屏幕',
    'Persistent storage not granted: the browser may evict data when space runs low; install the app',
  ],
  storageUsed: ['已用空间', 'Space used'],
  storageFull: ['超过 80%，请导出并清理旧记录', 'over 80 %: export and purge old records'],
  resetOffline: ['重置离线缓存（版本异常时使用）', 'Reset the offline cache (if a version misbehaves)'],
  kiosk: ['全屏', 'Fullscreen'],
  updateAfterCheck: ['将在本次核验结束后更新', 'Will update when this check ends'],
  backupTitle: ['整机加密备份', 'Encrypted backup of this tablet'],
  backupPassphrase: ['备份口令（至少 8 位，请妥善保管）', 'Backup passphrase (8+ characters; keep it safe)'],
  backupExport: ['导出加密备份', 'Export encrypted backup'],
  backupRestore: ['从备份恢复', 'Restore from backup'],
  backupWorking: ['正在处理…', 'Working…'],
  backupSaved: ['备份文件已生成', 'Backup file saved'],
  backupRestored: ['已恢复，即将重新载入', 'Restored; reloading'],
  restoreKeeps: [
    '备份中的记录将替换本机记录；本机的管理密码和操作日志保持不变，恢复本身也会记入操作日志。',
    'The backup’s records replace this tablet’s; this tablet’s PIN and audit trail stay as they are, and the restore itself is audited.',
  ],
  managedInConsole: [
    '通行规则、风险地区、信任列表、居民名单和小区通行卡由管理人员在管理后台（需密码）设置。',
    'Rules, risk areas, the trust list, residents and estate cards are set by a manager in the console (PIN).',
  ],
  openConsole: ['打开管理后台', 'Open the console'],
  backupShortPass: ['口令至少 8 位', 'The passphrase needs 8+ characters'],
  backupWrongPass: [
    '口令错误或文件被改动，未做任何更改',
    'Wrong passphrase or an altered file; nothing was changed',
  ],
  backupBadFile: ['不是有效的备份文件，未做任何更改', 'Not a valid backup file; nothing was changed'],
  verifyTitle: ['记录完整性核验', 'Log integrity'],
  verifyRun: ['核验全部通行记录', 'Verify every passage'],
  verifyRunning: ['正在核验…', 'Verifying…'],
  verifyOk: ['记录完整，未发现篡改或删除', 'Intact: nothing altered or removed'],
  verifyBroken: ['发现篡改或删除，首个异常记录：', 'Altered or removed; first broken record:'],
  riskTitle: ['中高风险地区名单', 'Medium / high risk areas'],
  riskHint: [
    'CSV 或 JSON：地区代码或名称、等级（高/中）、起止日期',
    'CSV or JSON: region code or name, level (high/medium), from / to dates',
  ],
  riskImport: ['导入风险地区名单', 'Import the risk-area list'],
  riskImported: ['已导入风险地区', 'Risk areas imported'],
  riskListDate: ['名单日期', 'List date'],
  riskNone: ['尚未导入风险地区名单', 'No risk-area list imported'],
  riskBadge: ['风险地区', 'Risk areas'],
  ledgerTitle: ['返乡人员台账', 'Returnee ledger'],
  ledgerEmpty: ['暂无返乡人员', 'No returnees yet'],
  ledgerPending: ['待报备', 'To report'],
  ledgerReported: ['已报备', 'Reported'],
  ledgerClosed: ['已结束', 'Closed'],
  ledgerMarkReported: ['标记已报备居委会', 'Mark reported to committee'],
  ledgerMarkClosed: ['结束', 'Close'],
  confirmTitle: ['实名核对：请查看身份证', 'Real-name check: look at the ID card'],
  confirmIdLast4: ['身份证后四位', 'ID card, last 4'],
  confirmOk: ['身份证一致，确认登记', 'ID matches: register'],
  confirmNo: ['不一致', 'Does not match'],
  confirmKind_courier: ['快递 / 外卖', 'Courier / delivery'],
  confirmKind_visitor: ['访客', 'Visitor'],
  confirmKind_returnee: ['返乡人员（将上报居委会）', 'Returnee (reported to the committee)'],
  company: ['公司', 'Company'],
  plate: ['车牌', 'Plate'],
  host: ['拜访住户', 'Visiting'],
  from: ['来自', 'From'],
  registeredUntil: ['登记有效至', 'Registered until'],
  'flag_returnee-report': ['返乡人员：请上报居委会', 'Returnee: report to the committee'],
  sig_valid: ['签名有效（已验证）', 'Signature valid (verified)'],
  sig_invalid: ['签名无效：可能被篡改', 'Signature invalid: possibly tampered'],
  'sig_unknown-key': ['签发方不在信任列表中', 'Issuer not in the trust list'],
  sig_unsigned: ['自行申报，未签名', 'Self-declared, not signed'],
  'sig_not-checked': [
    '无法离线验证：请查看对方手机上的颜色',
    'Cannot be verified offline: read the colour on their phone',
  ],
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
  backToGate: ['返回门岗', 'Back to the gate'],
  trustTitle: ['信任列表（离线验证健康码证书用）', 'Trust list (to verify signed passes offline)'],
  trustImport: ['导入信任列表文件', 'Import a trust list file'],
  trustNone: [
    '尚未导入信任列表：签名证书无法验证。',
    'No trust list imported: signed passes cannot be verified.',
  ],
  trustImported: ['已导入', 'Imported'],
  trustImportOk: ['信任列表已导入。', 'Trust list imported.'],
  trustImportBad: ['文件无效，未做任何更改：', 'The file is not valid; nothing was changed:'],
  trustFormat: ['类型', 'Format'],
  trustIssuer: ['签发方', 'Issuer'],
  trustKeys: ['密钥数', 'Keys'],
  trustRevoked: ['已吊销', 'Revoked'],
  trustMaxAge: ['信任列表超过多少天提醒更新', 'Warn when the trust list is older than (days)'],
  trustAge: ['信任列表', 'Trust list'],
  trustStale: ['信任列表已过期，请更新', 'Trust list is out of date; update it'],
  trustMissing: ['未导入信任列表', 'No trust list'],
  daysAgo: ['天前', 'days ago'],
  today: ['今天', 'today'],
  online: ['在线', 'Online'],
} as const satisfies Record<string, readonly [string, string]>;

// Each area keeps its own table; together they are the one table `t` reads.
const STRINGS = {
  ...GATE_STRINGS,
  ...REGISTER_STRINGS,
  ...PASS_STRINGS,
  ...CONSOLE_STRINGS,
  ...REGISTRY_STRINGS,
};

export type StringKey = keyof typeof STRINGS;

function initialLang(): Lang {
  try {
    return localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The UI language (zh-CN by default). */
export const lang = signal<Lang>(initialLang());

/** Switches the UI language and remembers it on this device. */
export function setLang(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem('lang', next);
  } catch {
    // Private mode or a full disk: the switch still works for this session.
  }
}

/** The string for `key` in the current language. */
export function t(key: StringKey): string {
  return STRINGS[key][lang.value === 'zh' ? 0 : 1];
}

/** True when `key` names a string in the table (for keys built at run time). */
export function hasString(key: string): key is StringKey {
  return key in STRINGS;
}
