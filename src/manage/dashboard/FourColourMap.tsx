import { t } from '../../app/i18n.ts';
import { COLOURS, type Household, type HouseholdColour } from './colour-map.ts';

// Shapes from the CJK fonts every tablet has (no emoji), and a letter.
/** A shape and a letter per colour, so a cell reads without its colour. */
export const MARKS: Record<HouseholdColour, string> = {
  red: '■集',
  brown: '◆隔',
  yellow: '▲监',
  blue: '●苗',
  none: '○',
};

function group(list: readonly Household[]): Map<string, Map<string, Household[]>> {
  const buildings = new Map<string, Map<string, Household[]>>();
  for (const h of list) {
    const units = buildings.get(h.building) ?? new Map<string, Household[]>();
    units.set(h.unit, [...(units.get(h.unit) ?? []), h]);
    buildings.set(h.building, units);
  }
  return buildings;
}

/** The four-colour map (四色图): a grid of households per building and unit, legend with counts. */
export function FourColourMap(props: { households: Household[]; counts: Record<HouseholdColour, number> }) {
  if (props.households.length === 0) return <p class="hint">{t('mapEmpty')}</p>;
  return (
    <figure class="four-colour" data-testid="four-colour-map">
      <figcaption>{t('mapTitle')}</figcaption>
      <ul class="legend">
        {COLOURS.map((c) => (
          <li key={c} data-testid="map-legend" data-colour={c} data-count={props.counts[c]}>
            <span class={`cell-mark colour-${c}`} aria-hidden="true">
              {MARKS[c]}
            </span>
            {t(`colour_${c}`)}: <strong>{props.counts[c]}</strong>
          </li>
        ))}
      </ul>
      {[...group(props.households)].map(([building, units]) => (
        <section key={building} class="map-building" data-building={building}>
          <h4>
            {building} {t('mapBuilding')}
          </h4>
          {[...units].map(([unit, list]) => (
            <div key={unit} class="map-unit">
              <span class="map-unit-label">{unit ? `${unit} ${t('mapUnit')}` : ''}</span>
              <ul class="map-cells">
                {list.map((h) => (
                  <li
                    key={h.room}
                    class={`map-cell colour-${h.colour}`}
                    data-testid="map-cell"
                    data-household={`${h.building}-${h.unit}-${h.room}`}
                    data-colour={h.colour}
                    title={`${h.building}-${h.unit}-${h.room} ${t(`colour_${h.colour}`)}`}
                  >
                    <span class="room">{h.room}</span>
                    <span class="mark">{MARKS[h.colour]}</span>
                    <span class="sr-only">{t(`colour_${h.colour}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </figure>
  );
}
