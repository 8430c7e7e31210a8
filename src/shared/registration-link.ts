/**
 * The way to this estate's registration page from someone's own phone: its absolute address on
 * this app's origin (the tablet serves the app the phones also open) and a QR of it, drawn by the
 * qrcode library as SVG and shown as an <img> from a data: URL: no markup inserted, no worker,
 * nothing fetched (the CSP allows `img-src data:`). The library is loaded on first use, so the
 * gate's first paint does not carry it.
 */

/** The route of the registration screen (src/app/router.ts). */
export const REGISTER_PATH = '/register';

/** The registration page's absolute address on `origin`. */
export function registrationUrl(origin: string): string {
  return new URL(REGISTER_PATH, origin).href;
}

/** A QR of `text` as an SVG data: URL, black on white with a quiet zone any phone camera reads. */
export async function qrImageUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
