/** A tiny path router: the app has a handful of screens and no nested routes. */
import { signal } from '@preact/signals';

export type Route = '/' | '/settings' | '/register' | '/print' | '/poster' | '/manage';

const ROUTES: readonly Route[] = ['/', '/settings', '/register', '/print', '/poster', '/manage'];

function current(): Route {
  // Outside a browser (the gate's scan pipeline under unit tests) there is one screen: the gate.
  if (typeof window === 'undefined') return '/';
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : '/';
}

/** The screen being shown. */
export const route = signal<Route>(current());

/** Goes to a screen (history entry, no reload); `hash` (without '#') is kept in the address. */
export function navigate(to: Route, hash = ''): void {
  const target = hash ? `${to}#${hash}` : to;
  if (to !== route.value || hash) window.history.pushState(null, '', target);
  route.value = to;
}

/** Follows the browser's back / forward buttons. */
export function watchHistory(): void {
  window.addEventListener('popstate', () => {
    route.value = current();
  });
}
