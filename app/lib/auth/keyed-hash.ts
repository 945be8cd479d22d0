import "server-only";
import { createHmac } from "node:crypto";

// An HMAC with the server's secret: what the throttles and the device cookie store instead
// of an e-mail address, an IP address or an id. Unlike a plain hash, nobody without the
// secret can test a guess ("is this the key of ana@example.com?") against a stored key.
export function keyedHash(purpose: string, value: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`odjava:${purpose}:${value}`).digest("base64url");
}
