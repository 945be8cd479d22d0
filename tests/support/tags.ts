// Tags of end-to-end tests (Playwright's `tag` option).
//
// RENDERING: the test checks only what pages render (accessibility by axe, layout at a
// width, markup), which does not depend on the database behind them. .ci/run's second
// pass, on PostgreSQL, skips these (E2E_SKIP_RENDERING=1, read by playwright.config.ts):
// each is a few minutes of axe that would find the same thing twice. The first pass, on
// SQLite, runs everything.
export const RENDERING = "@rendering";
