import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Row height in px: fixed, so the visible slice is a division, not a measurement. */
export const ROW_HEIGHT_PX = 36;
/** The list is never shorter than this many rows, however little room the window leaves. */
const MIN_VIEW_ROWS = 6;
const OVERSCAN_ROWS = 4;
const BOTTOM_GAP_PX = 8;

/**
 * A list that renders only the rows in view; asks for more when scrolled near the end. It takes
 * the window's height below its top (a laptop's 768 px shows 12+ rows), and follows a resize.
 */
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
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(MIN_VIEW_ROWS * ROW_HEIGHT_PX);
  useLayoutEffect(() => {
    const fitToWindow = () => {
      const el = box.current;
      if (!el) return;
      const room = window.innerHeight - el.getBoundingClientRect().top - BOTTOM_GAP_PX;
      setHeight(Math.max(MIN_VIEW_ROWS * ROW_HEIGHT_PX, Math.floor(room)));
    };
    fitToWindow();
    window.addEventListener('resize', fitToWindow);
    return () => window.removeEventListener('resize', fitToWindow);
  }, []);
  const viewRows = Math.ceil(height / ROW_HEIGHT_PX);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(items.length, first + viewRows + 2 * OVERSCAN_ROWS);
  return (
    <div
      ref={box}
      class="vlist"
      data-testid="vlist"
      data-count={items.length}
      style={{ height: `${height}px` }}
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
