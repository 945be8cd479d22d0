import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pdfkit reads its font metrics from its own folder at run time; better-sqlite3, pg and sharp (libvips) are native/driver code.
  serverExternalPackages: ["pdfkit", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "sharp"],
  poweredByHeader: false,
  // No page uses next/image (a receipt's preview is made by its own route, which checks the owner), so /_next/image,
  // which fetches and resizes images on request, is switched off (it answers 404).
  images: { unoptimized: true },
  // A receipt photo may be up to 5 MB (app/lib/evidence/limits.ts); the form around it
  // adds a few hundred bytes. Anything larger is refused before an action runs. Only the
  // upload gets this much: proxy.ts holds every other request to 1 MB (app/lib/body-limit.ts).
  // globalNotFound: the signed-in app and the public guides have root layouts of their own
  // (app/(app), app/(public)/[lang]); an address matching neither gets app/global-not-found.tsx.
  experimental: { serverActions: { bodySizeLimit: "6mb" }, globalNotFound: true },
  // The CSP (with its per-request nonce) is set in proxy.ts; these hold for every response.
  async headers() {
    const always = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    ];
    const production = process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : [];
    return [{ source: "/:path*", headers: [...always, ...production] }];
  },
};

export default nextConfig;
