"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userForm, visitorForm } from "@/app/lib/wrappers/action";
import { REMINDER_KINDS } from "@/app/lib/vocabulary";
import { readUnsubscribe, setWanted, stopKind } from "@/app/lib/reminders/opt-outs";

// The unsubscribe page's button: no sign-in, the signed link is the permission.
const UnsubscribeSchema = z.object({ u: z.string().max(64), k: z.string().max(40), s: z.string().max(100) });

export const unsubscribeAction = visitorForm(UnsubscribeSchema, async (input, { t }) => {
  const link = readUnsubscribe(input);
  if (!link) return { ok: false, formError: t("unsubscribe.invalid") };
  await stopKind(link.userId, link.kind);
  return { ok: true };
});

// The account page's reminder settings: a ticked box per kind wanted.
const SettingsSchema = z.object(Object.fromEntries(REMINDER_KINDS.map((k) => [k, z.literal("on").optional()])));

export const saveMailSettingsAction = userForm(SettingsSchema, async (input, { user }) => {
  await setWanted(user.id, new Set(REMINDER_KINDS.filter((k) => input[k] === "on")));
  revalidatePath("/account");
  return { ok: true };
});
