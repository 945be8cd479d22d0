// Server actions sent the way the browser sends them, with Node's fetch and a session's
// cookies: fast enough for bursts of hundreds of requests.
import type { BrowserContext } from "@playwright/test";
import { actionId } from "./actions.mjs";

export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

export type Session = { origin: string; cookie: string };

// True when the server acknowledged the tick ({ ok: true }), false when it refused it.
export async function tick(s: Session, caseId: string, key: string, done: boolean): Promise<boolean> {
  const res = await fetch(`${s.origin}/cases/${caseId}/prepare`, {
    method: "POST",
    headers: { "next-action": actionId("toggleItemAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: s.cookie },
    body: JSON.stringify([{ caseId, key, done }]),
  });
  const text = await res.text();
  if (res.status >= 500) throw new Error(`tick answered ${res.status}`);
  return res.status === 200 && text.includes(`"ok":true,"done":${done}`);
}

export type SaveOutcome = "saved" | "conflict" | "refused";

// Saves one step form: `fields` as typed, `base` as the form was loaded.
export async function saveFacts(
  s: Session,
  caseId: string,
  form: string,
  fields: Record<string, string>,
  base: Record<string, string | null>,
): Promise<SaveOutcome> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("_1___base", JSON.stringify(base));
  body.append("0", JSON.stringify([{ caseId, form }, { ok: false }, "$K1"]));
  const res = await fetch(`${s.origin}/cases/${caseId}/submit`, {
    method: "POST",
    headers: { "next-action": actionId("saveAnswersAction"), accept: "text/x-component", cookie: s.cookie },
    body,
  });
  const text = await res.text();
  if (res.status >= 500) throw new Error(`save answered ${res.status}`);
  if (text.includes('"ok":true')) return "saved";
  return /"fieldErrors":\{[^}]*"[A-Za-z]+":"[^"]*(another device|drugom uređaju|另一台设备)/.test(text) ? "conflict" : "refused";
}

// The item keys a person can tick on a case, read from its step pages.
export async function tickableKeys(s: Session, caseId: string): Promise<string[]> {
  const keys = new Set<string>();
  for (const step of ["eligibility", "prepare", "contact", "submit", "wait", "confirm"]) {
    const html = await (await fetch(`${s.origin}/cases/${caseId}/${step}`, { headers: { cookie: s.cookie } })).text();
    for (const m of html.matchAll(/\\"itemKey\\":\\"([a-z0-9-]+)\\"/g)) keys.add(m[1]!);
  }
  return [...keys];
}
