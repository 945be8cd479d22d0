import "server-only";
import { keyedHash } from "@/app/lib/auth/keyed-hash";
import type { Counter } from "@/app/lib/auth/throttle";

// How many attempts Odjava allows, in one place (the counters are app/lib/auth/throttle.ts).
//
// Signing in, per attempt:
//   - the client address: 30 per 15 minutes, whatever the accounts (stops one machine
//     trying many accounts; loose because people share addresses);
//   - the account from this client address: 5 per 15 minutes, then a hard stop;
//   - the account from anywhere: 5 per hour free, then progressive delays (at most 5
//     minutes): guessing from many addresses is slowed, but nobody can lock the owner out;
//   - a browser that has signed in to the account before (its device cookie) skips the
//     account-wide delays and has 5 per 15 minutes of its own.
// Signing up: 10 per hour per client address. Re-checking the password of a signed-in
// person (change password or address, delete account): 5 per 15 minutes per account.
// Mails a person can ask for (a password reset, the confirmation link again): 3 an hour
// per address (known or not, so the limit tells nothing), and resets 10 an hour per client.

const MINUTE = 60_000;
export const SIGN_IN_WINDOW_MS = 15 * MINUTE;
export const CLIENT_MAX = 30;
export const PAIR_MAX = 5;
export const ACCOUNT_FREE = 5;
export const ACCOUNT_WINDOW_MS = 60 * MINUTE;
export const ACCOUNT_MAX_DELAY_MS = 5 * MINUTE;
export const DEVICE_MAX = 5;
export const SIGN_UP_MAX = 10;
export const SIGN_UP_WINDOW_MS = 60 * MINUTE;
export const RECHECK_MAX = 5;
export const MAILS_PER_ADDRESS = 3;
export const RESETS_PER_CLIENT = 10;
const MAIL_WINDOW_MS = 60 * MINUTE;
// The longest window of any counter: a row older than this (and not waiting) is purged.
export const LONGEST_WINDOW_MS = 60 * MINUTE;

export function accountKey(email: string): string {
  return keyedHash("account", email.trim().toLowerCase());
}

export type SignInCounters = { client: Counter; account: Counter[] };

// `deviceId`: the id from a device cookie that belongs to this account, or null.
export function signInCounters(email: string, client: string, deviceId: string | null): SignInCounters {
  const account = accountKey(email);
  const perAccount: Counter = deviceId
    ? { kind: "limit", key: keyedHash("sign-in-device", deviceId), accountKey: account, windowMs: SIGN_IN_WINDOW_MS, max: DEVICE_MAX }
    : {
        kind: "slowdown",
        key: keyedHash("sign-in-account", account),
        accountKey: account,
        windowMs: ACCOUNT_WINDOW_MS,
        free: ACCOUNT_FREE,
        maxDelayMs: ACCOUNT_MAX_DELAY_MS,
      };
  return {
    client: { kind: "limit", key: keyedHash("sign-in-client", client), accountKey: null, windowMs: SIGN_IN_WINDOW_MS, max: CLIENT_MAX },
    account: [
      { kind: "limit", key: keyedHash("sign-in-pair", `${account}|${client}`), accountKey: account, windowMs: SIGN_IN_WINDOW_MS, max: PAIR_MAX },
      perAccount,
    ],
  };
}

export function signUpCounter(client: string): Counter {
  return { kind: "limit", key: keyedHash("sign-up-client", client), accountKey: null, windowMs: SIGN_UP_WINDOW_MS, max: SIGN_UP_MAX };
}

export function recheckCounter(userId: string, email: string): Counter {
  return { kind: "limit", key: keyedHash("recheck", userId), accountKey: accountKey(email), windowMs: SIGN_IN_WINDOW_MS, max: RECHECK_MAX };
}

export function mailCounter(email: string): Counter {
  const account = accountKey(email);
  return { kind: "limit", key: keyedHash("mail-address", account), accountKey: account, windowMs: MAIL_WINDOW_MS, max: MAILS_PER_ADDRESS };
}

export function resetClientCounter(client: string): Counter {
  return { kind: "limit", key: keyedHash("reset-client", client), accountKey: null, windowMs: MAIL_WINDOW_MS, max: RESETS_PER_CLIENT };
}
