// The pages and route handlers of the app, read from the app directory, so a test that
// walks them cannot miss a new one.
import { readdirSync } from "node:fs";
import path from "node:path";
import { STEP_IDS } from "@/app/lib/vocabulary";

export function routesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true }).map(String)) {
    if (!/(^|\/)(page\.tsx|route\.ts)$/.test(entry)) continue;
    out.push(`/${path.relative("app", path.join(dir, path.dirname(entry)))}`.replace(/\/\.$/, ""));
  }
  return out;
}

// Every URL of a signed-in person's pages and files, for one case and one receipt.
export function personUrls(caseId: string, evidenceId: string): string[] {
  const routes = [...routesUnder("app/cases"), ...routesUnder("app/account")];
  return routes.flatMap((r) =>
    r.includes("[step]")
      ? [...STEP_IDS, "escalate"].map((s) => r.replace("[id]", caseId).replace("[step]", s))
      : [r.replace("[id]", caseId).replace("[evidenceId]", evidenceId)],
  );
}
