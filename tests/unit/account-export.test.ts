// "Export my data" against the real database: every column of a case is in it, so a new
// column cannot be left out of the export by mistake.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { db } from "../../app/lib/db";
import { createCase } from "../../app/lib/cases/data";
import { exportUserData } from "../../app/lib/account/data";

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
  await createCase(user.id, { operator: "mts", phone: "+381641234567", planType: "prepaid", contractEndDate: undefined });
  const exported = await exportUserData(user.id);
  assert.equal(exported.cases.length, 1);
  const columns = scalarFields("Case").filter((f) => f !== "userId");
  assert.ok(columns.includes("portStolen") && columns.includes("holderName"), `parsed: ${columns.join(", ")}`);
  assert.deepEqual(columns.filter((c) => !(c in exported.cases[0]!)), [], "columns missing from the export");
});
