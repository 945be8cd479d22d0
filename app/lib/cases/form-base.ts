// The base of a step form: the values it was loaded with, sent back in a hidden field so a
// save writes only what this person changed (app/lib/cases/commands.ts, saveAnswers). The
// form (a client component) imports this file too: it imports nothing.

export const BASE_FIELD = "__base";

// What the form showed when it was loaded (JSON of the field values), normalised as the
// schemas normalise what is saved: trimmed, empty as null. Null when malformed.
export function baseOf(raw: FormDataEntryValue | null, names: string[]): Record<string, string | null> | null {
  if (typeof raw !== "string" || raw.length > 4000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, string | null> = {};
  for (const name of names) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== null && v !== undefined && typeof v !== "string") return null;
    out[name] = typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  }
  return out;
}
