/// <reference lib="webworker" />
/**
 * The service worker: precaches the whole app shell (including the QR decoder's wasm) so the
 * gate works with no network after the first visit. A new version waits until the page asks
 * it to take over (the volunteer accepts the update while the gate is idle): never forced.
 * The previous version's code chunks are kept until the next update, so a second tab still
 * running the previous version can open a screen it has not loaded yet.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

/** The code chunks of the version before this one (content-hashed names: never stale). */
const PREVIOUS_ASSETS = 'gate-previous-assets';
const isAsset = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/assets/');

// Before this version's activation drops the previous version's chunks from the precache,
// copy them aside (replacing the copy of the version before that).
self.addEventListener('install', (event) => event.waitUntil(keepPreviousAssets()));

async function keepPreviousAssets(): Promise<void> {
  const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache'));
  if (!precache) return; // the first install: there is no previous version
  const from = await caches.open(precache);
  const requests = (await from.keys()).filter((r) => isAsset(new URL(r.url)));
  await caches.delete(PREVIOUS_ASSETS);
  const to = await caches.open(PREVIOUS_ASSETS);
  for (const request of requests) {
    const response = await from.match(request);
    const url = new URL(request.url);
    url.search = '';
    if (response) await to.put(url.href, response);
  }
}

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A chunk this version does not have: the previous version's copy, else the network.
registerRoute(
  ({ url }) => isAsset(url),
  // By URL alone: a module request carries an Origin header the kept copy's `Vary: Origin` would
  // otherwise refuse to match.
  async ({ request, url }) =>
    (await caches.match(url.origin + url.pathname, { cacheName: PREVIOUS_ASSETS, ignoreVary: true })) ??
    fetch(request),
);

// Every route of the single-page app (/, /manage, /register) is served by the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of pages on first install so the first visit is already offline-capable.
clientsClaim();
