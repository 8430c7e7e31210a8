import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { leaveDeclaration } from './register-state.ts';
import type { SavedDeclaration } from './saved.ts';
import { t } from './strings.ts';

/** Makes the QR as SVG text (level M with the standard 4-module quiet zone, for phone screens). */
function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

/** The declaration full screen, to show at the gate; kept on the phone for next time. */
export function DeclarationQr({ saved }: { saved: SavedDeclaration }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setSvg(null);
    qrSvg(saved.text).then(
      (s) => live && setSvg(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [saved.text]);
  const [asking, setAsking] = useState(false);
  const kind = saved.form.kind ?? 'visitor';
  return (
    <section class="reg-qr-screen" data-testid="declaration-screen" aria-label={t('registerQrHint')}>
      <p class="reg-qr-who">
        <strong data-testid="declaration-name">{saved.form.name}</strong>
        <span data-testid="declaration-kind">{t(`registerKind_${kind}`)}</span>
      </p>
      {/* The SVG comes from the qrcode library and our own text: no outside markup. */}
      <div
        class="reg-qr"
        data-testid="declaration-qr"
        data-declaration={saved.text}
        role="img"
        aria-label={t('registerQrHint')}
        dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
      />
      {failed && <p class="reg-error">{t('registerQrFailed')}</p>}
      <p class="reg-qr-hint">{t('registerQrHint')}</p>
      <p class="reg-muted">{t('registerSelfDeclared')}</p>
      <div class="reg-qr-actions">
        <button
          type="button"
          class="btn"
          data-testid="declaration-edit"
          onClick={() => leaveDeclaration(true)}
        >
          {t('registerEdit')}
        </button>
        {!asking && (
          <button
            type="button"
            class="btn ghost"
            data-testid="declaration-again"
            onClick={() => setAsking(true)}
          >
            {t('registerAgain')}
          </button>
        )}
      </div>
      {/* Starting over deletes the code the person may still need at the gate: asked, never at one tap. */}
      {asking && (
        <div class="reg-again-ask" role="alertdialog" aria-labelledby="reg-again-ask">
          <p id="reg-again-ask">{t('registerAgainAsk')}</p>
          <button
            type="button"
            class="btn"
            data-testid="declaration-again-confirm"
            onClick={() => leaveDeclaration(false)}
          >
            {t('registerAgainYes')}
          </button>
          <button
            type="button"
            class="btn ghost"
            data-testid="declaration-again-cancel"
            onClick={() => setAsking(false)}
          >
            {t('registerAgainNo')}
          </button>
        </div>
      )}
    </section>
  );
}
