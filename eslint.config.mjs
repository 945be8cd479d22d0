// ESLint flat config: Next.js's core-web-vitals and TypeScript rules, then
// eslint-config-prettier last so that no formatting rule disagrees with Prettier.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    // Also the bench's floor app (tests/bench/floor), which builds into a .next of its own.
    "**/.next/**",
    "node_modules/**",
    // Prisma's generated clients (npm run postinstall writes them).
    "app/lib/generated/**",
    ".tmp/**",
    "test-results/**",
    "playwright-report/**",
    "uploads/**",
    "next-env.d.ts",
  ]),
  {
    // Links are plain <a>: each page comes as a document, which costs a phone no more than
    // its RSC payload would, and next/link (3.3 KB gzip on every page, prefetching every
    // link in view) is left out. README, Decisions.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Playwright fixtures hand over their value by calling `use`, which React's rules of
    // hooks take for React's own use(); tests hold no React components.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
]);
