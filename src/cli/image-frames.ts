/** Node-side image loading for the CLIs and benchmarks: any PNG / JPEG / WebP file to an RGBA frame. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { Frame } from '../scan/decoder.ts';
import { prepareWasmDecoder } from '../scan/zxing-wasm.ts';

/** Decodes an image file to RGBA pixels, honouring its EXIF orientation as a phone would. */
export async function loadFrame(file: string): Promise<Frame> {
  const { data, info } = await sharp(file).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
  };
}

/** Points zxing-wasm at the .wasm shipped in node_modules (no network). */
export function prepareNodeWasm(): void {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareWasmDecoder({
    binary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });
}
