/** Network state for the header: the gate works offline, the indicator only informs. */
import { signal } from '@preact/signals';

/** Whether the browser reports a network connection. */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

/** Keeps `online` current. */
export function watchOnline(): void {
  window.addEventListener('online', () => {
    online.value = true;
  });
  window.addEventListener('offline', () => {
    online.value = false;
  });
}
