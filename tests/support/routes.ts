// The app's pages and route handlers, read from the app directory, so a test that must
// cover every one of them fails when a new one appears.
import { readdirSync } from "node:fs";
import path from "node:path";
import { STEP_IDS } from "@/app/lib/vocabulary";

// The URL pattern of each page or route handler under `dir`, e.g. "/cases/[id]/summary.pdf".
export function routesUnder(dir: string, files: RegExp = /(^|\/)(page\.tsx|route\.ts)$/): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true }).map(String)) {
    if (!files.test(entry)) continue;
    out.push(`/${path.relative("app", path.join(dir, path.dirname(entry)))}`.replace(/\/\.$/, ""));
  }
  return out;
}

// Only the route handlers (GET files: PDFs, calendar files, receipts, the data export).
export const routeHandlersUnder = (dir: string) => routesUnder(dir, /(^|\/)route\.ts$/);

// Every URL of a signed-in person's pages and files, for one case and one receipt.
export function personUrls(caseId: string, evidenceId: string): string[] {
  const routes = [...routesUnder("app/cases"), ...routesUnder("app/account")];
  return routes.flatMap((r) =>
    r.includes("[step]")
      ? [...STEP_IDS, "escalate"].map((s) => r.replace("[id]", caseId).replace("[step]", s))
      : [r.replace("[id]", caseId).replace("[evidenceId]", evidenceId)],
  );
}
