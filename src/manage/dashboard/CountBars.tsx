/** One labelled count as a horizontal bar. */
export interface CountBar {
  key: string;
  label: string;
  count: number;
  tone?: string;
}

/** Labelled horizontal bars (verdicts, flag kinds): the label and the number always in text. */
export function CountBars(props: { title: string; bars: CountBar[]; testId: string; empty?: string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.count));
  return (
    <figure class="count-bars" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      {props.bars.length === 0 && props.empty && <p class="hint">{props.empty}</p>}
      <ul>
        {props.bars.map((b) => (
          <li key={b.key} data-key={b.key} data-count={b.count}>
            <span class="bar-label">{b.label}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" class="bar" aria-hidden="true">
              <rect
                x="0"
                y="0"
                height="10"
                width={(b.count / max) * 100}
                class={`tone-${b.tone ?? 'plain'}`}
              />
            </svg>
            <strong class="bar-count">{b.count}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
