/** Types for scripts/import-graph.mjs (the import-cycle and layer tests read it). */
export function importsOf(file: string, text?: string): string[];
export function importGraph(root: string): Map<string, string[]>;
export function cycles(graph: Map<string, string[]>): string[][];
