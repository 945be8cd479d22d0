import { hash, verify } from "@node-rs/argon2";

// The library's defaults: argon2id, 19 MiB, 2 passes (OWASP's minimum for argon2id).
// A unit test checks the hash really is "$argon2id$".
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash to verify against when no user matches, so a missing account and a wrong
// password take the same time.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("odjava-no-such-user");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
