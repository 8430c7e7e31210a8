/** Types for scripts/import-scan.mjs. */

/** One import of a source file. */
export interface FoundImport {
  spec: string;
  line: number;
  dynamic: boolean;
  typeOnly: boolean;
}

export function stripComments(src: string): string;
export function scanImports(src: string): FoundImport[];
export function resolveImport(from: string, spec: string, known: ReadonlySet<string>): string | null;
export function readSources(root: string, dir?: string): Map<string, string>;
