/**
 * User-visible strings of the registries: residents, households, the returnee ledger, imports and exports.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../../app/i18n.ts';
import { IMPORT_STRINGS } from '../../import/strings.ts';
import { SHARED_STRINGS } from '../../shared/strings.ts';

export const REGISTRY_STRINGS = {
  registryTitle: ['住户与登记', 'Residents and registrations'],
  // Registry views
  regResidents: ['住户', 'Residents'],
  regHouseholds: ['户', 'Households'],
  regVisitors: ['快递 / 访客', 'Couriers / visitors'],
  regLedger: ['返乡台账', 'Returnee ledger'],
  regImport: ['导入', 'Import'],
  regSearch: [
    '搜索：姓名 / 手机号 / 房号（101、1-1-101、1栋1单元101）/ 车牌',
    'Search: name / phone / room (101, 1-1-101, 1栋1单元101) / plate',
  ],
  regCount: ['共 {count} 人', '{count} people'],
  regCountHouseholds: ['共 {count} 户', '{count} households'],
  regRange: ['第 {from}–{to} 条', 'Rows {from}–{to}'],
  regPrev: ['上一页', 'Previous'],
  regNext: ['下一页', 'Next'],
  regDelete: ['删除此人', 'Delete this person'],
  regDeleteAsk: [
    '从名单中删除 {name}？其通行记录保留，删除记入操作日志。',
    'Delete {name} from the registry? Their passages stay; the deletion is audited.',
  ],
  regDeleteYes: ['确认删除', 'Delete'],
  regDeleted: ['已删除（通行记录保留）', 'Deleted (passages kept)'],
  field_kind: ['类别', 'Kind'],
  regAdd: ['新增住户', 'Add a resident'],
  regEdit: ['编辑', 'Edit'],
  regSave: ['保存', 'Save'],
  regCancel: ['取消', 'Cancel'],
  regSaved: ['已保存', 'Saved'],
  regNone: ['没有符合条件的记录', 'Nothing matches'],
  kindCourier: ['快递 / 外卖', 'Courier'],
  kindVisitor: ['访客', 'Visitor'],
  regStatus: ['状态', 'Status'],
  regFrom: ['开始日期', 'From'],
  regTo: ['结束日期', 'To'],
  regDoses: ['已接种剂次', 'Doses received'],
  regSeries: ['全程剂次', 'Doses for a full series'],
  regExpiry: ['有效期至', 'Valid until'],
  regExpired: ['已过期', 'Expired'],
  regAddress: ['住址', 'Address'],
  regPeople: ['人数', 'People'],
  regArrived: ['到达日期', 'Arrived on'],
  regTransport: ['交通方式', 'Transport'],
  regFormBad: [
    '请填写姓名、楼栋和房号，并检查日期和剂次',
    'Fill in name, building and room; check dates and doses',
  ],
  // Import
  impChoose: ['选择 Excel 或 CSV 文件', 'Choose an Excel or CSV file'],
  impHint: [
    '支持 .xlsx 和 .csv（UTF-8 或 GBK），最多 20000 行；旧版 .xls 请先另存为 .xlsx。表头：楼栋、单元、房号（可写 1-1-101）、姓名、手机、身份证号、状态、开始日期、结束日期、接种剂次、全程剂次；表头上方的标题行会被跳过。',
    '.xlsx or .csv (UTF-8 or GBK), up to 20,000 rows; save an old .xls as .xlsx first. Header: building, unit, room (1-1-101 works), name, phone, ID number, status, from, to, doses, series; title rows above the header are skipped.',
  ],
  impTemplate: ['下载导入模板（.xlsx）', 'Download the template (.xlsx)'],
  impRowNumber: ['原行号', 'Row'],
  impReason: ['未导入原因', 'Why it was refused'],
  impPartial: [
    '有 {refused} 行有错误（见下）。可以只导入其余 {valid} 行，并下载未导入的行修改后再导入。',
    '{refused} rows have errors (below). You may import the other {valid} rows and download the refused ones to fix and import again.',
  ],
  impValidOnly: ['只导入有效的 {valid} 行', 'Import the {valid} valid rows only'],
  impDownloadRefused: ['下载未导入的行（.xlsx）', 'Download the refused rows (.xlsx)'],
  impDoneRefused: ['未导入的行：', 'Rows not imported:'],
  impSaveFailed: ['文件生成失败，请重试。', 'The file could not be made; try again.'],
  impEncoding: ['文件编码', 'Encoding'],
  impRows: ['数据行数', 'Data rows'],
  impMapping: ['列对应（请核对）', 'Column mapping (check it)'],
  impColumn: ['列', 'Column'],
  impUnused: ['（不导入）', '(not imported)'],
  impPreview: ['前几行预览', 'First rows'],
  impRun: ['确认导入', 'Import'],
  impDone: ['导入成功，人数：', 'Imported, people:'],
  impRejected: [
    '文件有错误，未导入任何数据。请修改以下行后重试：',
    'The file has errors; nothing was imported. Fix these rows and try again:',
  ],
  impRejectedRows: ['以下行有错误，不会导入：', 'These rows have errors and will not be imported:'],
  impFailed: ['写入失败，未导入任何数据。', 'Writing failed; nothing was imported.'],
  impRow: ['第 {row} 行', 'Row {row}'],
  impHeaderRow: ['表头', 'Header'],
  impSheet: ['整个文件', 'Whole file'],
  // Export
  expResidentsCsv: ['导出住户 CSV', 'Residents CSV'],
  expResidentsXlsx: ['导出住户 Excel', 'Residents Excel'],
  expHouseholdsCsv: ['导出户 CSV', 'Households CSV'],
  expHouseholdsXlsx: ['导出户 Excel', 'Households Excel'],
  expVisitorsCsv: ['导出快递 / 访客 CSV', 'Couriers / visitors CSV'],
  expVisitorsXlsx: ['导出快递 / 访客 Excel', 'Couriers / visitors Excel'],
  expLedgerCsv: ['导出台账 CSV', 'Ledger CSV'],
  expLedgerXlsx: ['导出台账 Excel', 'Ledger Excel'],
  // Dashboard
  ledgerEmpty: ['暂无返乡人员', 'No returnees yet'],
  registeredUntil: ['登记有效至', 'Registered until'],
  // The ledger's columns (台账)
  ledIdLast4: ['身份证后四位', 'ID card, last 4'],
  ledFrom: ['来自地区', 'From (region)'],
  ledTransportNo: ['车次/航班号', 'Train / flight no.'],
  ledItinerary: ['14天行程', '14-day itinerary'],
  ledColour: ['健康码颜色', 'Health-code colour'],
  ledMeasure: ['管控措施', 'Control measure'],
  ledMeasureFrom: ['管控开始日期', 'Measure from'],
  ledMeasureTo: ['管控结束日期', 'Measure to'],
  ledMeasureNone: ['无', 'None'],
  ledMeasureSave: ['保存管控措施', 'Save the measure'],
  ledReportedAt: ['报备时间', 'Reported at'],
  ledReportedBy: ['报备人', 'Reported by'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(REGISTRY_STRINGS, SHARED_STRINGS, IMPORT_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
