/**
 * User-visible strings of src/shared components, and the words several screens share (code kinds, verdicts, directions, masks, colours).
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { EXPORT_WORDS } from '../policy/export-words.ts';

export const SHARED_STRINGS = {
  // The passage export's header and cell words, verdicts, directions, masks, colours, reasons:
  // one home shared with the hub (src/policy/export-words.ts).
  ...EXPORT_WORDS,
  cancel: ['取消', 'Cancel'],
  colour_red: ['集中隔离', 'Centralised quarantine'],
  colour_brown: ['居家隔离', 'Home quarantine'],
  colour_yellow: ['居家健康监测', 'Home health monitoring'],
  colour_blue: ['疫苗未全程接种', 'Vaccination incomplete'],
  colour_none: ['无', 'None'],
  // A person's status in the registry (the console's list and import, the gate's look-up).
  status_normal: ['正常', 'Normal'],
  'status_home-quarantine': ['居家隔离', 'Home quarantine'],
  'status_home-monitoring': ['居家健康监测', 'Home health monitoring'],
  'status_central-quarantine': ['集中隔离', 'Centralised quarantine'],
  recorded: ['已记录', 'Recorded'],
  signUpQrTitle: ['扫码登记', 'Scan to register'],
  signUpQrHint: [
    '请用自己的手机扫描此码，填写登记后向门岗出示登记码。',
    'Scan this with your own phone, fill in the form, then show the gate the code it gives you.',
  ],
  signUpQrAlt: ['本小区登记页面的二维码', 'QR code of this estate’s registration page'],
  kind_opaque: ['其他二维码', 'Other QR code'],
  kind_dcc: ['欧盟数字新冠证书', 'EU Digital COVID Certificate'],
  kind_shc: ['SMART 健康卡', 'SMART Health Card'],
  kind_nzcp: ['新西兰新冠通行证', 'NZ COVID Pass'],
  'kind_estate-pass': ['小区通行证', 'Estate pass'],
  kind_declaration: ['登记申报码', 'Declaration'],
  // What reading a code found (gate check panel, console detail).
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
  // Who a check was about, by kind.
  person_resident: ['住户', 'Resident'],
  person_courier: ['快递 / 外卖', 'Courier / delivery'],
  person_visitor: ['访客', 'Visitor'],
  person_returnee: ['返乡人员', 'Returnee'],
  person_staff: ['工作人员', 'Staff'],
  // A returnee ledger entry's status (registry, console audit trail).
  ledgerPending: ['待报备', 'To report'],
  ledgerReported: ['已报备', 'Reported'],
  ledgerClosed: ['已结束', 'Closed'],
  noPassages: ['暂无记录', 'No passages yet'],
  settings: ['设置', 'Settings'],
  resolve: ['处理', 'Resolve'],
  'res_mask-fixed': ['已劝导戴好口罩', 'Mask now worn'],
  'res_remeasured-normal': ['复测正常', 'Re-measured normal'],
  'res_sent-to-register': ['已引导登记', 'Sent to register'],
  'res_referred-committee': ['已上报居委会', 'Referred to committee'],
  'res_denied-entry': ['已劝返', 'Denied entry'],
  'res_false-alarm': ['误报', 'False alarm'],
  building: ['楼栋', 'Building'],
  unit: ['单元', 'Unit'],
  room: ['房号', 'Room'],
  name: ['姓名', 'Name'],
  search: ['查找', 'Search'],
  line: ['第', 'Line'],
  backupWorking: ['正在处理…', 'Working…'],
  verifyTitle: ['记录完整性核验', 'Log integrity'],
  verifyRun: ['核验全部通行记录', 'Verify every passage'],
  verifyRunning: ['正在核验…', 'Verifying…'],
  verifyOk: ['记录完整，未发现篡改或删除', 'Intact: nothing altered or removed'],
  verifyBroken: ['发现篡改或删除，首个异常记录：', 'Altered or removed; first broken record:'],
  why_missing: ['缺少链接', 'its link is missing'],
  why_gap: ['序号中断：此前有记录被删除', 'a place is skipped: a record before it was removed'],
  why_prev: ['与前一条记录的链接不符', 'it does not link to the record before it'],
  why_hash: ['内容与哈希不符：记录被改动', 'its content does not match its hash: altered'],
  why_mac: ['密钥签名不符：链接被重新计算', 'its keyed signature fails: the link was recomputed'],
  why_key: ['本机记录之后出现其他设备的链接', "another device's link after this device's own"],
  verifyClock: [
    '设备时钟曾被调回 {n} 次：有记录的时间早于前一条记录；顺序与链接完好',
    'The clock was set back {n} times: a record is stamped earlier than the one before it; order and links hold',
  ],
  verifyOther: [
    '{n} 条记录由其他设备写入（从备份恢复）：已核验哈希链接，其密钥签名无法在本机核验',
    '{n} records were written on another device (restored from a backup): hash links checked, their keyed signatures cannot be checked here',
  ],
  verifyUnkeyed: [
    '{n} 条记录写于启用密钥签名之前：仅核验哈希链接',
    '{n} records predate keyed links: only their hash links are checked',
  ],
  company: ['公司', 'Company'],
  plate: ['车牌', 'Plate'],
  host: ['拜访住户', 'Visiting'],
  from: ['来自', 'From'],
  trustTitle: ['信任列表（离线验证健康码证书用）', 'Trust list (to verify signed passes offline)'],
  trustNone: [
    '尚未导入信任列表：签名证书无法验证。',
    'No trust list imported: signed passes cannot be verified.',
  ],
  trustImported: ['已导入', 'Imported'],
  trustFormat: ['类型', 'Format'],
  trustIssuer: ['签发方', 'Issuer'],
  trustKeys: ['密钥数', 'Keys'],
  trustRevoked: ['已吊销', 'Revoked'],
  today: ['今天', 'today'],
  // The checks behind `incomplete`, and how the reason names them.
  missing_temperature: ['测体温', 'temperature'],
  missing_mask: ['口罩', 'mask'],
  missing_colour: ['健康码颜色', 'health-code colour'],
  reasonWithChecks: ['{reason}：{checks}', '{reason}: {checks}'],
  checksJoin: ['{a}、{b}', '{a}, {b}'],
  // The spoken line: the leading reason or a normal temperature, then what to do.
  voiceEnd_pass: ['请通行', 'please go ahead'],
  voiceEnd_review: ['请稍候', 'please wait'],
  voiceEnd_deny: ['请止步', 'please stop here'],
  voiceAlone_pass: ['请通行', 'Please go ahead.'],
  voiceAlone_review: ['请稍候', 'Please wait.'],
  voiceAlone_deny: ['请止步', 'Please stop here.'],
  voiceReason: ['{reason}，{end}', '{reason}, {end}.'],
  voiceTemperatureOk: ['体温正常，{end}', 'Temperature normal, {end}.'],
} as const satisfies Table;

/** This folder's strings in the current language. */
export const t = defineStrings(SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
