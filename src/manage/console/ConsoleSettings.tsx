import { useEffect, useState } from 'preact/hooks';
import { idleMinutes, saveIdleMinutes } from '../../db/access.ts';
import { verifyAudit } from '../../db/audit.ts';
import {
  lastPurge,
  nextPurgeAt,
  type PurgeCounts,
  retentionDays,
  saveRetentionDays,
} from '../../db/retention.ts';
import { ChainCheckPanel } from '../../shared/ChainCheckPanel.tsx';
import { purgeNow } from '../../shared/retention.ts';
import { VerifyLogPanel } from '../../shared/VerifyLogPanel.tsx';
import { idleLimit } from './access-state.ts';
import { ChangePin } from './ChangePin.tsx';
import { GateNameSetting } from './GateNameSetting.tsx';
import { HubDisconnect } from './HubDisconnect.tsx';
import { formatTime } from './log-rows.ts';
import { t } from './strings.ts';
import { TabletBackupPanel } from './TabletBackupPanel.tsx';

/** Console settings: idle auto-lock, retention days with the next purge time, purge now, PIN change. */
export function ConsoleSettings({ who }: { who: string }) {
  const [idle, setIdle] = useState('');
  const [days, setDays] = useState('');
  const [last, setLast] = useState<number | null>(null);
  const [purged, setPurged] = useState<PurgeCounts | null>(null);
  const [saved, setSaved] = useState(false);

  async function reload() {
    setIdle(String(await idleMinutes()));
    setDays(String(await retentionDays()));
    setLast(await lastPurge());
  }
  useEffect(() => void reload(), []);

  async function save(e: Event) {
    e.preventDefault();
    setSaved(false);
    const i = Number(idle);
    const d = Number(days);
    if (!Number.isInteger(i) || i < 1 || !Number.isInteger(d) || d < 1) return;
    const now = Date.now();
    if (i !== (await idleMinutes())) {
      await saveIdleMinutes(i, who, now);
      idleLimit.value = i;
    }
    if (d !== (await retentionDays())) {
      await saveRetentionDays(d, who, now);
    }
    await reload();
    setSaved(true);
  }

  return (
    <section class="panel" aria-labelledby="csettings-title">
      <h3 id="csettings-title">{t('tabSettings')}</h3>
      <form class="filters" onSubmit={save}>
        <label class="field">
          {t('idleMinutes')}
          <input
            type="number"
            min="1"
            data-testid="idle-minutes"
            value={idle}
            onInput={(e) => setIdle(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('retentionDays')}
          <input
            type="number"
            min="1"
            data-testid="retention-days"
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn" data-testid="settings-save">
          {t('consoleSave')}
        </button>
        {saved && <span data-testid="settings-saved">✓ {t('consoleSaved')}</span>}
      </form>
      <GateNameSetting who={who} />
      <HubDisconnect who={who} />
      <p data-testid="next-purge">
        {t('nextPurge')}: {formatTime(nextPurgeAt(last, Date.now()))}
        {last !== null && ` · ${t('lastPurge')}: ${formatTime(last)}`}
      </p>
      <button
        type="button"
        class="btn"
        data-testid="purge-now"
        onClick={async () => {
          setPurged(await purgeNow(who));
          await reload();
        }}
      >
        {t('purgeNow')}
      </button>
      {purged !== null && (
        <p data-testid="purged" data-count={purged.passages}>
          {t('purgedCount')} {purged.passages} · {t('purgedPeople')} {purged.people} · {t('purgedLedger')}{' '}
          {purged.ledger}
        </p>
      )}
      <ChangePin />
      <VerifyLogPanel />
      <ChainCheckPanel
        title={t('auditVerifyTitle')}
        action={t('auditVerifyRun')}
        ids={{ run: 'verify-audit', result: 'verify-audit-result' }}
        check={() => verifyAudit()}
      />
      <TabletBackupPanel who={who} />
    </section>
  );
}
