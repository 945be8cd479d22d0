// The operators a case can name. Facts about each (numbers, channels, sources) arrive
// with the full playbook; until then only names, which need no source.
export const OPERATORS = [
  { id: "yettel", name: "Yettel", formerly: "Telenor" },
  { id: "a1", name: "A1 Srbija", formerly: "Vip mobile" },
  { id: "mts", name: "mts (Telekom Srbija)", formerly: null },
  { id: "globaltel", name: "Globaltel", formerly: null },
  { id: "other", name: "Other operator", formerly: null },
] as const;

export type OperatorId = (typeof OPERATORS)[number]["id"];
export const OPERATOR_IDS = OPERATORS.map((o) => o.id) as [OperatorId, ...OperatorId[]];

export function operatorName(id: string): string {
  return OPERATORS.find((o) => o.id === id)?.name ?? id;
}
