import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/app/lib/auth/keyed-hash";
import { accountKey } from "@/app/lib/auth/attempts";

// A device cookie: proof that this browser signed in to an account before, so it is let
// past the account-wide sign-in delays that strangers' wrong guesses cause. It names a
// random id and is bound to the account by an HMAC; it grants nothing else. One per
// browser: the last account signed in to.

export const DEVICE_COOKIE = "odjava-device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

function mac(id: string, email: string): string {
  return keyedHash("device", `${id}|${accountKey(email)}`);
}

export function newDeviceCookie(email: string): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${mac(id, email)}`;
}

// The cookie's id when it was made for this account; null for no cookie, another
// account's or a forged one.
export function deviceIdFor(value: string | undefined, email: string): string | null {
  const [id, given, rest] = (value ?? "").split(".");
  if (!id || !given || rest !== undefined || id.length > 64) return null;
  const expected = Buffer.from(mac(id, email));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}
