// The app's pages and route handlers, read from the app directory, so a test that must
// cover every one of them fails when a new one appears.
import { readdirSync } from "node:fs";
import path from "node:path";
import { STEP_IDS } from "@/app/lib/vocabulary";

// The signed-in app's folder (a route group: its name is not part of any URL).
export const APP_DIR = "app/(app)";

// The URL pattern of each page or route handler under `dir`, e.g. "/cases/[id]/summary.pdf";
// route groups ("(app)", "(public)") are left out of it, as Next.js leaves them out of URLs.
export function routesUnder(dir: string, files: RegExp = /(^|\/)(page\.tsx|route\.ts)$/): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true }).map(String)) {
    if (!files.test(entry)) continue;
    const segments = path.relative("app", path.join(dir, path.dirname(entry))).split(path.sep);
    out.push(`/${segments.filter((s) => s !== "." && !/^\(.*\)$/.test(s)).join("/")}`);
  }
  return out;
}

// Only the route handlers (GET files: PDFs, calendar files, receipts, the data export).
export const routeHandlersUnder = (dir: string) => routesUnder(dir, /(^|\/)route\.ts$/);

// Every URL of a signed-in person's pages and files, for one case and one receipt.
export function personUrls(caseId: string, evidenceId: string): string[] {
  const routes = [...routesUnder(`${APP_DIR}/cases`), ...routesUnder(`${APP_DIR}/account`)];
  return routes.flatMap((r) =>
    r.includes("[step]")
      ? [...STEP_IDS, "escalate"].map((s) => r.replace("[id]", caseId).replace("[step]", s))
      : [r.replace("[id]", caseId).replace("[evidenceId]", evidenceId)],
  );
}
