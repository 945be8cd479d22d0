// Which database DATABASE_URL names. Shared by the app (app/lib/db.ts), the Prisma CLI
// (prisma.config.ts) and the scripts, so all three always agree.
import path from "node:path";

export type DatabaseConfig =
  | { provider: "postgresql"; url: string }
  | { provider: "sqlite"; url: string; file: string };

export const DEFAULT_SQLITE_URL = "file:./prisma/odjava.db";

export function databaseConfig(raw: string | undefined): DatabaseConfig {
  const url = raw?.trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const file = url.replace(/^file:/, "");
  return { provider: "sqlite", url: `file:${file}`, file: path.resolve(file) };
}
