/**
 * Decodes the shared QR photo corpus with zxing-wasm (the app's decoder) and with
 * @zxing/library's QRCodeReader (the baseline) and prints counts and times as JSON.
 */
import { loadFrame, prepareNodeWasm } from '../src/cli/image-frames.ts';
import type { QrDecoder } from '../src/scan/decoder.ts';
import { decodeWithWasm } from '../src/scan/zxing-wasm.ts';
import { listQrCorpus } from './qr-corpus.ts';
import { createLibraryDecoder } from './zxing-library-baseline.ts';

/** Per-decoder totals over the corpus. */
export interface DecoderScore {
  exact: number;
  wrong: number;
  falsePositives: number;
  images: number;
  medianMs: number;
}

/** Runs one decoder over the corpus. */
export async function scoreDecoder(decoder: QrDecoder): Promise<DecoderScore> {
  const corpus = listQrCorpus();
  const times: number[] = [];
  let exact = 0;
  let wrong = 0;
  let falsePositives = 0;
  for (const img of corpus) {
    const frame = await loadFrame(img.file);
    const t0 = performance.now();
    const text = await decoder.decode(frame);
    times.push(performance.now() - t0);
    if (img.expected === null) {
      if (text !== null) falsePositives++;
    } else if (text === img.expected) exact++;
    else if (text !== null) wrong++;
  }
  times.sort((a, b) => a - b);
  const medianMs = times.length ? (times[Math.floor(times.length / 2)] ?? 0) : 0;
  return { exact, wrong, falsePositives, images: corpus.filter((c) => c.expected !== null).length, medianMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareNodeWasm();
  const wasm = await scoreDecoder({ decode: decodeWithWasm });
  const library = await scoreDecoder(createLibraryDecoder());
  process.stdout.write(`${JSON.stringify({ 'zxing-wasm': wasm, '@zxing/library': library }, null, 2)}\n`);
}
