import "server-only";
import { cookies, headers } from "next/headers";
import { beginSession } from "@/app/lib/auth/session";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, newDeviceCookie } from "@/app/lib/auth/device-cookie";
import { deviceLabel } from "@/app/lib/auth/device-label";
import { safeReturnPath } from "@/app/lib/validation";

// Signs this browser in to an account whose password was just checked or set: the browser
// remembers the account (its device cookie), a session begins, and the person goes on to
// `next`. Throws Next's redirect.
export async function enter(account: { id: string; email: string }, next: unknown, now: Date): Promise<never> {
  (await cookies()).set(DEVICE_COOKIE, newDeviceCookie(account.email), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  return beginSession(account, deviceLabel((await headers()).get("user-agent")), safeReturnPath(next), now);
}
