/**
 * The scan module's public face: camera + decoder. The decoder (and its ~1 MB wasm, or the
 * pure-JavaScript reader where WebAssembly is missing) is loaded lazily when the camera starts,
 * so it never delays the first paint of the gate.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDecoder } from './decoder.ts';

export type { CameraFailure, Facing } from './camera.ts';
export { cameraFailure, closeCamera, openCamera, torchControl } from './camera.ts';
export type { Frame, QrDecoder } from './decoder.ts';
export { startFrameLoop } from './frame-loop.ts';

let decoder: Promise<QrDecoder> | null = null;

/** Whether this browser runs WebAssembly (iOS Lockdown Mode and some managed devices do not). */
export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/**
 * The app's QR decoder, loaded once: zxing-wasm (wasm served from our own origin) where
 * WebAssembly runs, else @zxing/library's pure-JavaScript QR reader, so such a device still scans.
 */
export function loadDecoder(): Promise<QrDecoder> {
  decoder ??= hasWebAssembly()
    ? import('./zxing-wasm.ts').then((m) => m.createWasmDecoder({ url: wasmUrl }))
    : Promise.all([import('./zxing-js.ts'), import('@zxing/library')]).then(([m, lib]) =>
        m.createJsDecoder(lib),
      );
  return decoder;
}
