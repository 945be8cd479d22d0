import { readUnsubscribe, stopKind } from "@/app/lib/reminders/opt-outs";

// The one-click unsubscribe of RFC 8058: a mail program POSTs
// "List-Unsubscribe=One-Click" to the List-Unsubscribe address of a reminder. No sign-in:
// the signed link is the permission, and it stops only its own kind for its own account.
export async function POST(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const link = readUnsubscribe(params);
  if (!link) return new Response("This link does not work.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  await stopKind(link.userId, link.kind);
  return new Response("Unsubscribed.", { status: 200, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
