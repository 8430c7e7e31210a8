/** Types for scripts/check-layers.mjs (plain JS so `node` runs it without a build step). */

/** One row of the layer table (scripts/layers.mjs). */
export interface Layer {
  name: string;
  folder?: string;
  files?: string[];
  may: string[];
  lazy?: string[];
}

/** An import the table allows although its layers do not. */
export interface LayerException {
  from: string;
  to: string;
  reason: string;
}

/** A forbidden import. */
export interface Violation {
  file: string;
  line: number;
  target: string;
  from: string;
  to: string;
  message: string;
}

/** Violations and cycles of a set of files (path → source text). */
export function checkLayers(
  files: ReadonlyMap<string, string>,
  options?: { layers?: Layer[]; exceptions?: LayerException[] },
): { violations: Violation[]; cycles: string[][] };

/** One cycle per strongly connected group of files. */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][];

/** The lines the command prints. */
export function report(result: { violations: Violation[]; cycles: string[][] }): string[];
