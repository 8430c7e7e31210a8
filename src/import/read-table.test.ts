/** Reading uploaded bytes: workbooks within a bound, old .xls refused by its bytes, anything else never a crash. */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { FileRefused, readTable } from './read-table.ts';

const refusal = (bytes: Uint8Array) =>
  readTable(bytes).then(
    () => null,
    (e: unknown) => (e instanceof FileRefused ? e.code : `not a refusal: ${String(e)}`),
  );

/** A zip whose sheet inflates to `mb` megabytes of spaces. */
function bomb(mb: number): Uint8Array {
  const xml = new Uint8Array(mb * 1024 * 1024).fill(0x20);
  return zipSync({ '[Content_Types].xml': new Uint8Array(1), 'xl/worksheets/sheet1.xml': xml }, { level: 9 });
}

/** The same archive with every entry's declared size in the central directory set to 10 bytes. */
function lying(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 < out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
  return out;
}

describe('reading a file', () => {
  it('reads 20,000 rows of an .xlsx, and names the sheets it did not read', async () => {
    const rows = [
      ['楼栋', '房号', '姓名'],
      ...Array.from({ length: 20_000 }, (_, i) => ['1', String(i), `住户${i}`]),
    ];
    const xlsx = await writeXlsxFile([
      { sheet: '住户', data: rows.map((r) => r.map((value) => ({ value }))) },
      { sheet: '说明', data: [[{ value: '本表说明' }]] },
    ]).toBuffer();
    const read = await readTable(new Uint8Array(xlsx));
    expect(read.rows).toHaveLength(20_001);
    expect(read.rows[20_000]).toEqual(['1', '19999', '住户19999']);
    expect(read.otherSheets).toEqual(['说明']);
  });

  it('refuses a zip bomb quickly, whether it declares its size or lies about it', async () => {
    const honest = bomb(200);
    const liar = lying(honest);
    expect(honest.length).toBeLessThan(1024 * 1024);
    let started = Date.now();
    expect(await refusal(honest)).toBe('workbook-too-large');
    // Declared 200 MB: refused before inflating a byte.
    expect(Date.now() - started).toBeLessThan(200);
    started = Date.now();
    expect(await refusal(liar)).toBe('workbook-too-large');
    // Declared 10 bytes: inflated up to the bound (64 MB), natively, then refused.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses an old .xls by its bytes, whatever it is called', async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]);
    expect(await refusal(ole2)).toBe('legacy-xls');
  });

  it('never fails other than with a refusal on random bytes, broken zips or broken workbooks', async () => {
    const good = new Uint8Array(await writeXlsxFile([[{ value: '楼栋' }, { value: '姓名' }]]).toBuffer());
    const zipStart = [0x50, 0x4b, 0x03, 0x04];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.uint8Array({ maxLength: 3000 }).map((b) => Uint8Array.from([...zipStart, ...b])),
          fc
            .tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(40))
            .map(([at, value, cut]) => {
              const b = good.slice(0, good.length - cut);
              b[at % b.length] = value;
              return b;
            }),
        ),
        async (bytes) => {
          const r = await refusal(bytes);
          expect(r === null || !r.startsWith('not a refusal')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
