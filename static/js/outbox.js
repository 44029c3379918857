/* The queue of what was done offline (static/js/offline.js loads it after the page has painted,
   or at once when a script asks for it through window.wksbmOffline): IndexedDB's "outbox" and
   "drafts", sent oldest first when the signal returns, each item only by the person who queued
   it (a shared phone). */
(function () {
  "use strict";
  var offline = window.wksbmOffline;
  var user = offline.user;
  var tokenInput = document.querySelector("input[name=csrfmiddlewaretoken]");
  var flushing = null;
  var again = false;
  var retryTimer = null;
  var RETRY_MS = 30000;

  /* IndexedDB, promised: "outbox" holds what waits to be sent (and, for a while, what was sent),
     "drafts" the answers of a quiz being taken offline. */
  var dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        var request = indexedDB.open("wksbm", 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore("outbox", { keyPath: "id" });
          request.result.createObjectStore("drafts", { keyPath: "quiz" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };  // private browsing, storage off
      });
    }
    return dbPromise;
  }

  function store(name, mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var transaction = database.transaction(name, mode);
        var request = work(transaction.objectStore(name));
        transaction.oncomplete = function () { resolve(request && request.result); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };  // storage full
      });
    });
  }

  var data = {
    get: function (name, key) { return store(name, "readonly", function (s) { return s.get(key); }); },
    all: function (name) { return store(name, "readonly", function (s) { return s.getAll(); }); },
    put: function (name, value) { return store(name, "readwrite", function (s) { return s.put(value); }); },
    remove: function (name, key) { return store(name, "readwrite", function (s) { return s.delete(key); }); },
  };

  function changed() {
    document.dispatchEvent(new CustomEvent("wksbm:outbox"));
    showSync();
  }

  /* Queue a POST of JSON `body` to `url`. `kind` is "lesson" or "attempt"; `title` names it. */
  function enqueue(item) {
    item.id = item.id || offline.newKey();
    item.user = user;
    item.state = "waiting";
    item.created = item.created || new Date().toISOString();
    return data.put("outbox", item).then(function () { changed(); flush(); return item; });
  }

  var SENT_KEPT_MS = 7 * 24 * 3600 * 1000;

  // The CSRF cookie at the time of sending: a page read from the cache may hold an older token.
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : tokenInput ? tokenInput.value : "";
  }

  function send(item) {
    item.message = "";
    return fetch(item.url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "X-CSRFToken": csrfToken(),
      },
      body: JSON.stringify(item.body || {}),
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (reply) {
        // Only the endpoint's own JSON counts as received (not a login page after a redirect).
        if (response.ok && reply && !response.redirected && (reply.done || reply.result_url)) {
          item.state = "sent";
          item.result_url = reply.result_url || "";
          item.sent = new Date().toISOString();
          return data.put("outbox", item);
        }
        reply = reply || {};
        if (response.status === 401 || response.status === 403 || response.redirected) {
          item.message = "login";
          return data.put("outbox", item).then(function () { throw new Error("login"); });
        }
        if (response.status >= 500 || reply.retry || response.ok) throw new Error("retry");
        item.state = "refused";  // a rule refused it (time up, no attempts left): shown, not repeated
        item.message = reply.error || String(response.status);
        return data.put("outbox", item);
      });
    });
  }

  function retryLater() {
    if (!retryTimer) retryTimer = setTimeout(function () { retryTimer = null; flush(); }, RETRY_MS);
  }

  // Sent items are kept a week, to show their results; then forgotten (a shared phone).
  function forgetOldSent(items) {
    var old = Date.now() - SENT_KEPT_MS;
    return Promise.all(items.filter(function (item) {
      return item.state === "sent" && Date.parse(item.sent) < old;
    }).map(function (item) { return data.remove("outbox", item.id); }));
  }

  /* Send every waiting item, oldest first. No network, or a login needed, stops the round; a
     busy server only delays its item. What is queued meanwhile goes out in another round. */
  function flush() {
    if (flushing) { again = true; return flushing; }
    if (!navigator.onLine || !window.indexedDB || !user) return Promise.resolve();
    again = false;
    flushing = data.all("outbox").then(function (items) {
      var waiting = mine(items);
      waiting.sort(function (a, b) { return a.created < b.created ? -1 : 1; });
      if (waiting.length) showSync("sending");
      return forgetOldSent(items).then(function () {
        return waiting.reduce(function (chain, item) {
          return chain.then(function () {
            return send(item).catch(function (error) {
              if (error.message !== "retry") throw error;
              retryLater();
            });
          });
        }, Promise.resolve());
      });
    }).catch(retryLater).then(function () {
      flushing = null;
      changed();
      if (again) flush();
    });
    return flushing;
  }

  function mine(items) {
    return items.filter(function (item) { return item.state === "waiting" && item.user === user; });
  }

  // A course page read offline ticks the lessons marked done but not yet sent.
  function tickWaitingLessons(waiting) {
    var done = {};
    waiting.forEach(function (item) {
      if (item.kind === "lesson") done[new URL(item.url, location.href).pathname] = true;
    });
    document.querySelectorAll(".lesson-list__item > a").forEach(function (link) {
      if (done[new URL(link.href).pathname + "selesai/"]) link.parentNode.classList.add("is-done");
    });
  }

  function showSync(state) {
    if (!user || !window.indexedDB) return;
    data.all("outbox").then(function (items) {
      var waiting = mine(items);
      tickWaitingLessons(waiting);
      offline.showWaiting(waiting, state === "sending");
    }).catch(function () { offline.showWaiting([], false); });
  }

  window.wksbmOutbox = { data: data, enqueue: enqueue, flush: flush, showSync: showSync };
})();
