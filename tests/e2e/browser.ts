/** How the tests start Debian's Chromium (Playwright cannot download its own browser here). */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Port of the preview server the tests drive (GATE_PREVIEW_PORT lets two runs share a machine). */
export const PREVIEW_PORT = Number(process.env.GATE_PREVIEW_PORT ?? 4173);
export const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

/** Flags for a closed network and a root sandbox-less container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
