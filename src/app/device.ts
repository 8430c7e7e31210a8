/**
 * What the browser lets a kiosk tablet ask for: persistent storage (so the browser does not
 * evict the records under pressure), the storage estimate, a screen that stays awake, fullscreen,
 * and a way to retire a broken service worker (the kill switch).
 */
import { signal } from '@preact/signals';

/** Warn the manager above this share of the quota. */
export const STORAGE_WARN_RATIO = 0.8;

export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export const storage = signal<StorageState>({ persisted: null, usage: null, quota: null });

/** Asks for persistent storage once and reads the estimate. */
export async function refreshStorage(ask = false): Promise<void> {
  const s = navigator.storage;
  if (!s) return;
  let persisted = (await s.persisted?.()) ?? null;
  if (ask && persisted === false) persisted = (await s.persist?.()) ?? false;
  const est = await s.estimate?.();
  storage.value = { persisted, usage: est?.usage ?? null, quota: est?.quota ?? null };
}

let lock: WakeLockSentinel | null = null;

/** Keeps the screen on while the gate is shown (re-acquired when the tab becomes visible again). */
export async function keepAwake(): Promise<boolean> {
  try {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return false;
    lock = await navigator.wakeLock.request('screen');
    return true;
  } catch {
    return false;
  }
}

/** Releases the wake lock. */
export function letSleep(): void {
  void lock?.release().catch(() => undefined);
  lock = null;
}

/** Enters or leaves fullscreen (kiosk mode). */
export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Not allowed here (an iframe, an old browser): the app works the same without it.
  }
}

/** The kill switch: unregisters every service worker and empties the caches, then reloads from the network. */
export async function retireServiceWorker(): Promise<void> {
  const regs = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  await Promise.all(regs.map((r) => r.unregister()));
  if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
  window.location.replace('/');
}
