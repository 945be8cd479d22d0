import { consumeToken, markVerified } from "@/app/lib/account/email-tokens";

// The link in a confirmation mail. Opening it is the confirmation, so a mail program that
// opens links to check them confirms the address too (which is true: the mail arrived).
// Signed in or not; the answer is a page that says what happened.
export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const owner = await consumeToken("verify", token, now);
  if (owner) await markVerified(owner.userId, owner.email, now);
  return Response.redirect(new URL(`/email/verified?ok=${owner ? 1 : 0}`, request.url), 303);
}
