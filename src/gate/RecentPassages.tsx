import type { Passage } from '../db/index.ts';
import { recent } from './gate-state.ts';
import { t } from './strings.ts';
import { WhoLine } from './WhoLine.tsx';

const time = new Intl.DateTimeFormat('zh-CN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

function Row({ p }: { p: Passage }) {
  const kindKey = `kind_${p.codeFormat ?? 'opaque'}`;
  return (
    <li class="passage" data-testid="passage" data-id={p.id} data-code-hash={p.codeHash ?? ''}>
      <time dateTime={new Date(p.at).toISOString()}>{time.format(p.at)}</time>
      <span class="dir">{p.direction === 'in' ? `→ ${t('directionIn')}` : `← ${t('directionOut')}`}</span>
      <span class="kind">{t.has(kindKey) ? t(kindKey) : p.codeFormat}</span>
      {p.verdict !== 'recorded' && (
        <span class={`verdict-mark mark-${p.verdict}`}>{t(`verdict_${p.verdict}`)}</span>
      )}
      <WhoLine who={p.who} testid="passage-who" />
    </li>
  );
}

/** The 20 newest passages at this device, newest first. */
export function RecentPassages() {
  const rows = recent.value;
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentPassages')}</h2>
      {rows.length === 0 ? (
        <p class="empty">{t('noPassages')}</p>
      ) : (
        <ol class="passages">
          {rows.map((p) => (
            <Row key={p.id} p={p} />
          ))}
        </ol>
      )}
    </section>
  );
}
