// Which database DATABASE_URL names: one reading for the app (app/lib/db/client.ts) and
// the scripts (prisma/setup.mjs, prisma.config.ts, tests/run.mjs, tests/support,
// tests/bench). Plain JavaScript, so that Node runs it without a TypeScript loader.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:./prisma/odjava.db";

/** @param {string | undefined} raw */
export function databaseConfig(raw) {
  const url = raw?.trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const file = url.replace(/^file:/, "");
  return { provider: "sqlite", url: `file:${file}`, file: path.resolve(file) };
}
