// Cases one account may hold. A case is one SIM being cancelled; twenty is more than a
// person needs at once, and the limit keeps one account from filling the database (every
// case brings its checklist, timeline and receipts, app/lib/evidence/limits.ts). Checked
// with the account locked (createCase), so cases opened at the same moment cannot pass it
// together.
export const MAX_CASES_PER_ACCOUNT = 20;
