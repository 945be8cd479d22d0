// The floor app (tests/bench/floor.mjs): Next.js with nothing of Odjava's, so the bench can
// tell what the stack itself costs on this machine. The repository's root is its root, so it
// builds with the repository's own `next`, React and database drivers.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

const nextConfig = { turbopack: { root }, outputFileTracingRoot: root, poweredByHeader: false };

export default nextConfig;
