import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { openFlags, resolutionsFor, resolveFlag } from '../db/flags.ts';
import type { Flag, PersonLabel } from '../db/index.ts';
import { passageLabels } from '../db/passages.ts';
import { REASON_ORDER } from '../policy/reasons.ts';
import type { ReasonCode } from '../policy/types.ts';
import { reasonText } from '../shared/reason-words.ts';
import { phase } from './check-state.ts';
import { volunteer } from './shift-state.ts';
import { t } from './strings.ts';
import { WhoLine } from './WhoLine.tsx';

const time = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** Open flags, newest first (re-read after every recorded check and resolution). */
export const flags = signal<Flag[]>([]);
/** Who each open flag is about, by passage id. */
const labels = signal<Map<string, PersonLabel>>(new Map());

/** Re-reads the open flags. */
export async function refreshFlags(): Promise<void> {
  const open = await openFlags(30);
  labels.value = await passageLabels(open.map((f) => f.passageId));
  flags.value = open;
}

function FlagRow({ flag }: { flag: Flag }) {
  const [open, setOpen] = useState(false);
  const known = (REASON_ORDER as readonly string[]).includes(flag.kind);
  const label = known ? reasonText(flag.kind as ReasonCode) : flag.kind;
  return (
    <li class="flag" data-testid="flag" data-kind={flag.kind} data-id={flag.id}>
      <button type="button" class="btn flag-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">⚑</span> {time.format(flag.at)} · <span class="flag-kind">{label}</span>{' '}
        <WhoLine who={labels.value.get(flag.passageId)} testid="flag-who" /> · {t('resolve')}
      </button>
      {open && (
        <div class="resolutions">
          {resolutionsFor(flag.kind).map((r) => (
            <button
              key={r}
              type="button"
              class="btn chip"
              data-testid={`resolve-${r}`}
              onClick={async () => {
                await resolveFlag(flag.id, r, volunteer.value, Date.now());
                await refreshFlags();
              }}
            >
              {t(`res_${r}`)}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

/** The volunteer's queue of open flags; each is resolved in two taps. */
export function FlagQueue() {
  const recordedAt = phase.value.kind === 'recorded' ? phase.value.at : 0;
  useEffect(() => {
    void refreshFlags();
  }, [recordedAt]);
  return (
    <section class="flags" aria-labelledby="flags-title">
      <h2 id="flags-title">
        {t('flagsTitle')} ({flags.value.length})
      </h2>
      {flags.value.length === 0 ? (
        <p class="empty">{t('noFlags')}</p>
      ) : (
        <ul class="flag-list" data-testid="flag-list">
          {flags.value.map((f) => (
            <FlagRow key={f.id} flag={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
