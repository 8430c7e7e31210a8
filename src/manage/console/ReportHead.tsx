import type { ComponentChildren } from 'preact';
import { t } from './strings.ts';

/**
 * The daily report's head: the day to show and the print button (neither printed), with any
 * further choice (`children`: the gate), then the estate's name and the title.
 */
export function ReportHead({
  day,
  onDay,
  estate,
  children,
}: {
  day: string;
  onDay: (day: string) => void;
  estate: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <div class="no-print actions">
        <label class="field">
          <span class="sr-only">{t('reportDay')}</span>
          <input
            type="date"
            value={day}
            data-testid="report-day"
            onChange={(e) => onDay(e.currentTarget.value)}
          />
        </label>
        {children}
        <button type="button" class="btn" data-testid="report-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
      </div>
      {estate && (
        <p class="report-estate" data-testid="report-estate">
          {estate}
        </p>
      )}
      <h2 id="report-title">
        {t('reportTitle')} {day}
      </h2>
    </>
  );
}
