/**
 * Screens other than the gate load on first visit, so the gate's first paint carries only the
 * gate's code. The service worker precaches every chunk, so this works offline as well.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './strings.ts';

type Load = () => Promise<ComponentType>;

/** A component that imports `load` once and then renders what it gave. */
export function lazyScreen(load: Load): ComponentType {
  let ready: ComponentType | undefined;
  return function LazyScreen() {
    const [screen, setScreen] = useState<{ C: ComponentType } | undefined>(ready && { C: ready });
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (ready) return;
      let live = true;
      load().then(
        (C) => {
          ready = C;
          if (live) setScreen({ C });
        },
        () => {
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    if (screen) return <screen.C />;
    if (failed) {
      return (
        <main class="lazy-screen">
          <p class="notice bad" role="alert" data-testid="screen-load-failed">
            <span aria-hidden="true">⚠</span> {t('screenLoadFailed')}{' '}
            <button type="button" class="btn" data-testid="screen-reload" onClick={() => location.reload()}>
              {t('reload')}
            </button>
          </p>
        </main>
      );
    }
    return (
      <main class="lazy-screen" aria-busy="true">
        <p class="notice" data-testid="screen-loading">
          <span aria-hidden="true">⏳</span> {t('screenLoading')}
        </p>
      </main>
    );
  };
}
