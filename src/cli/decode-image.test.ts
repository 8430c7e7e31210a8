import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listQrCorpus } from '../../scripts/qr-corpus.ts';
import { NO_SHARED_NOTE, sharedTestdata } from '../../tests/shared-testdata.ts';

interface Row {
  file: string;
  text: string | null;
  ms: number;
  error?: string;
}

/** Runs the CLI exactly as `npm run --silent decode-image -- FILE...` does. */
function decodeImages(files: string[]): Row[] {
  const out = execFileSync('node_modules/.bin/tsx', ['src/cli/decode-image.ts', ...files], {
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

describe('decode-image CLI', () => {
  it('decodes PNG, JPEG and WebP made here, one JSON line per file, file as given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decode-image-'));
    const text = 'GATE-测试-0123 https://example.cn/x?y=1';
    const png = await QRCode.toBuffer(text, { scale: 6, margin: 4 });
    const files = [join(dir, 'a.png'), join(dir, 'b.jpg'), join(dir, 'c.webp')];
    writeFileSync(files[0] as string, png);
    await sharp(png)
      .jpeg({ quality: 85 })
      .toFile(files[1] as string);
    await sharp(png)
      .webp()
      .toFile(files[2] as string);
    const rows = decodeImages(files);
    expect(rows.map((r) => r.file)).toEqual(files);
    for (const r of rows) {
      expect(r.text).toBe(text);
      expect(r.ms).toBeGreaterThanOrEqual(0);
    }
  });

  it('reports an unreadable file with text null and carries on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decode-image-'));
    const bad = join(dir, 'not-an-image.png');
    writeFileSync(bad, 'this is not a picture');
    const missing = join(dir, 'missing.png');
    const rows = decodeImages([bad, missing]);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.text === null && typeof r.error === 'string')).toBe(true);
  });

  describe.skipIf(!sharedTestdata)(
    `ZXing photo corpus (${sharedTestdata ? 'shared testdata' : NO_SHARED_NOTE})`,
    () => {
      it('reads every qrcode-* photo exactly and finds nothing in falsepositives-2', () => {
        const corpus = listQrCorpus();
        expect(corpus.length).toBeGreaterThan(0);
        const rows = decodeImages(corpus.map((c) => c.file));
        const misses = corpus
          .filter((c, i) => c.expected !== null && rows[i]?.text !== c.expected)
          .map((c) => c.file);
        const phantom = corpus
          .filter((c, i) => c.expected === null && rows[i]?.text !== null)
          .map((c) => c.file);
        expect(phantom).toEqual([]);
        expect(misses).toEqual([]);
      });
    },
  );
});
