/**
 * Registers the service worker with workbox-window. A new version is offered, never forced:
 * it waits until the volunteer accepts (at an idle moment), then the page reloads once.
 */
import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';

/** True while a new version is installed and waiting for the user's go-ahead. */
export const updateWaiting = signal(false);

let wb: Workbox | null = null;

/** Registers /sw.js in production builds; no-op in development and unsupported browsers. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  wb.register().catch(() => {
    // Without a service worker the app still works online; offline use needs it, which the
    // storage panel will report. Never let this reject unhandled.
  });
}

/** Applies the waiting version: the new worker takes over and the page reloads once. */
export function applyUpdate(): void {
  if (!wb) return;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

/** Hides the offer until the next version or reload. */
export function postponeUpdate(): void {
  updateWaiting.value = false;
}
