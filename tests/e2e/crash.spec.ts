import { test, expect, createAccount, signInPage } from "@/tests/support/fixtures";
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { createCase, newPage } from "@/tests/support/ui";
import { query } from "@/tests/support/db";
import { cookieHeader, tick, tickableKeys, type Session } from "@/tests/support/wire";
import { freePort } from "@/tests/support/net.mjs";

// kill -9 of the production server in the middle of a burst of ticks sent over HTTP:
// after a restart, every tick the server acknowledged is in the database. On SQLite the
// app runs in WAL mode with synchronous=FULL (app/lib/db.ts).

const KILLS = 3;
const WORKERS = 8;
test.setTimeout(180_000);

// Its own production server (same build, same database as the other tests), in its own
// process group so that kill -9 reaches every process it started.
async function startServer(port: number): Promise<ChildProcess> {
  const log = openSync(".tmp/server-crash.log", "a");
  const child = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: process.env,
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill9(child: ChildProcess) {
  process.kill(-child.pid!, "SIGKILL");
  return new Promise((resolve) => child.once("exit", resolve));
}

test("kill -9 during a burst of ticks: every acknowledged tick survives the restart", async ({ browser }) => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let server = await startServer(port);

  // One person with four cases, signed in on this server.
  const { context, page } = await newPage(browser, { baseURL: origin });
  await signInPage(page, (await createAccount("crash")).email);
  const cases: string[] = [];
  for (const [operator, phone] of [
    ["a1", "060 700 0001"],
    ["yettel", "063 700 0002"],
    ["mts", "064 700 0003"],
    ["a1", "065 700 0004"],
  ] as const) {
    cases.push((await createCase(page, { operator, phone, plan: "Postpaid" })).split("/").pop()!);
  }
  const session: Session = { origin, cookie: await cookieHeader(context) };
  const pairs: { caseId: string; key: string }[] = [];
  for (const caseId of cases) for (const key of await tickableKeys(session, caseId)) pairs.push({ caseId, key });
  expect(pairs.length).toBeGreaterThanOrEqual(20);

  // Per item: the last state the server acknowledged, and the one still in flight when
  // the server died (which may or may not have been written).
  const acked = new Map<string, boolean>();
  const inFlight = new Map<string, boolean>();
  const id = (p: { caseId: string; key: string }) => `${p.caseId}/${p.key}`;
  let acks = 0;
  let sent = 0;

  for (let round = 1; round <= KILLS; round++) {
    let dead = false;
    const killAfter = 60 + Math.floor(Math.random() * 120); // acknowledged ticks this round
    const ackedBefore = acks;
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      const mine = pairs.filter((_, i) => i % WORKERS === w);
      for (let i = 0; !dead; i++) {
        const p = mine[i % mine.length]!;
        const done = !(acked.get(id(p)) ?? false);
        inFlight.set(id(p), done);
        sent++;
        let ok = false;
        try {
          ok = await tick(session, p.caseId, p.key, done);
        } catch {
          return; // the connection died with the server
        }
        if (dead) return; // answered after the kill was ordered: not counted either way
        expect(ok, `tick ${id(p)} refused`).toBe(true);
        inFlight.delete(id(p));
        acked.set(id(p), done);
        acks++;
        if (acks - ackedBefore >= killAfter && !dead) {
          dead = true;
          await kill9(server);
        }
      }
    });
    await Promise.all(workers);

    server = await startServer(port);
    const rows = await query<{ caseId: string; key: string; done: number | boolean }>(
      `SELECT "caseId", "key", "done" FROM "ChecklistItem" WHERE "caseId" IN (${cases.map(() => "?").join(",")})`,
      cases,
    );
    const stored = new Map(rows.map((r) => [`${r.caseId}/${r.key}`, Boolean(Number(r.done))]));
    const lost: string[] = [];
    for (const [k, done] of acked) {
      const now = stored.get(k) ?? false;
      if (now !== done && inFlight.get(k) !== now) lost.push(`${k}: acknowledged ${done}, stored ${now}`);
    }
    expect(lost, `round ${round}: acknowledged ticks lost`).toEqual([]);
    // The restarted server shows the same: the first case's ticked items are ticked.
    const html = await (await fetch(`${origin}/cases/${cases[0]}/prepare`, { headers: { cookie: session.cookie } })).text();
    expect(html).toContain("Prepare");
    // An unacknowledged tick may have landed or not; what is stored now is the truth.
    for (const k of inFlight.keys()) acked.set(k, stored.get(k) ?? false);
    inFlight.clear();
  }
  console.log(`crash: ${KILLS} kills survived, ${sent} ticks sent, ${acks} acknowledged, 0 lost (${pairs.length} items, ${WORKERS} connections)`);
  await kill9(server);
  await context.close();
});
