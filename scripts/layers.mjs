/**
 * The layer table: which folder of src/ may import which. One place, read by
 * scripts/check-layers.mjs (run by `npm run lint` and `npm test`) and by its unit test.
 *
 * The core (codes, policy, scan, db) imports no feature. Inside the core the order is
 * codes ← policy ← db, and codes ← scan: codes is pure and imports nothing of ours; policy
 * decides from what codes reads; db stores what both produce (their types, the rules); scan
 * only hands text to the rest and needs none of it. So the core has no cycle between folders.
 *
 * `app-kit` is the part of the app shell that every screen uses (strings, routing, masking,
 * device services); the rest of `app` is the shell itself, which may load the gate
 * with the first paint and every other screen only through a dynamic `import()` handed to the
 * lazy loader (src/app/lazy-screen.tsx), so the gate's first paint does not carry the console.
 */

/** Layers in match order: the first whose `files` or `folder` matches a path owns it. */
export const LAYERS = [
  { name: 'codes', folder: 'src/codes/', may: [] },
  { name: 'policy', folder: 'src/policy/', may: ['codes'] },
  { name: 'scan', folder: 'src/scan/', may: [] },
  { name: 'db', folder: 'src/db/', may: ['codes', 'policy', 'wire'] },
  // What the hub and the app agree on (how a request is signed, what a push holds): pure, so the
  // hub verifies with exactly the code the tablet signs with.
  { name: 'wire', folder: 'src/wire/', may: [] },
  {
    name: 'app-kit',
    files: [
      'src/app/i18n.ts',
      'src/app/router.ts',
      'src/app/mask.ts',
      'src/app/device.ts',
      'src/app/online.ts',
    ],
    may: ['codes'],
  },
  // The file readers of every import (workbooks, CSV, residents' rows, risk-area lists) and
  // their words: pure of DOM and Dexie, so `check-import` runs the console's own code in Node.
  { name: 'import', folder: 'src/import/', may: ['codes', 'policy', 'app-kit'] },
  { name: 'shared', folder: 'src/shared/', may: ['codes', 'policy', 'scan', 'db', 'app-kit', 'import'] },
  // The app's link to the hub (its device key, enrolment, the pusher and its status).
  { name: 'sync', folder: 'src/sync/', may: ['codes', 'db', 'app-kit', 'wire'] },
  { name: 'gate', folder: 'src/gate/', may: ['codes', 'policy', 'scan', 'db', 'shared', 'app-kit', 'sync'] },
  {
    name: 'device',
    folder: 'src/device/',
    may: ['codes', 'policy', 'scan', 'db', 'shared', 'app-kit', 'sync'],
  },
  { name: 'register', folder: 'src/register/', may: ['codes', 'policy', 'scan', 'db', 'shared', 'app-kit'] },
  {
    name: 'manage',
    folder: 'src/manage/',
    may: ['codes', 'policy', 'scan', 'db', 'shared', 'app-kit', 'import', 'sync'],
  },
  {
    name: 'app',
    folder: 'src/app/',
    may: ['codes', 'policy', 'scan', 'db', 'shared', 'app-kit', 'gate', 'sync'],
    lazy: ['device', 'register', 'manage'],
  },
  { name: 'sw', folder: 'src/sw/', may: [] },
  { name: 'cli', folder: 'src/cli/', may: ['codes', 'policy', 'scan', 'import'] },
  // The hub (Node: HTTP and SQL) shares the pure core with the app and nothing of the browser app.
  { name: 'hub', folder: 'src/hub/', may: ['codes', 'policy', 'wire'] },
];

/**
 * Imports allowed although the table forbids them, each with why and until when. `from` and
 * `to` are file paths; a `to` ending in `/` covers the folder.
 */
export const EXCEPTIONS = [
  {
    from: 'src/hub/sync/chain-check.ts',
    to: 'src/db/chain.ts',
    reason:
      "The passage chain's link format has one home, src/db/chain.ts, which is pure (@noble/hashes, no Dexie): the hub recomputes each pushed link with it. Until the link format moves into the pure core.",
  },
  {
    from: 'src/hub/sync/chain-check.ts',
    to: 'src/db/types.ts',
    reason: 'Type only: the Passage shape the link hashes. Goes with the exception above.',
  },
  {
    from: 'src/hub/test/passages.ts',
    to: 'src/db/',
    reason: "The hub's tests make passages and their links exactly as a tablet does (chain.ts, its types).",
  },
];

/** The layer owning `path` (POSIX, relative to the project root), or undefined outside src/. */
export function layerOf(path, layers = LAYERS) {
  return (
    layers.find((l) => l.files?.includes(path)) ?? layers.find((l) => l.folder && path.startsWith(l.folder))
  );
}
