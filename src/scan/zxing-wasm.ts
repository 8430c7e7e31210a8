/**
 * zxing-cpp compiled to WebAssembly: the decoder the gate uses. Measured on the ZXing test
 * photos it reads the most codes (see README "QR decoder"). Its .wasm is served from our own
 * origin and precached by the service worker: it must never be fetched from a CDN.
 */
import { prepareZXingModule, type ReaderOptions, readBarcodes } from 'zxing-wasm/reader';
import type { Frame, QrDecoder } from './decoder.ts';

/** The one decoder configuration used by the camera, the CLI and the benchmarks. */
export const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  textMode: 'Plain',
  maxNumberOfSymbols: 1,
};

/** How to find the .wasm: a URL on our origin (browser) or its bytes (Node). */
export type WasmSource = { url: string } | { binary: ArrayBuffer };

/** Loads the wasm module once; later calls with the same source reuse it. */
export function prepareWasmDecoder(source: WasmSource): void {
  if ('url' in source) {
    prepareZXingModule({
      overrides: {
        locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.url : prefix + path),
      },
    });
  } else {
    prepareZXingModule({ overrides: { wasmBinary: source.binary } });
  }
}

/** Reads one QR code from a frame with zxing-wasm. */
export async function decodeWithWasm(frame: Frame): Promise<string | null> {
  const results = await readBarcodes(frame as ImageData, READER_OPTIONS);
  const hit = results.find((r) => r.isValid && r.text.length > 0);
  return hit ? hit.text : null;
}

/** The zxing-wasm decoder behind the app's `QrDecoder` interface. */
export function createWasmDecoder(source: WasmSource): QrDecoder {
  prepareWasmDecoder(source);
  return { decode: decodeWithWasm };
}
