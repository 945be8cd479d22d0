"use client";

import { useEffect } from "react";

// Registers public/sw.js, which shows public/offline.html when a page cannot be reached
// (and caches nothing else). Renders nothing; without JavaScript there is simply no
// offline page.
export function ServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator)
      navigator.serviceWorker.register("/sw.js").catch(() => {
        // A browser that refuses workers (some private windows) simply has no offline page.
      });
  }, []);
  return null;
}
