/** The region tree once loaded, shared by every picker on the screen. */
import { signal } from '@preact/signals';
import { loadRegions, type RegionNode, withPlacesBeyondMainland } from '../shared/regions.ts';

/** The tree with Hong Kong, Macau, Taiwan and 境外 after the mainland; null until it has loaded. */
export const regionTree = signal<readonly RegionNode[] | null>(null);
/** True when the last load failed (offline before the list was cached). */
export const regionsFailed = signal(false);

/** Starts loading the tree if nobody has yet. */
export function ensureRegions(): void {
  if (regionTree.value !== null) return;
  loadRegions().then(
    (tree) => {
      regionTree.value = withPlacesBeyondMainland(tree);
      regionsFailed.value = false;
    },
    () => {
      regionsFailed.value = true;
    },
  );
}
