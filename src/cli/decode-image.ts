/**
 * `npm run --silent decode-image -- FILE...` (CONTRACTS §3): decodes the QR code in each image
 * with the camera path's decoder configuration and prints one JSON object per file.
 */
import { decodeWithWasm } from '../scan/zxing-wasm.ts';
import { loadFrame, prepareNodeWasm } from './image-frames.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent decode-image -- FILE...\n');
  process.exit(2);
}
prepareNodeWasm();
for (const file of files) {
  let text: string | null = null;
  let error: string | undefined;
  let ms = 0;
  try {
    const frame = await loadFrame(file);
    const start = performance.now();
    text = await decodeWithWasm(frame);
    ms = performance.now() - start;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const row: Record<string, unknown> = { file, text, ms: Math.round(ms * 100) / 100 };
  if (error) row.error = error;
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
