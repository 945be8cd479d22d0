import type { z } from "zod";
import { loose, type T } from "@/app/lib/i18n/translator";

// "errors.tooLong:120" -> t("errors.tooLong", { max: 120 }); zod's own messages (wrong
// types, sent by no form of ours) become a generic "not valid".
export function translateError(t: T, message: string): string {
  if (!message.startsWith("errors.")) return t("errors.invalid");
  const [key, value] = message.split(":");
  return loose(t)(key!, value ? { max: Number(value) } : undefined);
}

export function fieldErrorsOf(error: z.ZodError, t: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "form");
    out[name] ??= translateError(t, issue.message);
  }
  return out;
}
