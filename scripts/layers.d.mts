/** Types for scripts/layers.mjs. */
import type { Layer, LayerException } from './check-layers.d.mts';

export const LAYERS: Layer[];
export const EXCEPTIONS: LayerException[];
export function layerOf(path: string, layers?: Layer[]): Layer | undefined;
