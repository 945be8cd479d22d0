// The address of the client a request came from, as the throttles count it.
//
// The connection's own address comes from server.mjs. Behind reverse proxies, each proxy
// appends the address it received the request from to X-Forwarded-For, so with N proxies
// of one's own in front, the client is the Nth entry from the right of
// [...X-Forwarded-For, connection]; everything further left was written by the client
// and is ignored. N is ODJAVA_TRUSTED_PROXY_HOPS (default 0: the connection itself).

export const PEER_HEADER = "x-odjava-peer";

export function trustedHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.ODJAVA_TRUSTED_PROXY_HOPS ?? "0";
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`ODJAVA_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${raw}"`);
  return hops;
}

// Addresses are compared as written, except that an IPv4 address seen through an IPv6
// socket ("::ffff:10.0.0.1") is the IPv4 address.
function normal(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export function clientAddress(headers: Pick<Headers, "get">, hops: number): string {
  const peer = headers.get(PEER_HEADER) ?? "";
  if (hops === 0) return normal(peer) || "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normal).filter(Boolean);
  // Fewer entries than trusted hops: the request did not come through every proxy, so
  // none of the entries can be trusted; the connection's address is the one that cannot be
  // forged.
  if (forwarded.length < hops) return normal(peer) || "unknown";
  return forwarded[forwarded.length - hops]!;
}
