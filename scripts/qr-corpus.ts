/** The ZXing QR photo corpus in ../shared/testdata/qr-images: each image with its expected text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedTestdata } from '../tests/shared-testdata.ts';

export interface CorpusImage {
  file: string;
  set: string;
  /** Expected text, or null for the false-positive set (no code in the image). */
  expected: string | null;
}

/** Lists the corpus images (qrcode-* with expected text, falsepositives-* with none); [] when absent. */
export function listQrCorpus(): CorpusImage[] {
  if (!sharedTestdata) return [];
  const root = join(sharedTestdata, 'qr-images', 'zxing');
  if (!existsSync(root)) return [];
  const out: CorpusImage[] = [];
  for (const set of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, set)).sort()) {
      if (!/\.(png|jpe?g|webp)$/i.test(name)) continue;
      const file = join(root, set, name);
      const txt = file.replace(/\.[^.]+$/, '.txt');
      const expected = set.startsWith('falsepositives')
        ? null
        : existsSync(txt)
          ? readFileSync(txt, 'utf8')
          : null;
      if (!set.startsWith('falsepositives') && expected === null) continue;
      out.push({ file, set, expected });
    }
  }
  return out;
}
