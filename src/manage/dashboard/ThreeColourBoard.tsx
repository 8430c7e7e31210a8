import type { BuildingRate } from './colour-map.ts';
import { t } from './strings.ts';

const MARK = { green: '●', yellow: '▲', red: '■' } as const;

/** The three-colour board (三色牌): a card per building with its vaccination rate in text. */
export function ThreeColourBoard(props: { board: BuildingRate[] }) {
  return (
    <figure class="three-colour" data-testid="three-colour-board">
      <figcaption>{t('boardTitle')}</figcaption>
      <ul class="board">
        {props.board.map((b) => (
          <li
            key={b.building}
            class={`board-card board-${b.colour ?? 'none'}`}
            data-testid="board-card"
            data-building={b.building}
            data-colour={b.colour ?? 'none'}
            data-rate={b.rate ?? ''}
          >
            <strong class="board-building">
              {b.building} {t('mapBuilding')}
            </strong>
            {b.colour === null ? (
              <span>{t('boardNoData')}</span>
            ) : (
              <>
                <span class="board-rate">{b.rate?.toFixed(1)}%</span>
                <span>
                  {MARK[b.colour]} {t(`board_${b.colour}`)}
                </span>
                <span class="hint">
                  {b.complete}/{b.total}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}
