// Types of render-cost.mjs, for the unit test that imports it.
export type CostRow = { name: string; ms: number; rscMs: number; ifCached: number; elements: number; htmlBytes: number; payloadBytes: number };
export type Line = { fixed: number; perElement: number; r2: number };
export const TIMED: number;
export function elementsOf(html: string): number;
export function payloadBytesOf(html: string): number;
export function fit(points: { ms: number; elements: number }[]): Line;
export function renderCost(
  origin: string,
  pid: number,
  pages: { name: string; path: string; cookie?: string }[],
): Promise<Line & { rows: CostRow[]; elementsWithin: number | null }>;
