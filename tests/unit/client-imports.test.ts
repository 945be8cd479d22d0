// What a client component imports is sent to every phone that opens its page. Zod, the
// translator (use-intl and every language's messages) and the server's libraries belong on
// the server: one value imported from a module next to them once put ~160 KB of compressed
// JavaScript on every page with a form (issue 18). This follows the static imports of every
// "use client" file (type-only imports ship nothing) and fails on any path to them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_ONLY = [
  /^zod$/,
  /^use-intl/,
  /^@prisma\//,
  /^pdfkit$/,
  /^date-holidays$/,
  /^libphonenumber-js/,
  /^@\/app\/lib\/i18n\/(translator|messages\/)/,
  /^@\/app\/lib\/db\//,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

// The modules a file imports for their values: `import type` and `export type` ship nothing;
// a server action module ("use server") reaches the client as a reference only.
function valueImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)) specs.push(m[1]!);
  return specs;
}

function resolve(spec: string): string | null {
  if (!spec.startsWith("@/")) return null;
  const base = path.join(ROOT, spec.slice(2));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

const isServerActions = (file: string) => /^\s*["']use server["']/.test(readFileSync(file, "utf8"));

test("client components reach neither zod, the translator, the database nor the server's libraries", () => {
  const clients = files(path.join(ROOT, "app")).filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  assert.ok(clients.length >= 10, `found ${clients.length} client components`);
  const problems: string[] = [];
  for (const client of clients) {
    const seen = new Set<string>();
    const walk = (file: string, trail: string[]) => {
      for (const spec of valueImports(file)) {
        if (SERVER_ONLY.some((re) => re.test(spec))) problems.push([...trail, spec].map((p) => path.relative(ROOT, p)).join(" -> "));
        const next = resolve(spec);
        if (!next || seen.has(next) || isServerActions(next)) continue;
        seen.add(next);
        walk(next, [...trail, next]);
      }
    };
    walk(client, [client]);
  }
  assert.deepEqual(problems, []);
});
