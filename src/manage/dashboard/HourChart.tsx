import { t } from './strings.ts';

// Each gate its own hue and its own bar pattern, and its name in the legend: colour alone never tells.
const GATE_COLOURS = ['#60a5fa', '#f472b6', '#34d399', '#fbbf24', '#a78bfa', '#f87171'];
const [W, H, LEFT, BOTTOM, TOP] = [960, 260, 44, 28, 12];

/** Passages per hour per gate: grouped SVG bars with axis labels and per-bar titles in text. */
export function HourChart(props: { hourly: { gateId: string; hours: number[] }[]; week: boolean }) {
  const caption = t(props.week ? 'dashPerHourWeek' : 'dashPerHour');
  const max = Math.max(1, ...props.hourly.flatMap((g) => g.hours));
  const plotH = H - BOTTOM - TOP;
  const slot = (W - LEFT) / 24;
  const bar = Math.max(2, (slot - 4) / Math.max(1, props.hourly.length));
  const y = (n: number) => TOP + plotH - (n / max) * plotH;
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure class="chart" data-testid="hour-chart">
      <figcaption>{caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={caption}>
        {ticks.map((n) => (
          <g key={n}>
            <line x1={LEFT} x2={W} y1={y(n)} y2={y(n)} class="grid" />
            <text x={LEFT - 6} y={y(n) + 5} text-anchor="end" class="axis">
              {n}
            </text>
          </g>
        ))}
        {Array.from({ length: 24 }, (_, h) => (
          <text key={h} x={LEFT + h * slot + slot / 2} y={H - 8} text-anchor="middle" class="axis">
            {h % 2 === 0 ? `${h}${t('dashHour')}` : ''}
          </text>
        ))}
        {props.hourly.map((g, gi) =>
          g.hours.map((n, h) =>
            n === 0 ? null : (
              <rect
                key={`${g.gateId}-${h}`}
                data-testid="hour-bar"
                data-gate={g.gateId}
                data-hour={h}
                data-count={n}
                x={LEFT + h * slot + 2 + gi * bar}
                y={y(n)}
                width={bar - 1}
                height={TOP + plotH - y(n)}
                fill={GATE_COLOURS[gi % GATE_COLOURS.length]}
                opacity={gi % 2 === 0 ? 1 : 0.75}
              >
                <title>{`${g.gateId} ${h}${t('dashHour')}: ${n}`}</title>
              </rect>
            ),
          ),
        )}
      </svg>
      <ul class="legend">
        {props.hourly.map((g, gi) => (
          <li key={g.gateId}>
            <span
              class="swatch"
              style={{ background: GATE_COLOURS[gi % GATE_COLOURS.length] }}
              aria-hidden="true"
            />
            {t('gate')} {g.gateId}: {g.hours.reduce((a, b) => a + b, 0)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
