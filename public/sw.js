// Odjava's service worker: one page for when the network is gone, and nothing else.
//
// It keeps only offline.html and the icon that page shows. A phone may be shared, so no
// signed-in page, no case, no PDF and no answer from the server is ever put in a cache:
// pages always come from the network, and only when the network fails does the worker
// answer, with offline.html. Every other request is left to the browser as if there were
// no worker. Registered by app/ui/service-worker.tsx; its CSP is proxy.ts's (connect-src
// 'self': it can fetch from this origin only).

// A new name for each change of the kept files; activate deletes every other cache.
const CACHE = "odjava-offline-1";
const OFFLINE = "/offline.html";
const KEPT = [OFFLINE, "/icon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(KEPT))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The network's answer as it is, redirects included, and never stored.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE).then((page) => page ?? Response.error())));
  } else if (KEPT.includes(url.pathname)) {
    // The icon on the offline page (with or without Next's ?hash): fresh when online.
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname).then((file) => file ?? Response.error())));
  }
});
