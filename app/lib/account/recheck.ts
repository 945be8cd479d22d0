import "server-only";
import { PasswordsBusy, verifyPassword } from "@/app/lib/auth/passwords";
import { clear, reserve } from "@/app/lib/auth/throttle";
import { recheckCounter } from "@/app/lib/auth/attempts";
import type { Signed } from "@/app/lib/wrappers/action";
import type { FormState } from "@/app/lib/wrappers/form-state";
import { passwordHashOf } from "@/app/lib/account/data";

// The signed-in person's password, checked again before a change that cannot be undone
// (password, address, deleting the account): counted like sign-in attempts, so a borrowed
// unlocked browser cannot be used to guess it. The form's answer when the check fails,
// null when it passes.
export async function recheckPassword(password: string, field: string, { user, t, clock }: Signed): Promise<FormState | null> {
  const counter = recheckCounter(user.id, user.email);
  const throttle = await reserve([counter], clock.now);
  if (!throttle.allowed) return { ok: false, formError: t("errors.throttled", { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }) };
  try {
    if (!(await verifyPassword(await passwordHashOf(user.id), password))) return { ok: false, fieldErrors: { [field]: t("errors.wrongPassword") } };
  } catch (error) {
    if (error instanceof PasswordsBusy) return { ok: false, formError: t("errors.busy") };
    throw error;
  }
  await clear([counter]);
  return null;
}
