// The settings of every Odjava SQLite connection (SQLITE_PRAGMAS in app/lib/db/client.ts;
// tests/bench/floor.mjs checks that they are still the same): synchronous=FULL makes each
// commit wait for the disk, a cost the floor must pay as Odjava does.
export const PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "busy_timeout = 5000", "foreign_keys = ON"];
