import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Row height in px: fixed, so the visible slice is a division, not a measurement. */
export const ROW_HEIGHT_PX = 56;
const VIEW_ROWS = 10;
const OVERSCAN_ROWS = 4;

/** A list that renders only the rows in view; asks for more when scrolled near the end. */
export function VirtualRows<T>({
  items,
  render,
  onNearEnd,
  label,
}: {
  items: readonly T[];
  render: (item: T, index: number) => ComponentChildren;
  onNearEnd: () => void;
  label: string;
}) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(items.length, first + VIEW_ROWS + 2 * OVERSCAN_ROWS);
  return (
    <div
      class="vlist"
      data-testid="vlist"
      data-count={items.length}
      style={{ height: `${VIEW_ROWS * ROW_HEIGHT_PX}px` }}
      onScroll={(e) => {
        const el = e.currentTarget;
        setTop(el.scrollTop);
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 3 * ROW_HEIGHT_PX) onNearEnd();
      }}
    >
      <ul aria-label={label} class="vlist-body" style={{ height: `${items.length * ROW_HEIGHT_PX}px` }}>
        {items.slice(first, last).map((item, i) => (
          <li
            key={first + i}
            class="vrow"
            style={{ top: `${(first + i) * ROW_HEIGHT_PX}px`, height: `${ROW_HEIGHT_PX}px` }}
          >
            {render(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
