/* On every learner page: installs the service worker (/sw.js), shows a quiet line while the
   phone is offline, keeps the queue of things done offline (IndexedDB) and sends it when the
   signal returns, and forgets this person's saved pages when they log out (a shared phone).
   Other scripts (downloads.js, paper.js) use the queue through window.wksbmOffline. */
(function () {
  "use strict";
  var netStatus = document.getElementById("net-status");
  var syncStatus = document.getElementById("sync-status");
  var tokenInput = document.querySelector("input[name=csrfmiddlewaretoken]");
  // Items belong to who queued them: on a shared phone, only their owner's session sends them.
  var user = syncStatus ? syncStatus.dataset.user : "";
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

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }

  /* A quiz field's answer as the server reads it: the ticked choices, or the text typed. */
  function fieldValues(form, name) {
    var values = [];
    form.querySelectorAll("[name='" + name + "']").forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) return;
      if (input.type !== "hidden") values.push(input.value);
    });
    return values;
  }

  function showFieldValues(form, name, values) {
    form.querySelectorAll("[name='" + name + "']").forEach(function (input) {
      if (input.type === "radio" || input.type === "checkbox") input.checked = values.indexOf(input.value) !== -1;
      else if (input.type !== "hidden") input.value = values[0] || "";
    });
  }

  function changed() {
    document.dispatchEvent(new CustomEvent("wksbm:outbox"));
    showSync();
  }

  /* Queue a POST of JSON `body` to `url`. `kind` is "lesson" or "attempt"; `title` names it. */
  function enqueue(item) {
    item.id = item.id || newKey();
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
    if (!syncStatus || !window.indexedDB) return;
    data.all("outbox").then(function (items) {
      var waiting = mine(items);
      tickWaitingLessons(waiting);
      var text = syncStatus.querySelector("[data-text]");
      syncStatus.hidden = !waiting.length;
      if (!waiting.length) return;
      var login = waiting.some(function (item) { return item.message === "login"; });
      var message = state === "sending" ? syncStatus.dataset.msgSending
        : login ? syncStatus.dataset.msgLogin : syncStatus.dataset.msgWaiting;
      text.textContent = message.replace("%(count)s", waiting.length);
    }).catch(function () { syncStatus.hidden = true; });
  }

  function showConnection() {
    if (netStatus) netStatus.hidden = navigator.onLine;
  }

  window.addEventListener("online", function () { showConnection(); flush(); });
  window.addEventListener("offline", showConnection);
  showConnection();

  document.querySelectorAll("[data-reload]").forEach(function (button) {
    button.addEventListener("click", function () { window.location.reload(); });
  });

  // "Tandai selesai" with no signal: kept in the queue, sent when the signal returns.
  document.querySelectorAll("form[data-offline-queue]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine || !window.indexedDB) return;
      event.preventDefault();
      function say(text, success) {
        var note = document.createElement("p");
        note.className = success ? "notice notice--success" : "notice notice--warning";
        note.setAttribute("role", "status");
        note.textContent = text;
        form.replaceWith(note);
      }
      enqueue({ kind: "lesson", url: form.action, title: form.dataset.title, body: {} })
        .then(function () { say(form.dataset.msgQueued, true); })
        .catch(function () { say(form.dataset.msgNoStorage, false); });
    });
  });

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () { /* the site still works without it */ });
  }

  var logout = document.querySelector("form[data-forget-offline]");
  if (logout && window.caches) {
    logout.addEventListener("submit", function (event) {
      event.preventDefault();
      caches.keys()
        .then(function (names) {
          return Promise.all(names.filter(function (name) {
            return name.indexOf("wksbm-pages-") === 0 || name.indexOf("wksbm-course-") === 0;
          }).map(function (name) { return caches.delete(name); }));
        })
        .catch(function () { /* nothing saved, or storage refused: log out all the same */ })
        .then(function () { logout.submit(); });
    });
  }

  window.wksbmOffline = {
    data: data, enqueue: enqueue, flush: flush, newKey: newKey, user: user,
    fieldValues: fieldValues, showFieldValues: showFieldValues,
  };
  if (window.indexedDB) { showSync(); flush(); }
})();
