import { useEffect, useState } from 'preact/hooks';
import { qrImageUrl, registrationUrl } from './registration-link.ts';
import { t } from './strings.ts';
import './registration-qr.css';

/**
 * A QR of this estate's registration page, for a visitor to scan with their own phone: on an
 * unregistered person's verdict at the gate, and on the poster the console prints for the gate.
 * The caption is in the UI language, or in both (zh-CN first) where `bilingual` (a poster).
 */
export function RegistrationQr({
  size = 'verdict',
  bilingual = false,
}: {
  size?: 'verdict' | 'poster';
  bilingual?: boolean;
}) {
  const url = registrationUrl(window.location.origin);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrImageUrl(url).then(
      (image) => live && setSrc(image),
      // Without the QR the words still say to register; nothing else depends on it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [url]);
  const words = (key: 'signUpQrTitle' | 'signUpQrHint') =>
    bilingual ? (
      <>
        <span lang="zh-CN">{t.inLang('zh', key)}</span> <span lang="en">{t.inLang('en', key)}</span>
      </>
    ) : (
      t(key)
    );
  return (
    <figure class={`registration-qr qr-${size}`} data-testid="registration-qr" data-url={url}>
      {src ? (
        <img
          src={src}
          alt={t('signUpQrAlt')}
          width={size === 'poster' ? 480 : 200}
          height={size === 'poster' ? 480 : 200}
        />
      ) : (
        <span class="registration-qr-pending" aria-hidden="true" />
      )}
      <figcaption>
        <strong class="registration-qr-title">{words('signUpQrTitle')}</strong>
        <span class="registration-qr-hint">{words('signUpQrHint')}</span>
      </figcaption>
    </figure>
  );
}
