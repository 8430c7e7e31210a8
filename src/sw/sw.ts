/// <reference lib="webworker" />
/**
 * The service worker: precaches the whole app shell (including the QR decoder's wasm) so the
 * gate works with no network after the first visit. A new version waits until the page asks
 * it to take over (the volunteer accepts the update while the gate is idle): never forced.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every route of the single-page app (/, /manage, /register) is served by the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of pages on first install so the first visit is already offline-capable.
clientsClaim();
