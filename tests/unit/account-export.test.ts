// "Export my data" against the real database: every column of a case is in it, so a new
// column cannot be left out of the export by mistake.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { db } from "@/app/lib/db/client";
import { openCase } from "@/tests/support/open-case";
import { exportUserData } from "@/app/lib/account/data";

after(() => db.$disconnect());

// The scalar fields of a model in prisma/schema.prisma (relations and their keys left out).
function scalarFields(model: string): string[] {
  const block = readFileSync("prisma/schema.prisma", "utf8").match(new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.trim().match(/^(\w+)\s+(\w+)(\[\])?\??/))
    .filter((m): m is RegExpMatchArray => !!m && /^(String|Boolean|Int|DateTime)$/.test(m[2]!) && !m[3])
    .map((m) => m[1]!);
}

test("the export holds every column of every case (and no one else's)", async () => {
  const user = await db.user.create({ data: { email: `export-${Date.now()}@example.com`, passwordHash: "x" } });
  await openCase(user.id, { operator: "mts", phone: "+381641234567", planType: "prepaid" });
  const exported = await exportUserData(user.id, new Date());
  assert.equal(exported.cases.length, 1);
  const columns = scalarFields("Case").filter((f) => f !== "userId");
  assert.ok(columns.includes("portStolen") && columns.includes("holderName"), `parsed: ${columns.join(", ")}`);
  assert.deepEqual(
    columns.filter((c) => !(c in exported.cases[0]!)),
    [],
    "columns missing from the export",
  );
});

test("the export lists every attached receipt with every column of its row", async () => {
  const user = await db.user.create({ data: { email: `export-ev-${Date.now()}@example.com`, passwordHash: "x" } });
  const id = await openCase(user.id);
  await db.evidence.create({
    data: {
      id: "e1" + Date.now().toString(36),
      caseId: id,
      step: "wait",
      name: "povratnica.pdf",
      type: "application/pdf",
      size: 1234,
      sha256: "ab".repeat(32),
    },
  });
  const [c] = (await exportUserData(user.id, new Date())).cases;
  assert.equal(c!.evidence.length, 1);
  const columns = scalarFields("Evidence").filter((f) => f !== "caseId");
  assert.ok(columns.includes("sha256"), `parsed: ${columns.join(", ")}`);
  assert.deepEqual(
    columns.filter((col) => !(col in c!.evidence[0]!)),
    [],
    "columns missing from the export",
  );
});
