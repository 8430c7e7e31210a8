/**
 * User-visible strings of the estate pass screens: signing key, printed cards, revocation.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { SHARED_STRINGS } from '../shared/strings.ts';

export const MANAGE_STRINGS = {
  printTitle: ['打印住户通行卡', 'Print resident pass cards'],
  estateTitle: ['小区通行证签名密钥', 'Estate pass signing key'],
  estateId: ['小区编号', 'Estate id'],
  estateName: ['小区名称', 'Estate name'],
  estateNeedsId: ['请填写小区编号和名称', 'Enter the estate id and name'],
  estateGenerate: ['生成签名密钥', 'Generate signing key'],
  estateReplace: ['更换签名密钥', 'Replace signing key'],
  estateReplaceWarn: [
    '已有签名密钥。更换后，已打印的通行卡在其他门岗将无法验证，需要重新打印并重新导出信任列表。确定更换吗？',
    'A signing key exists. After replacing it, cards already printed no longer verify at other gates: reprint them and export the trust list again. Replace it?',
  ],
  estateReplaceConfirm: ['确认更换', 'Yes, replace'],
  estateKid: ['密钥编号', 'Key id'],
  estateNoKey: ['尚未生成签名密钥。', 'No signing key yet.'],
  estateKeyReady: [
    '签名密钥已就绪，本机已信任该密钥。私钥的加密备份已下载：这是唯一一次可以导出私钥，请与口令分开保管。',
    'The signing key is ready and this tablet trusts it. Its encrypted backup was downloaded: the only time the private key can leave this tablet; keep it apart from the passphrase.',
  ],
  estateKeyPassphrase: [
    '私钥备份口令（至少 8 位）：生成时即下载加密备份，之后私钥无法从本机导出',
    'Key backup passphrase (8+ characters): the encrypted backup downloads as the key is made; the private key cannot leave this tablet afterwards',
  ],
  keyNotExportable: [
    '私钥保存在本机且不可导出：请使用生成或恢复时得到的加密备份文件。遗失该文件时，可更换签名密钥并重新打印通行卡。',
    'The private key stays on this tablet and cannot be exported: use the encrypted backup made when it was generated or restored. If that file is lost, replace the key and reprint the cards.',
  ],
  estateSaveName: ['保存编号和名称', 'Save id and name'],
  estateSaved: ['已保存', 'Saved'],
  estateExport: ['导出信任列表（供其他门岗导入）', 'Export trust list (for the other gates)'],
  estateExported: ['已导出信任列表', 'Trust list exported'],
  estateFailed: ['操作失败：', 'Failed: '],
  openPrint: ['打印通行卡', 'Print pass cards'],
  openPoster: ['打印扫码登记海报', 'Print the scan-to-register poster'],
  posterHeading: ['门岗扫码登记海报', 'Scan-to-register poster for the gate'],
  posterTitle: ['扫码登记', 'Scan to register'],
  posterStep1: ['用自己的手机扫描上方二维码', 'Scan the QR code above with your own phone'],
  posterStep2: [
    '选择快递外卖、访客或返乡人员，如实填写并提交',
    'Choose courier, visitor or returnee, fill in the form truthfully and submit',
  ],
  posterStep3: [
    '向门岗出示手机上的登记码，并配合测温、查验口罩',
    'Show the gate the code on your phone, then have your temperature and mask checked',
  ],
  backupTitle: ['备份私钥（加密）', 'Back up the private key (encrypted)'],
  backupPassphrase: ['备份口令（至少 8 位）', 'Backup passphrase (8 characters or more)'],
  backupTooShort: ['口令至少 8 位', 'The passphrase needs 8 characters or more'],
  backupDownload: ['下载加密备份', 'Download encrypted backup'],
  backupDone: [
    '加密备份已下载，请与口令分开保管。',
    'Encrypted backup downloaded; keep it apart from the passphrase.',
  ],
  restoreTitle: ['从备份恢复', 'Restore from backup'],
  restoreFile: ['选择备份文件', 'Choose backup file'],
  restorePassphrase: ['备份口令', 'Backup passphrase'],
  restoreRun: ['恢复私钥', 'Restore key'],
  restoreReplaceWarn: [
    '备份中的密钥与本机现有密钥不同，恢复将替换现有密钥。确定吗？',
    'The backup holds a different key from this tablet’s; restoring replaces it. Continue?',
  ],
  restoreOk: ['私钥已恢复', 'Key restored'],
  restoreBadFormat: [
    '这不是有效的密钥备份文件。未做任何更改。',
    'This is not a valid key backup file. Nothing was changed.',
  ],
  restoreBadPassphrase: [
    '口令错误或文件已被改动，无法解密。未做任何更改。',
    'Wrong passphrase, or the file was altered: it cannot be decrypted. Nothing was changed.',
  ],
  restoreBadKey: [
    '备份中的密钥不完整。未做任何更改。',
    'The key in the backup is incomplete. Nothing was changed.',
  ],
  revokeTitle: ['作废通行卡（挂失）', 'Revoke a pass card (lost card)'],
  revokePassId: ['通行卡编号', 'Pass id'],
  revokeReason: ['原因', 'Reason'],
  revokeReasonDefault: ['遗失', 'lost'],
  revokeBy: ['经办人', 'Done by'],
  revokeSubmit: ['作废', 'Revoke'],
  revokeDone: ['已作废，下次扫码将被拒绝', 'Revoked: its next scan is denied'],
  revokeNeedsId: ['请填写通行卡编号和经办人', 'Enter the pass id and who revokes it'],
  revokePick: ['选择', 'Pick'],
  revoked: ['已作废', 'Revoked'],
  issuedCards: ['已发卡片', 'Issued cards'],
  issuedFilter: ['按姓名、楼栋、房号或编号筛选', 'Filter by name, building, room or id'],
  noIssuedCards: ['尚未打印任何通行卡', 'No cards printed yet'],
  printNoKey: [
    '尚未生成小区签名密钥，无法打印通行卡。请先到“设置”生成密钥。',
    'No estate signing key yet, so no cards can be printed. Generate one in Settings first.',
  ],
  printScope: ['打印范围', 'What to print'],
  scopeHousehold: ['一户', 'One household'],
  scopeBuilding: ['一栋楼', 'One building'],
  scopeAll: ['全部住户', 'All residents'],
  validUntil: ['有效期至', 'Valid until'],
  printIssue: ['生成通行卡', 'Make the cards'],
  printNow: ['打印', 'Print'],
  printNobody: ['没有找到符合条件的住户', 'No residents match'],
  printCount: ['张通行卡已生成', 'cards made'],
  printSkipped: ['以下住户无法制卡：', 'No card could be made for:'],
  printScopeMissing: [
    '请填写楼栋（一户还需单元和房号）',
    'Enter the building (and unit and room for a household)',
  ],
  printBadDate: ['有效期必须晚于今天', 'The end date must be after today'],
  cardValidity: ['有效期', 'Valid'],
  cardBuilding: ['{building}栋', 'Building {building}'],
  cardUnit: ['{unit}单元', 'Unit {unit}'],
  cardRoom: ['{room}室', 'Room {room}'],
  // How the parts of an address join: run together in Chinese, with a dot between in English.
  cardJoin: ['{a}{b}', '{a} · {b}'],
  cardTitle: ['住户通行卡', 'Resident pass'],
  backToConsole: ['返回管理后台', 'Back to the console'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(MANAGE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
