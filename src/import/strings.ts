/**
 * The words of every import (residents, risk areas): what is wrong with a file, a row or a
 * cell, and what was left out. The console shows them; `check-import` prints the zh-CN ones.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';

export const IMPORT_STRINGS = {
  field_building: ['楼栋', 'Building'],
  field_unit: ['单元', 'Unit'],
  field_room: ['房号', 'Room'],
  field_name: ['姓名', 'Name'],
  field_phone: ['手机号', 'Phone'],
  field_status: ['状态', 'Status'],
  field_statusFrom: ['开始日期', 'From'],
  field_statusTo: ['结束日期', 'To'],
  field_vaccineDoses: ['接种剂次', 'Doses'],
  field_vaccineSeries: ['全程剂次', 'Series'],
  prob_missing: ['缺少', 'missing'],
  'prob_too-long': ['内容过长', 'too long'],
  prob_phone: ['手机号格式错误', 'not a phone number'],
  prob_status: [
    '状态无法识别（正常/居家隔离/居家健康监测/集中隔离）',
    'unknown status (normal/home-quarantine/home-monitoring/central-quarantine)',
  ],
  prob_date: ['日期格式错误（例如 2026-11-23）', 'not a date (e.g. 2026-11-23)'],
  'prob_date-order': ['结束日期早于开始日期', 'ends before it starts'],
  prob_doses: ['剂次应为数字', 'doses must be a number'],
  prob_duplicate: ['同一户中姓名重复', 'same name twice in one household'],
  prob_empty: ['文件中没有数据行', 'no data rows in the file'],
  'prob_too-many': ['行数过多，请分批导入', 'too many rows; import in parts'],
  field_idNumber: ['身份证号', 'ID number'],
  prob_id: ['身份证号格式错误', 'not an ID number'],
  prob_address: ['房号中的楼栋或单元与所填不符', 'the building or unit in the room differs from its column'],
  // A whole file refused (read-table.ts FileProblem).
  'file_too-big': ['文件过大（超过 20 MB），未导入。', 'The file is over 20 MB; nothing was imported.'],
  'file_legacy-xls': [
    '这是旧版 Excel（.xls）文件，无法读取：请另存为 .xlsx（在 Excel 或 WPS 中“文件 → 另存为”），再重新导入。',
    'This is an old Excel file (.xls), which cannot be read: save it as .xlsx (or CSV) in Excel or WPS and import that.',
  ],
  'file_workbook-too-large': [
    '表格解压后过大（可能已损坏或为恶意文件），未导入。请只保留名单所在的工作表后重试。',
    'The workbook expands to too much data (damaged or malicious?); nothing was imported. Keep only the list sheet and try again.',
  ],
  'file_unreadable-workbook': [
    '无法读取此 Excel 文件（文件可能已损坏或加密），未导入。',
    'This Excel file cannot be read (damaged or encrypted?); nothing was imported.',
  ],
  'file_not-table': [
    '这不是表格文件（应为 .xlsx 或 CSV），未导入。',
    'This is not a spreadsheet (.xlsx or CSV expected); nothing was imported.',
  ],
  check_riskRows: [
    '名单中有 {value} 行有错误，整个名单未导入（风险地区名单须全部正确）。',
    '{value} rows of the list have errors; nothing was imported (a risk-area list is all or nothing).',
  ],
  'check_cannot-open': ['无法打开文件：{value}', 'Cannot open the file: {value}'],
  // What was read past or left out, said so rather than silently.
  'note_title-rows': ['已跳过表头上方的标题行：{value}', 'Title rows above the header skipped: {value}'],
  'note_ignored-columns': ['以下列未导入：{value}', 'Columns not imported: {value}'],
  'note_other-sheets': [
    '只读取了第一个工作表，以下工作表未导入：{value}',
    'Only the first sheet was read; not imported: {value}',
  ],
  note_unnamed: ['第 {value} 列（无表头）', 'column {value} (no header)'],
  // Risk-area import problems (codes from src/policy/risk-areas.ts), and where in the file.
  riskAt_line: ['第 {line} 行：{problem}', 'Line {line}: {problem}'],
  riskAt_item: ['第 {line} 项：{problem}', 'Item {line}: {problem}'],
  riskErr_unreadable: ['无法读取该文件。', 'The file could not be read.'],
  'riskErr_read-failed': ['无法读取文件：{value}', 'cannot read the file: {value}'],
  riskErr_empty: ['文件为空。', 'The file is empty.'],
  'riskErr_not-text': [
    '这不是文本文件（如为 Excel 表格，请另存为“CSV UTF-8”格式）。',
    'This is not a text file (an Excel workbook? Save it as "CSV UTF-8").',
  ],
  'riskErr_not-utf8': [
    '文件编码不是 UTF-8（可能是 GBK），请另存为“CSV UTF-8”后重新导入。',
    'The file is not UTF-8 (GBK?). Save it as "CSV UTF-8" and import again.',
  ],
  'riskErr_no-header': [
    '缺少表头：名单需要“地区代码”（或“地区名称”）、“风险等级”、“开始日期”、“结束日期”列。',
    'No header row: the list needs columns region (code or name), level, from, to.',
  ],
  'riskErr_not-json': ['文件不是有效的 JSON。', 'The file is not valid JSON.'],
  'riskErr_not-a-list': [
    '应为地区列表（数组，或含“areas”的对象）。',
    'Expected a list of areas (an array, or an object with "areas").',
  ],
  'riskErr_item-not-object': ['第 {line} 项不是对象。', 'Item {line} is not an object.'],
  'riskErr_no-areas': ['名单中没有地区，也没有日期。', 'The list has no areas and no date.'],
  riskErr_more: ['……另有 {value} 处问题。', '…and {value} more problems.'],
  'riskErr_no-region': ['缺少地区代码或名称。', 'no region code or name.'],
  'riskErr_bad-region-code': [
    '“{value}”不是有效的行政区划代码。',
    '"{value}" is not a GB/T 2260 region code.',
  ],
  'riskErr_unknown-region': [
    '无法识别地区“{value}”（请用六位地区代码或准确名称）。',
    'unknown region "{value}" (use a six-digit code or an exact name).',
  ],
  'riskErr_low-level': ['低风险地区无需导入，请删除该行。', 'low-risk areas are not listed; remove the row.'],
  'riskErr_bad-level': ['风险等级“{value}”应为“高”或“中”。', 'level "{value}" is not high or medium.'],
  'riskErr_bad-from': [
    '开始日期“{value}”格式不对（应如 2026-11-23）。',
    'start date "{value}" is not a date (2026-11-23).',
  ],
  'riskErr_bad-to': [
    '结束日期“{value}”格式不对（应如 2026-11-23）。',
    'end date "{value}" is not a date (2026-11-23).',
  ],
  'riskErr_legacy-xls': [
    '这是旧版 Excel（.xls）文件：请另存为“CSV UTF-8”，或直接导入官方查询服务的 JSON。',
    'This is an old Excel file (.xls): save it as "CSV UTF-8", or import the official lookup service\'s JSON.',
  ],
  riskErr_bulletin: [
    '这是一段通报文字，不是名单，未导入。请导入官方风险地区查询服务的 JSON，或按“地区、风险等级、开始日期”整理成 CSV。',
    "This is a bulletin text, not a list; nothing was imported. Import the official lookup service's JSON, or a CSV with region, level and from date.",
  ],
  'riskErr_no-list-date': [
    '官方名单缺少更新时间（end_update_time），未导入。',
    'The official list has no update time (end_update_time); nothing was imported.',
  ],
  'riskErr_date-order': ['结束日期早于开始日期。', 'the end date is before the start date.'],
} as const satisfies Table;

/** This folder's strings in the current language. */
export const t = defineStrings(IMPORT_STRINGS);

/** A key of this folder's strings that takes no values. */
export type StringKey = PlainKeyOf<typeof t>;
