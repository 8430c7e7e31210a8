import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { db, useDb } from '../../db/index.ts';
import { importPeople } from '../../db/people.ts';
import { createDb } from '../../db/schema.ts';
import { guessColumns } from '../../import/columns.ts';
import { cellText, decodeCsv, splitCsv } from '../../import/decode.ts';
import { validateRows } from '../../import/validate.ts';

const NOW = Date.UTC(2026, 10, 23, 2);

/** What the import screen does with a file's bytes: decode, guess, check, write only when clean. */
async function importCsv(bytes: Uint8Array): Promise<string[] | null> {
  const rows = splitCsv(decodeCsv(bytes).text);
  const check = validateRows(rows, guessColumns(rows[0] ?? []), NOW);
  if (!check.ok) return null;
  await importPeople(check.people, '王经理', 'x.csv', NOW);
  return check.people.map((p) => p.id);
}

describe('import into the database', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('reads an .xlsx of households (numbers and dates as cells)', async () => {
    const sheet = [
      ['楼号', '单元', '室', '姓名', '状态', '开始日期', '接种剂次'],
      ['7', 1, 101, '赵六', '居家健康监测', new Date(Date.UTC(2026, 10, 20)), 2],
    ].map((row) =>
      row.map((value) => ({ value, ...(value instanceof Date ? { format: 'yyyy-mm-dd' } : {}) })),
    );
    const data = await readSheet(await writeXlsxFile(sheet).toBuffer());
    const rows = data.map((r) => r.map(cellText));
    expect(rows[1]).toEqual(['7', '1', '101', '赵六', '居家健康监测', '2026-11-20', '2']);
    const check = validateRows(rows, guessColumns(rows[0] ?? []), NOW);
    expect(check.ok && check.people[0]).toMatchObject({
      building: '7',
      unit: '1',
      room: '101',
      status: 'home-monitoring',
    });
  });

  it('any file either imports every data row or leaves the people table as it was', async () => {
    await importCsv(new TextEncoder().encode('楼栋,房号,姓名\n1,101,张三\n'));
    const base = await db().people.toArray();
    const row = fc.tuple(
      fc.constantFrom('1', '2', '', 'x'.repeat(200)),
      fc.constantFrom('101', '', '1201'),
      fc.constantFrom('李四', '王五', '', '=1+2'),
      fc.constantFrom('', '正常', '发烧', '集中隔离'),
      fc.constantFrom('', '2026-11-20', '2026-02-30'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), fc.boolean(), async (rows, gbk) => {
        await db().people.clear();
        await db().people.bulkPut(base);
        const text = ['楼栋,房号,姓名,状态,开始日期', ...rows.map((r) => r.join(','))].join('\r\n');
        const bytes = gbk
          ? Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)
          : new TextEncoder().encode(text);
        const imported = await importCsv(bytes);
        const after = (await db().people.toArray()).map((p) => p.id).sort();
        if (imported) {
          expect(imported.length).toBe(rows.filter((r) => r.some((c) => c !== '')).length);
          expect(after).toEqual([...new Set([...base.map((p) => p.id), ...imported])].sort());
        } else expect(await db().people.toArray()).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });
});
