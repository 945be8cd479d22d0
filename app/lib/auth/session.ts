import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { cache } from "react";
import { randomBytes } from "node:crypto";
import { safeReturnPath } from "@/app/lib/validation";
import { SESSION_LIFETIME_MS, endSession, sessionUser, startSession, type SessionUser } from "@/app/lib/auth/sessions";

// Auth.js sits behind this file: pages and actions only use requireUser()/currentUser(),
// beginSession() and endCurrentSession(), so the library could be swapped without
// touching them. Auth.js keeps the cookie (an encrypted token with the account and the
// session's id); the password check, the throttles and the session rows are Odjava's own
// (app/lib/account/sign-in-actions.ts, app/lib/auth/sessions.ts).

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
}

// A sign-in that Odjava has already checked, handed to Auth.js within this request: the
// Credentials provider accepts nothing but the one-time key of a handoff. (No Auth.js
// route is mounted, so it is only ever called from beginSession below.)
const handoffs = new Map<string, { id: string; email: string; sessionId: string }>();

export const { auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Secure (and __Secure-/__Host- prefixed) cookies in production, whatever the proxy in
  // front says about the scheme. Browsers accept them over plain HTTP only on localhost,
  // so a production server must sit behind HTTPS; `npm run dev` keeps plain cookies.
  useSecureCookies: process.env.NODE_ENV === "production",
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
  pages: { signIn: "/sign-in" },
  logger: {
    error(error) {
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { handoff: {} },
      authorize(raw) {
        const key = typeof raw?.handoff === "string" ? raw.handoff : "";
        const user = handoffs.get(key);
        handoffs.delete(key);
        return user ?? null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, { sid: token.sid });
    },
  },
});

export type SignedInUser = SessionUser;

// Starts a session for an account whose password was just checked (or just set), sets the
// cookie and redirects to `redirectTo` (this throws Next's redirect, like redirect()).
export async function beginSession(account: { id: string; email: string }, device: string, redirectTo: string, now: Date): Promise<never> {
  const sessionId = await startSession(account.id, device, now);
  const handoff = randomBytes(24).toString("base64url");
  handoffs.set(handoff, { id: account.id, email: account.email, sessionId });
  try {
    await signIn("credentials", { handoff, redirectTo });
  } finally {
    handoffs.delete(handoff);
  }
  throw new Error("signIn returned without redirecting");
}

// Signs this browser out: its session row goes, so the cookie is worthless even if a copy
// of it was kept; then Auth.js clears the cookie and redirects.
export async function endCurrentSession(redirectTo: string): Promise<never> {
  const user = await currentUser();
  if (user) await endSession(user.id, user.sessionId);
  await signOut({ redirectTo });
  throw new Error("signOut returned without redirecting");
}

// What a session token says (its account and session id), by the token's exact text.
// Decoding it (Auth.js: HKDF, then AES and HMAC through WebCrypto's thread pool) took about
// 7 ms of every signed-in request; a token already decoded by this process is looked up
// instead. The entry lives at most a minute; the session row is still read on every
// request below, so signing out ends the session at once.
const DECODED_TTL_MS = 60_000;
type Claims = { sub: string | null; sid: string | null };
const decoded = new Map<string, Claims & { until: number }>();

async function sessionClaims(): Promise<Claims> {
  const token = (await cookies())
    .getAll()
    .filter((c) => c.name.includes("authjs.session-token"))
    .map((c) => `${c.name}=${c.value}`)
    .join(";");
  if (!token) return { sub: null, sid: null };
  const hit = decoded.get(token);
  if (hit && hit.until > Date.now()) return hit;
  const session = (await auth()) as { user?: { id?: string }; sid?: unknown } | null;
  const claims = { sub: session?.user?.id ?? null, sid: typeof session?.sid === "string" ? session.sid : null, until: Date.now() + DECODED_TTL_MS };
  if (decoded.size >= 10_000) decoded.delete(decoded.keys().next().value!);
  if (claims.sub) decoded.set(token, claims);
  return claims;
}

// The signed-in user, or null: the token must name a live session row of its account.
// Cached per request.
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const { sub, sid } = await sessionClaims();
  if (!sub || !sid) return null;
  return sessionUser(sid, sub, new Date());
});

export async function requireUser(returnTo: string): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
