import { useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { type HubLink, noteHubAction } from '../../db/hub-link.ts';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { PROBLEM_WORDS } from './problem-words.ts';
import { t } from './strings.ts';

interface Issued {
  token: string;
  role: 'gate' | 'office';
  gateName: string | null;
  expiresMs: number;
}

/**
 * "添加设备" (a manager device only): the role and, for a gate, its name; the hub issues a
 * single-use code that expires in minutes, shown as a QR of the link that opens the new device's
 * enrolment with the code filled in, and as the code to type. Audited here under the manager.
 */
export function AddDevice({ link, who, onIssued }: { link: HubLink; who: string; onIssued: () => void }) {
  const [role, setRole] = useState<'gate' | 'office'>('gate');
  const [gateName, setGateName] = useState('');
  const [issued, setIssued] = useState<(Issued & { svg: string }) | null>(null);
  const [problem, setProblem] = useState<HubCallProblem | 'gate-name' | null>(null);
  const issue = async () => {
    const name = gateName.trim();
    if (role === 'gate' && !name) return setProblem('gate-name');
    setProblem(null);
    const r = await hubCall<Issued>('POST', '/api/enrolment-tokens', {
      role,
      ...(role === 'gate' ? { gateName: name } : {}),
    });
    if (!r.ok) return setProblem(r.problem);
    const url = `${link.hub}/settings#${r.body.token}`;
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    await noteHubAction('hub-add-device', who, `${r.body.role} ${r.body.gateName ?? ''}`.trim(), Date.now());
    setIssued({ ...r.body, svg });
    onIssued();
  };
  return (
    <section class="panel" aria-labelledby="add-device-title" data-testid="add-device">
      <h3 id="add-device-title">{t('addTitle')}</h3>
      <fieldset class="filters">
        <legend>{t('addRole')}</legend>
        {(['gate', 'office'] as const).map((r) => (
          <label key={r} class="choice">
            <input
              type="radio"
              name="add-device-role"
              data-testid={`add-device-role-${r}`}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            {t(r === 'gate' ? 'roleGate' : 'roleOffice')}
          </label>
        ))}
      </fieldset>
      {role === 'gate' && (
        <label class="field">
          {t('addGateName')}
          <input
            data-testid="add-device-gate"
            maxLength={40}
            value={gateName}
            onInput={(e) => setGateName(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="button" class="btn primary" data-testid="add-device-issue" onClick={() => void issue()}>
        {t('addIssue')}
      </button>
      {problem && (
        <p class="notice bad" role="alert" data-testid="add-device-problem">
          {problem === 'gate-name' ? t('addGateNameNeeded') : t(PROBLEM_WORDS[problem])}
        </p>
      )}
      {issued && (
        <div class="device-code" data-testid="device-code" data-code={issued.token}>
          {/* The SVG comes from the qrcode library and the hub's own link: no outside markup. */}
          <div
            class="device-code-qr"
            role="img"
            aria-label={issued.token}
            dangerouslySetInnerHTML={{ __html: issued.svg }}
          />
          <p class="device-code-text" data-testid="device-code-text">
            {issued.token}
          </p>
          <p class="hint">
            {t('addCodeHint', {
              time: new Date(issued.expiresMs).toLocaleTimeString('zh-CN', {
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
