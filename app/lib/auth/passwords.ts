import { hash, verify } from "@node-rs/argon2";

// The library's defaults: argon2id, 19 MiB, 2 passes (OWASP's minimum for argon2id).
// A unit test checks the hash really is "$argon2id$".
//
// Each hash takes about 20 MiB and a core for tens of milliseconds, on the thread pool
// that also reads files and decodes tokens. So at most RUNNING run at once and WAITING
// more may queue; beyond that the caller is told the server is busy (PasswordsBusy) at
// once, rather than every request waiting behind a flood of password checks.
export const RUNNING = 2;
export const WAITING = 8;

export class PasswordsBusy extends Error {
  constructor() {
    super("password checks are busy");
  }
}

let running = 0;
const queue: (() => void)[] = [];

export function passwordsBusy(): boolean {
  return running >= RUNNING && queue.length >= WAITING;
}

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= RUNNING) {
    if (queue.length >= WAITING) throw new PasswordsBusy();
    await new Promise<void>((resolve) => queue.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in the queue, or is freed.
    const next = queue.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => hash(password));
}

// A real hash to verify against when no user matches, so a missing account and a wrong
// password take the same time.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("odjava-no-such-user");
    const dummy = await dummyHash;
    await inTurn(() => verify(dummy, password)).catch((error: unknown) => {
      if (error instanceof PasswordsBusy) throw error;
    });
    return false;
  }
  return inTurn(() => verify(passwordHash, password)).catch((error: unknown) => {
    if (error instanceof PasswordsBusy) throw error;
    return false;
  });
}
