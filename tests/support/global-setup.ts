// Playwright globalSetup: runs once, after the webServer is up (tests/support/prepare-server.mjs
// has made the database) and before any test.
import { existsSync, mkdirSync, rmSync } from "node:fs";

export default function globalSetup() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build in .next: run `npm test` (or `next build`) first.");
  // Receipt files of this run only: the server writes there on upload, never at start
  // (its start-up sweep only removes, and takes a missing folder for an empty one).
  const uploads = process.env.ODJAVA_UPLOAD_DIR!;
  rmSync(uploads, { recursive: true, force: true });
  mkdirSync(uploads, { recursive: true });
}
