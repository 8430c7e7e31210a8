import { t } from '../../app/i18n.ts';

/** Today's and the week's figures, the four-colour map and the three-colour board. */
export function DashboardPanel() {
  return <section class="panel">{t('dashboardTitle')}</section>;
}
