import { useEffect, useState } from 'preact/hooks';
import { fillPassageRows } from '../../db/log/fill-rows.ts';
import { dropKeptResidents } from '../../db/people.ts';
import { purgeWhenDue } from '../../shared/retention.ts';
import { DashboardPanel } from '../dashboard/DashboardPanel.tsx';
import { DevicesPanel } from '../devices/DevicesPanel.tsx';
import { EstateKeySettings } from '../EstateKeySettings.tsx';
import { HubDailyReport } from '../hub/HubDailyReport.tsx';
import { HubDashboardPanel } from '../hub/HubDashboardPanel.tsx';
import { HubFlagsPanel } from '../hub/HubFlagsPanel.tsx';
import { HubLogsPanel } from '../hub/HubLogsPanel.tsx';
import { HubSource } from '../hub/HubSource.tsx';
import { RegistryPanel } from '../registry/RegistryPanel.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { lock } from './access-state.ts';
import { ConsoleSettings } from './ConsoleSettings.tsx';
import { DailyReport } from './DailyReport.tsx';
import { FlagsPanel } from './FlagsPanel.tsx';
import { LogsPanel } from './LogsPanel.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { type StringKey, t } from './strings.ts';

const TABS = [
  'logs',
  'flags',
  'registry',
  'dashboard',
  'report',
  'rules',
  'estate',
  'audit',
  'devices',
  'settings',
] as const;
type Tab = (typeof TABS)[number];
const LABELS: Record<Tab, StringKey> = {
  logs: 'tabLogs',
  flags: 'tabFlags',
  registry: 'tabRegistry',
  dashboard: 'tabDashboard',
  report: 'tabReport',
  rules: 'tabRules',
  estate: 'tabEstate',
  audit: 'tabAudit',
  devices: 'tabDevices',
  settings: 'tabSettings',
};
const PURGE_CHECK_MS = 60 * 60_000;

/**
 * The console's background upkeep: the log rows the screens read (quick unless a restore or an
 * upgrade left many to write), then the retention purge when due (the gate runs it too).
 */
async function upkeep(who: string): Promise<void> {
  try {
    await fillPassageRows();
    await purgeWhenDue(who);
  } catch (error) {
    // Retried at the next check; nothing is lost (each write is its own transaction).
    console.error('console upkeep failed', error);
  }
}

/** The unlocked console: a tab bar, the lock button and the chosen tab. */
export function ConsoleTabs({ who }: { who: string }) {
  const [tab, setTab] = useState<Tab>('logs');
  // Retention runs when the console opens, then whenever a day has passed since the last run.
  useEffect(() => {
    void upkeep(who);
    const timer = setInterval(() => void upkeep(who), PURGE_CHECK_MS);
    return () => {
      clearInterval(timer);
      // The dashboard's residents are kept in memory only while the console is open.
      dropKeptResidents();
    };
  }, [who]);
  return (
    <div class="console">
      <nav class="console-bar">
        <div role="tablist" class="console-tabs">
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              class={`btn toggle${tab === k ? ' on' : ''}`}
              aria-selected={tab === k}
              data-testid={`tab-${k}`}
              onClick={() => setTab(k)}
            >
              {t(LABELS[k])}
            </button>
          ))}
        </div>
        <span class="console-who" data-testid="console-who">
          {t('signedInAs')} {who}
        </span>
        <button type="button" class="btn ghost" data-testid="lock" onClick={() => void lock(Date.now())}>
          {t('lock')}
        </button>
      </nav>
      <div role="tabpanel">
        {tab === 'logs' && <HubSource name="log" here={<LogsPanel who={who} />} hub={<HubLogsPanel />} />}
        {tab === 'flags' && (
          <HubSource name="flag" here={<FlagsPanel who={who} />} hub={<HubFlagsPanel who={who} />} />
        )}
        {tab === 'registry' && <RegistryPanel />}
        {tab === 'dashboard' && (
          <HubSource name="dash" here={<DashboardPanel />} hub={<HubDashboardPanel />} />
        )}
        {tab === 'report' && <HubSource name="report" here={<DailyReport />} hub={<HubDailyReport />} />}
        {tab === 'rules' && <RulesPanel who={who} />}
        {tab === 'estate' && <EstateKeySettings who={who} />}
        {tab === 'audit' && <AuditPanel />}
        {tab === 'devices' && <DevicesPanel who={who} />}
        {tab === 'settings' && <ConsoleSettings who={who} />}
      </div>
    </div>
  );
}
