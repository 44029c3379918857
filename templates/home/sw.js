/* Service worker of the learner side (served by home.pwa at /sw.js; see docs/offline.md).
   Pages: from the network, kept for offline use, and from that copy when there is no signal
   (or after a few seconds of a weak one). Static files: from the cache. Documents: from a
   downloaded course, else the network. Old versions' caches
   are deleted when a new worker takes over; downloaded courses ("wksbm-course-*") are kept. */
"use strict";
const VERSION = "__VERSION__";
const SHELL = "wksbm-shell-" + VERSION;
const PAGES = "wksbm-pages-" + VERSION;
const KEPT = "wksbm-course-";
const OFFLINE_URL = {{ offline_url|safe }};
const SHELL_URLS = {{ shell|safe }};
// Never from a cache: the admin, signing in and out, certificates.
const NETWORK_ONLY = ["/admin/", "/masuk/", "/keluar/", "/aktivasi/", "/sertifikat/", "/i18n/"];
const SLOW_NETWORK_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_URLS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith("wksbm-") && !name.startsWith(KEPT) && name !== SHELL && name !== PAGES)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

function cacheable(response) {
  return response && response.status === 200 && response.type === "basic";  // never a partial (206) one
}

function fromCache(request) {
  return caches.match(request, { ignoreVary: true });
}

// A fresh page replaces the copy in a downloaded course too, so it shows today's progress offline.
function keepPage(request, response) {
  return caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith(KEPT))
    .map((name) => caches.open(name).then((cache) => cache.match(request, { ignoreVary: true })
      .then((found) => found && cache.put(request, response.clone()))))))
    .then(() => caches.open(PAGES))
    .then((cache) => cache.put(request, response))
    .catch(() => { /* storage full: the page was shown all the same */ });
}

function pageFromNetwork(event) {
  const request = event.request;
  const network = fetch(request).then((response) => {
    if (cacheable(response)) event.waitUntil(keepPage(request, response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => null));
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS))
    .then(() => fromCache(request))
    .then((cached) => cached || network);
  return Promise.race([network, slow])
    .catch(() => fromCache(request).then((cached) => cached || caches.match(OFFLINE_URL)));
}

function fromCacheFirst(request) {
  return fromCache(request).then((cached) => cached || fetch(request).then((response) => {
    if (cacheable(response)) {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(request, copy)).catch(() => { /* storage full */ });
    }
    return response;
  }));
}

// A video saved with a course plays from the saved copy: the part the player asks for.
function partFromCache(request) {
  return fromCache(new Request(request.url)).then((cached) => {
    if (!cached) return fetch(request);
    return cached.blob().then((body) => {
      const [, from, to] = /bytes=(\d*)-(\d*)/.exec(request.headers.get("range")) || [];
      const start = Number(from) || 0;
      const end = to ? Math.min(Number(to), body.size - 1) : body.size - 1;
      return new Response(body.slice(start, end + 1), {
        status: 206,
        headers: {
          "Content-Type": cached.headers.get("Content-Type") || "application/octet-stream",
          "Content-Range": `bytes ${start}-${end}/${body.size}`,
          "Content-Length": String(end - start + 1),
        },
      });
    });
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (NETWORK_ONLY.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (url.pathname.startsWith("/documents/")) {
    // Saved only with a downloaded course (data saver): never stored on the way through.
    const saved = request.headers.has("range") ? partFromCache(request) : fromCache(request);
    event.respondWith(saved.then((response) => response || fetch(request)));
  } else if (request.headers.has("range")) {
    return;  // a partial (206) response is never cached
  } else if (request.mode === "navigate") {
    event.respondWith(pageFromNetwork(event));
  } else if (url.pathname.startsWith("/static/") || url.pathname.startsWith("/media/images/")) {
    // Phone-size images only: an original image is private (courses.media) and never kept.
    event.respondWith(fromCacheFirst(request));
  }
});
