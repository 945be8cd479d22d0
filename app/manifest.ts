import type { MetadataRoute } from "next";

// What a phone needs to put Odjava on its home screen (served as /manifest.webmanifest).
// A manifest has one language: browsers read one name and description from it and have no
// way to choose by the person's language (translations inside a manifest are only a
// proposal), and a signed-out phone asks for it before any language is known; so it
// is in English, like the app's default language. "Odjava" is a name in every language.
// The colours are brand-700 (app/globals.css, the mark in app/icon.svg) and the page's
// slate-50; the PNGs are rendered from app/icon.svg (tests/support/render-icons.mjs).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Odjava",
    short_name: "Odjava",
    description: "Cancel a Serbian mobile SIM card or contract properly, step by step.",
    lang: "en",
    start_url: "/cases",
    scope: "/",
    display: "standalone",
    theme_color: "#1e40af",
    background_color: "#f8fafc",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
