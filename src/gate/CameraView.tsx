import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CameraFailure,
  cameraFailure,
  closeCamera,
  type Facing,
  loadDecoder,
  openCamera,
  startFrameLoop,
  torchControl,
} from '../scan/index.ts';
import { type StringKey, t } from './strings.ts';

type CameraState =
  | { kind: 'starting' }
  | { kind: 'live' }
  | { kind: 'failed'; why: CameraFailure | 'decoder' };

const FAILURE_TEXT: Record<CameraFailure | 'decoder', StringKey> = {
  denied: 'cameraDenied',
  missing: 'cameraMissing',
  'in-use': 'cameraInUse',
  insecure: 'cameraInsecure',
  unknown: 'cameraFailed',
  decoder: 'decoderFailed',
};

/** The live camera preview; decoded texts go to `onText`. Failures are explained in words. */
export function CameraView({ onText }: { onText: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [facing, setFacing] = useState<Facing>('environment');
  const [attempt, setAttempt] = useState(0);
  const [torch, setTorch] = useState<{ set: (on: boolean) => Promise<void>; on: boolean } | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopLoop: (() => void) | null = null;
    let cancelled = false;
    setState({ kind: 'starting' });
    (async () => {
      try {
        stream = await openCamera(facing);
      } catch (e) {
        const why = e instanceof DOMException && e.name === 'InsecureContext' ? 'insecure' : cameraFailure(e);
        if (!cancelled) setState({ kind: 'failed', why });
        return;
      }
      const el = video.current;
      if (cancelled || !el) return closeCamera(stream);
      el.srcObject = stream;
      const setTorchOn = torchControl(stream);
      setTorch(setTorchOn ? { set: setTorchOn, on: false } : null);
      await el.play().catch(() => undefined);
      try {
        const decoder = await loadDecoder();
        if (cancelled) return;
        stopLoop = startFrameLoop(el, decoder, onText);
        setState({ kind: 'live' });
      } catch {
        if (!cancelled) setState({ kind: 'failed', why: 'decoder' });
      }
    })();
    return () => {
      cancelled = true;
      stopLoop?.();
      closeCamera(stream);
    };
  }, [facing, attempt, onText]);

  return (
    <section class="camera" data-camera-state={state.kind}>
      <video ref={video} class="camera-video" muted playsInline autoPlay data-testid="camera-preview" />
      {state.kind === 'starting' && <p class="camera-overlay">{t('cameraStarting')}</p>}
      {state.kind === 'failed' && (
        <div class="camera-overlay camera-error" role="alert" data-testid="camera-error" data-why={state.why}>
          <span class="icon" aria-hidden="true">
            ⊘
          </span>
          <p>{t(FAILURE_TEXT[state.why])}</p>
          <button
            type="button"
            class="btn"
            data-testid="camera-retry"
            onClick={() => setAttempt((n) => n + 1)}
          >
            {t('retryCamera')}
          </button>
        </div>
      )}
      {torch && (
        <button
          type="button"
          class={`btn camera-torch ${torch.on ? 'on' : ''}`}
          aria-pressed={torch.on}
          data-testid="torch"
          onClick={() => {
            const on = !torch.on;
            torch.set(on).then(
              () => setTorch({ ...torch, on }),
              () => setTorch(null),
            );
          }}
        >
          <span aria-hidden="true">☀</span> {t('torch')}
        </button>
      )}
      <button
        type="button"
        class="btn camera-switch"
        onClick={() => setFacing((f) => (f === 'environment' ? 'user' : 'environment'))}
      >
        {t('switchCamera')}
      </button>
    </section>
  );
}
