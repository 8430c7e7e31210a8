import { useState } from 'preact/hooks';
import { COLOURS, colourCounts, type Household, type HouseholdColour } from './colour-map.ts';
import { t } from './strings.ts';

// Shapes from the CJK fonts every tablet has (no emoji), and a letter.
/** A shape and a letter per colour, so a cell reads without its colour. */
export const MARKS: Record<HouseholdColour, string> = {
  red: '■集',
  brown: '◆隔',
  yellow: '▲监',
  blue: '●苗',
  none: '○',
};

/** Households by building, then unit, in the list's order. */
function group(list: readonly Household[]): Map<string, Map<string, Household[]>> {
  const buildings = new Map<string, Map<string, Household[]>>();
  for (const h of list) {
    let units = buildings.get(h.building);
    if (!units) {
      units = new Map();
      buildings.set(h.building, units);
    }
    const rooms = units.get(h.unit);
    if (rooms) rooms.push(h);
    else units.set(h.unit, [h]);
  }
  return buildings;
}

/**
 * Above this many households every building starts folded to its colour counts: a whole estate
 * (tens of thousands of rooms) is a summary first, and a building's rooms are one tap away.
 */
export const MAP_OPEN_MAX = 1000;

/** Households per colour, each with its mark, its name and the number: the legend and a building's summary. */
function ColourCounts(props: {
  counts: Record<HouseholdColour, number>;
  colours: readonly HouseholdColour[];
  class: string;
  testId?: string;
}) {
  return (
    <ul class={props.class}>
      {props.colours.map((c) => (
        <li key={c} data-testid={props.testId} data-colour={c} data-count={props.counts[c]}>
          <span class={`cell-mark colour-${c}`} aria-hidden="true">
            {MARKS[c]}
          </span>
          {t(`colour_${c}`)}: <strong>{props.counts[c]}</strong>
        </li>
      ))}
    </ul>
  );
}

function BuildingCounts({ units }: { units: Map<string, Household[]> }) {
  const counts = colourCounts([...units.values()].flat());
  return (
    <ColourCounts
      counts={counts}
      colours={COLOURS.filter((c) => counts[c] > 0)}
      class="legend building-counts"
    />
  );
}

function Building(props: { building: string; units: Map<string, Household[]>; folded: boolean }) {
  const [open, setOpen] = useState(!props.folded);
  return (
    <section class="map-building" data-building={props.building} data-open={open}>
      <h4>
        {props.building} {t('mapBuilding')}
      </h4>
      {!open && (
        <div class="map-fold">
          <BuildingCounts units={props.units} />
          <button type="button" class="btn" data-testid="map-open" onClick={() => setOpen(true)}>
            ▸ {t('mapShowRooms')}
          </button>
        </div>
      )}
      {open &&
        [...props.units].map(([unit, list]) => (
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
  );
}

/** The four-colour map (四色图): a grid of households per building and unit, legend with counts. */
export function FourColourMap(props: { households: Household[]; counts: Record<HouseholdColour, number> }) {
  if (props.households.length === 0) return <p class="hint">{t('mapEmpty')}</p>;
  const folded = props.households.length > MAP_OPEN_MAX;
  return (
    <figure class="four-colour" data-testid="four-colour-map">
      <figcaption>{t('mapTitle')}</figcaption>
      <ColourCounts counts={props.counts} colours={COLOURS} class="legend" testId="map-legend" />
      {[...group(props.households)].map(([building, units]) => (
        <Building key={building} building={building} units={units} folded={folded} />
      ))}
    </figure>
  );
}
