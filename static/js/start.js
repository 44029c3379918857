/* "Mulai" on a quiz page (docs/offline.md, "A start on a weak signal"). The start is sent by this
   script with a client key, and waited for at most START_WAIT_MS. Answered: the attempt opens.
   No answer in time (the phone says online, the request never returns): the downloaded paper
   opens and starts at once with the same key, so that what the learner sends from it completes
   the attempt the start may have made on the server; without a download, a plain message says
   that the attempt was not started. No signal at all: the downloaded paper opens, as before. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-offline-url]");
  if (!form) return;
  var START_WAIT_MS = 5000;
  var paperUrl = form.dataset.offlineUrl;
  var button = form.querySelector("button[type=submit]");
  var key = window.crypto && crypto.randomUUID ? crypto.randomUUID()
    : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  var input = document.createElement("input");
  input.type = "hidden";
  input.name = "client_key";
  input.value = key;  // one key for this page: a second tap repeats the same start
  form.append(input);
  var status = document.createElement("p");
  status.className = "save-status";
  status.setAttribute("role", "status");
  form.after(status);
  var busy = false;

  function say(text, state) {
    status.textContent = text;
    status.setAttribute("data-state", state);
  }

  function done() {
    busy = false;
    button.disabled = false;
  }

  // The paper is in a downloaded course ("wksbm-course-*", see downloads.js).
  function paperSaved() {
    if (!window.caches) return Promise.resolve(false);
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf("wksbm-course-") === 0; })
        .map(function (name) { return caches.open(name).then(function (cache) { return cache.match(paperUrl); }); }));
    }).then(function (found) { return found.some(Boolean); }).catch(function () { return false; });
  }

  function openPaper(withKey) {
    try {
      if (withKey) sessionStorage.setItem("wksbm-start:" + new URL(paperUrl, location.href).pathname, key);
    } catch (e) { /* no session storage: the paper starts with a key of its own */ }
    window.location.href = paperUrl;
  }

  function stalled() {
    paperSaved().then(function (saved) {
      if (saved) { openPaper(true); return; }
      done();
      say(form.dataset.msgStalled, "offline");
    });
  }

  form.addEventListener("submit", function (event) {
    if (!window.fetch || !window.AbortController) return;  // the plain form, with the key
    event.preventDefault();
    if (busy) return;
    if (!navigator.onLine) { openPaper(false); return; }
    busy = true;
    button.disabled = true;
    say(form.dataset.msgStarting, "saving");
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, START_WAIT_MS);
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      signal: controller.signal,
    }).then(function (response) {
      clearTimeout(timer);
      return response.json().catch(function () { return null; }).then(function (reply) {
        if (response.ok && reply && reply.attempt_url) { window.location.href = reply.attempt_url; return; }
        if (reply && reply.error && response.status !== 401) { done(); say(reply.error, "error"); return; }
        HTMLFormElement.prototype.submit.call(form);  // a login or another page: let the server show it
      });
    }, function () {
      clearTimeout(timer);
      stalled();  // aborted after START_WAIT_MS, or the network failed with the phone "online"
    });
  });

  // A paper saved with the course goes stale once an attempt online has used it: fetch the next.
  if (navigator.onLine && window.caches) {
    paperSaved().then(function (saved) {
      if (!saved) return null;
      return fetch(paperUrl, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok || response.redirected) return null;
        return caches.keys().then(function (names) {
          return Promise.all(names.filter(function (name) { return name.indexOf("wksbm-course-") === 0; })
            .map(function (name) {
              return caches.open(name).then(function (cache) {
                return cache.match(paperUrl).then(function (found) { return found && cache.put(paperUrl, response.clone()); });
              });
            }));
        });
      });
    }).catch(function () { /* kept as it was */ });
  }
})();
