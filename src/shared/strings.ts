/**
 * User-visible strings of src/shared components, and the words several screens share (code kinds, verdicts, directions, masks, colours).
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';

export const SHARED_STRINGS = {
  cancel: ['取消', 'Cancel'],
  verdictRecorded: ['仅记录', 'Recorded'],
  colour_red: ['集中隔离', 'Centralised quarantine'],
  colour_brown: ['居家隔离', 'Home quarantine'],
  colour_yellow: ['居家健康监测', 'Home health monitoring'],
  colour_blue: ['疫苗未全程接种', 'Vaccination incomplete'],
  colour_none: ['无', 'None'],
  recorded: ['已记录', 'Recorded'],
  kind_opaque: ['其他二维码', 'Other QR code'],
  kind_dcc: ['欧盟数字新冠证书', 'EU Digital COVID Certificate'],
  kind_shc: ['SMART 健康卡', 'SMART Health Card'],
  kind_nzcp: ['新西兰新冠通行证', 'NZ COVID Pass'],
  'kind_estate-pass': ['小区通行证', 'Estate pass'],
  kind_declaration: ['登记申报码', 'Declaration'],
  noPassages: ['暂无记录', 'No passages yet'],
  directionIn: ['进', 'In'],
  directionOut: ['出', 'Out'],
  direction: ['方向', 'Direction'],
  gate: ['出入口', 'Gate'],
  settings: ['设置', 'Settings'],
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
  company: ['公司', 'Company'],
  plate: ['车牌', 'Plate'],
  host: ['拜访住户', 'Visiting'],
  from: ['来自', 'From'],
  'flag_returnee-report': ['返乡人员：请上报居委会', 'Returnee: report to the committee'],
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
} as const satisfies Table;

/** This folder's strings in the current language. */
export const t = defineStrings(SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
