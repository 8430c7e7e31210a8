/** Which column of an imported sheet holds which field, guessed from its Chinese or English header. */

/** The fields an import can fill. */
export const FIELDS = [
  'building',
  'unit',
  'room',
  'name',
  'phone',
  'status',
  'statusFrom',
  'statusTo',
  'vaccineDoses',
  'vaccineSeries',
  'idNumber',
] as const;
export type Field = (typeof FIELDS)[number];

/** Field → column index (absent when the sheet has no such column). */
export type ColumnMap = Partial<Record<Field, number>>;

/** Longer cells are refused: no name, room or phone is this long. */
export const MAX_CELL_CHARS = 100;

/**
 * Fields without which a row cannot be a household member. The building may also come from the
 * room column when it holds the whole address (1-1-101, 1栋1单元101室).
 */
export const REQUIRED: readonly Field[] = ['building', 'room', 'name'];

// Tested in this order: the more specific words first ('接种剂次' before a bare '次', the ID's
// 号码 before a phone's, a room header that mentions 独栋 before the building's 栋).
const HINTS: readonly [Field, RegExp][] = [
  ['idNumber', /身份号码|身份证|证件号|证件号码|id\s*(?:no|number|card)/i],
  ['vaccineSeries', /全程|应接种|series|required\s*doses/i],
  ['vaccineDoses', /剂次|接种|疫苗|针|doses?|vaccin/i],
  ['statusFrom', /开始|起始|起|from|start/i],
  ['statusTo', /结束|截止|止|解除|to$|until|end/i],
  ['status', /状态|管控|在住|status/i],
  ['room', /房号|房间|门牌|室|room|flat|apt/i],
  ['building', /楼栋|楼号|建筑物名称|(?<!独)栋|幢|楼|building|block/i],
  ['unit', /单元|unit/i],
  ['name', /姓名|名字|业主名称|权利人|name/i],
  ['phone', /电话|手机|联系方式|phone|mobile|tel/i],
];

/** Header words of columns that hold notes, not data: left out with a note, never guessed. */
const NOTES = /说明|备注|注意|填表|remark|note/i;

/** True when a header cell names a notes column. */
export function isNotesHeader(text: string): boolean {
  return NOTES.test(text);
}

/** Guesses the column map from a header row; each column and each field is used at most once. */
export function guessColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || isNotesHeader(text)) return;
    const hit = HINTS.find(([field, re]) => map[field] === undefined && re.test(text));
    if (hit) map[hit[0]] = index;
  });
  return map;
}

/** The required fields the map does not place (a room column may carry the building: checked per row). */
export function missingFields(map: ColumnMap): Field[] {
  return REQUIRED.filter((f) => map[f] === undefined && !(f === 'building' && map.room !== undefined));
}
