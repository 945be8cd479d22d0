// Which database DATABASE_URL names, for the scripts (prisma/setup.mjs, prisma.config.ts,
// tests/run.mjs, tests/support, tests/bench): plain JavaScript, so that Node runs it
// without a TypeScript loader. Same exports and behaviour as app/lib/db-url.ts.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:./prisma/odjava.db";

/** @param {string | undefined} raw */
export function databaseConfig(raw) {
  const url = raw?.trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const file = url.replace(/^file:/, "");
  return { provider: "sqlite", url: `file:${file}`, file: path.resolve(file) };
}
