/**
 * Decoder figures in Node: one 640x480 frame through the app's decoder (zxing-wasm) against
 * @zxing/library's QRCodeReader on the same frames, and exact decodes over the shared photo corpus.
 */
import sharp from 'sharp';
import { prepareNodeWasm } from '../../src/cli/image-frames.ts';
import type { Frame, QrDecoder } from '../../src/scan/decoder.ts';
import { decodeWithWasm } from '../../src/scan/zxing-wasm.ts';
import { scoreDecoder } from '../measure-decoders.ts';
import { listQrCorpus } from '../qr-corpus.ts';
import { createLibraryDecoder } from '../zxing-library-baseline.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';

const FRAME_WIDTH_PX = 640;
const FRAME_HEIGHT_PX = 480;

interface BenchFrame {
  frame: Frame;
  hasCode: boolean;
}

/** A corpus image letterboxed into a 640x480 RGBA frame, as the camera loop hands frames over. */
async function toFrame(file: string): Promise<Frame> {
  const { data } = await sharp(file)
    .rotate()
    .resize(FRAME_WIDTH_PX, FRAME_HEIGHT_PX, { fit: 'contain', background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: FRAME_WIDTH_PX,
    height: FRAME_HEIGHT_PX,
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
  };
}

/** A plain white frame: the camera is live and sees nothing. */
function blankFrame(): Frame {
  return {
    width: FRAME_WIDTH_PX,
    height: FRAME_HEIGHT_PX,
    data: new Uint8ClampedArray(FRAME_WIDTH_PX * FRAME_HEIGHT_PX * 4).fill(255),
  };
}

const PASSES = 3;

/** Per-frame decode times in ms (after a short warm-up), PASSES passes over every frame. */
async function timeFrames(decoder: QrDecoder, frames: readonly BenchFrame[]): Promise<number[]> {
  for (const f of frames.slice(0, 5)) await decoder.decode(f.frame);
  const times: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const f of frames) {
      const t0 = performance.now();
      await decoder.decode(f.frame);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/** Median of the samples whose frame does (or does not) hold a code. */
function medianOf(times: readonly number[], frames: readonly BenchFrame[], hasCode: boolean): number {
  return quantile(
    times.filter((_, i) => frames[i % frames.length]?.hasCode === hasCode),
    0.5,
  );
}

prepareNodeWasm();
const wasm: QrDecoder = { decode: decodeWithWasm };
const library = createLibraryDecoder();
const corpus = listQrCorpus();
const metrics: Metrics = {};

const frames: BenchFrame[] = [];
for (const img of corpus) frames.push({ frame: await toFrame(img.file), hasCode: img.expected !== null });
for (let i = 0; i < 20; i++) frames.push({ frame: blankFrame(), hasCode: false });
const wasmTimes = await timeFrames(wasm, frames);
const libraryTimes = await timeFrames(library, frames);
const withCode = frames.filter((f) => f.hasCode).length;
metrics.decode_frame_median_ms = {
  value: round(quantile(wasmTimes, 0.5)),
  unit: 'ms',
  n: wasmTimes.length,
  baseline: round(quantile(libraryTimes, 0.5)),
  note:
    `zxing-wasm READER_OPTIONS in Node ${process.version}; ${withCode} corpus photos letterboxed to 640x480 ` +
    `+ ${frames.length - withCode} frames without a code (false-positive set, blank), ${PASSES} passes; ` +
    `with / without code: ${round(medianOf(wasmTimes, frames, true))} / ${round(medianOf(wasmTimes, frames, false))} ms; ` +
    `baseline @zxing/library QRCodeReader (try-harder) ${round(medianOf(libraryTimes, frames, true))} / ` +
    `${round(medianOf(libraryTimes, frames, false))} ms`,
};

if (corpus.length === 0) {
  metrics.qr_images_decoded = {
    value: null,
    unit: 'images',
    n: 0,
    baseline: null,
    note: 'skipped: ../shared/testdata/qr-images is not beside this clone',
  };
} else {
  const app = await scoreDecoder(wasm);
  const base = await scoreDecoder(library);
  metrics.qr_images_decoded = {
    value: app.exact,
    unit: 'images',
    n: app.images,
    baseline: base.exact,
    note:
      `exact text over ../shared/testdata/qr-images qrcode-* at full size; zxing-wasm wrong ${app.wrong}, ` +
      `false positives ${app.falsePositives}; @zxing/library QRCodeReader wrong ${base.wrong}, ` +
      `false positives ${base.falsePositives}`,
  };
}
writeMetrics(metrics);
