import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/app/lib/db/client";
import { verifyPassword } from "@/app/lib/auth/passwords";
import { SignInSchema } from "@/app/lib/auth/schemas";
import { safeReturnPath } from "@/app/lib/validation";

// Auth.js sits behind this file: pages and actions only use requireUser()/currentUser(),
// signIn and signOut, so the library could be swapped without touching them.

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

export const { auth, signIn, signOut, handlers } = NextAuth({
  trustHost: true,
  // Secure (and __Secure-/__Host- prefixed) cookies in production, whatever the proxy in
  // front says about the scheme. Browsers accept them over plain HTTP only on localhost,
  // so a production server must sit behind HTTPS; `npm run dev` keeps plain cookies.
  useSecureCookies: process.env.NODE_ENV === "production",
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  // A wrong password is an answer, not a server error: keep it out of the logs.
  logger: {
    error(error) {
      // Compare Auth.js's own error type: class names are minified in production builds.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, passwordHash: true, sessionVersion: true },
        });
        const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
        if (!user || !ok) return null;
        return { id: user.id, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, { sv: token.sv });
    },
  },
});

export type SignedInUser = { id: string; email: string; locale: string | null };

// What a session token says (its user and session version), by the token's exact text.
// Decoding it (Auth.js: HKDF, then AES and HMAC through WebCrypto's thread pool) took about
// 7 ms of every signed-in request; a token already decoded by this process is looked up
// instead. The entry lives at most a minute, so a token that expired meanwhile is decoded
// (and refused) again soon; the session version is still checked against the database on
// every request below, so a password change ends sessions at once as before.
const SESSION_TTL_MS = 60_000;
const decoded = new Map<string, { sub: string | null; sv: number | undefined; until: number }>();

async function sessionClaims(): Promise<{ sub: string | null; sv: number | undefined }> {
  const token = (await cookies())
    .getAll()
    .filter((c) => c.name.includes("authjs.session-token"))
    .map((c) => `${c.name}=${c.value}`)
    .join(";");
  if (!token) return { sub: null, sv: undefined };
  const hit = decoded.get(token);
  if (hit && hit.until > Date.now()) return hit;
  const session = await auth();
  const claims = { sub: session?.user?.id ?? null, sv: (session as unknown as { sv?: number } | null)?.sv, until: Date.now() + SESSION_TTL_MS };
  if (decoded.size >= 10_000) decoded.delete(decoded.keys().next().value!);
  if (claims.sub) decoded.set(token, claims);
  return claims;
}

// The signed-in user, or null. The session's version must match the account's, so a
// password change or "sign out everywhere" ends older sessions. Cached per request.
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const { sub: id, sv: tokenVersion } = await sessionClaims();
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, sessionVersion: true, locale: true } });
  if (!user || (tokenVersion !== undefined && tokenVersion !== user.sessionVersion)) return null;
  return { id: user.id, email: user.email, locale: user.locale };
});

export async function requireUser(returnTo: string): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
