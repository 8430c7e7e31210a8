/**
 * Camera handling, separate from the decoder: opens the preferred camera and reports
 * failures as a small set of causes the gate screen can explain in words.
 */

export type CameraFailure = 'denied' | 'missing' | 'in-use' | 'insecure' | 'unknown';
export type Facing = 'environment' | 'user';

/** Why getUserMedia failed, in the gate's terms. */
export function cameraFailure(error: unknown): CameraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'missing';
    case 'NotReadableError':
    case 'AbortError':
      return 'in-use';
    default:
      return 'unknown';
  }
}

/** Opens the camera facing `facing` (back camera by default), preferring 640x480 for fast decoding. */
export async function openCamera(facing: Facing): Promise<MediaStream> {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
    throw new DOMException('camera needs a secure context', 'InsecureContext');
  }
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: facing }, width: { ideal: 640 }, height: { ideal: 480 } },
  });
}

/** Stops every track of a stream (releases the camera light). */
export function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The torch (flash) of a stream's camera, when it has one: null means no torch to offer. */
export function torchControl(stream: MediaStream): ((on: boolean) => Promise<void>) | null {
  const track = stream.getVideoTracks()[0];
  // `torch` is not in TypeScript's DOM types yet; Chromium on Android reports it.
  const caps = track?.getCapabilities?.() as { torch?: boolean } | undefined;
  if (!track || !caps?.torch) return null;
  return (on) => track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
}
