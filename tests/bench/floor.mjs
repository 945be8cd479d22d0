// The floor (issue 18): a minimal Next.js app of the same version (tests/bench/floor), built
// and run beside Odjava in the same bench run, so each of Odjava's figures can be read as a
// ratio to what the stack itself does on this machine. One static page, one dynamic page,
// and a page whose button calls a server action writing one row to the run's database.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { actionId } from "../support/actions.mjs";

export const FLOOR_DIR = "tests/bench/floor";

// The pragmas as the source of each app writes them; a change to Odjava's that the floor
// does not follow would make the floor's writes cheaper or dearer than Odjava's.
function pragmasIn(file, name) {
  const list = new RegExp(`${name} = \\[([^\\]]*)\\]`).exec(readFileSync(file, "utf8"))?.[1];
  if (!list) throw new Error(`no ${name} in ${file}`);
  return list.replace(/\s+/g, " ").trim();
}

export function checkFloorPragmas() {
  const odjava = pragmasIn("app/lib/db/client.ts", "SQLITE_PRAGMAS");
  const floor = pragmasIn(`${FLOOR_DIR}/app/action/pragmas.js`, "PRAGMAS");
  if (odjava !== floor) throw new Error(`the floor's SQLite pragmas [${floor}] are not Odjava's [${odjava}]`);
}

export function buildFloor(run) {
  run("node", ["node_modules/next/dist/bin/next", "build", FLOOR_DIR]);
  // Turbopack compiles the repository's proxy.ts too; the floor must not run it.
  const { functions } = JSON.parse(readFileSync(`${FLOOR_DIR}/.next/server/functions-config-manifest.json`, "utf8"));
  if (Object.keys(functions).length > 0) throw new Error(`the floor's build runs a proxy: ${Object.keys(functions).join(", ")}`);
}

// The one table the floor's action writes to, in an empty database.
export async function createTickTable(databaseUrl) {
  const ddl = 'CREATE TABLE "Tick" ("key" TEXT PRIMARY KEY, "done" BOOLEAN NOT NULL)';
  if (databaseUrl.startsWith("postgresql://")) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(ddl);
    await client.end();
    return;
  }
  const db = new Database(databaseUrl.replace(/^file:/, ""));
  db.pragma("journal_mode = WAL");
  db.exec(ddl);
  db.close();
}

// The floor's rows of the bench; `floorKind` is what Odjava's targets name in `vs` to be compared with it.
export function floorTargets(origin) {
  const get = (path) => ({ origins: [origin], connections: 20, requests: [{ method: "GET", path }], headers: { "accept-encoding": "gzip" }, expect: 200 });
  const keys = ["a", "b", "c", "d"];
  const action = (name, floorKind, path, action, more = {}) => ({
    name,
    floorKind,
    ...more,
    origins: [origin],
    // As many connections as the checklist tick, flipping four keys on and off as it does.
    connections: 10,
    requests: keys.flatMap((key) => [true, false].map((done) => ({ method: "POST", path, body: JSON.stringify([{ key, done }]) }))),
    headers: {
      "next-action": actionId(action, `${FLOOR_DIR}/.next`),
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "accept-encoding": "gzip",
    },
    expect: 200,
  });
  return [
    { name: "floor: / (static)", floorKind: "static", ...get("/") },
    { name: "floor: /dynamic", floorKind: "dynamic", ...get("/dynamic") },
    action("floor: server action (one row)", "action", "/action", "tick"),
    // Compared with the one above: what Prisma's runtime costs the same write.
    action("floor: server action via Prisma (one row)", "actionPrisma", "/action-prisma", "tickPrisma", { vs: "action" }),
  ];
}
