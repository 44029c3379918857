/* On every learner page, small and cheap: one quiet status line while the phone is offline or
   something waits to be sent; after the page has painted, the service worker (/sw.js), the queue
   of what was done offline (static/js/outbox.js, signed in only) and the scripts a page lists in
   <body data-after-load>; and forgetting this person's saved pages when they log out (a shared
   phone). Other scripts (downloads.js, paper.js, quiz.js) use the queue through
   window.wksbmOffline, which loads outbox.js when they first need it. */
(function () {
  "use strict";
  var status = document.getElementById("net-status");
  // Items belong to who queued them: on a shared phone, only their owner's session sends them.
  var user = status && status.dataset.user || "";
  var waiting = [];  // this user's items waiting to be sent, as outbox.js last read them
  var sending = false;
  var outbox = null;

  // The worker, the queue and other pages' scripts wait until the page has loaded and its first
  // paint is on the screen: they must not delay it. (A page that never paints, hidden in the
  // background, gets them after 3 s.)
  var painted = new Promise(function (resolve) {
    setTimeout(resolve, 3000);
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes || [];
    if (types.indexOf("paint") === -1) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); return; }
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      resolve();
    }).observe({ type: "paint", buffered: true });
  });
  var loaded = new Promise(function (resolve) {
    if (document.readyState === "complete") resolve();
    else window.addEventListener("load", function () { resolve(); });
  });
  function afterLoad(work) {
    Promise.all([painted, loaded]).then(function () { setTimeout(work, 0); });
  }

  function addScript(src) {
    var script = document.createElement("script");
    script.src = src;
    script.async = false;  // in the order added
    document.body.appendChild(script);
    return script;
  }

  // outbox.js, loaded once, when first needed.
  function queue() {
    if (!outbox) {
      outbox = new Promise(function (resolve, reject) {
        var script = addScript(status.dataset.outbox);
        script.onload = function () { resolve(window.wksbmOutbox); };
        script.onerror = reject;
      });
    }
    return outbox;
  }

  /* The status line: offline (with what waits, if anything), else what waits or is being sent;
     hidden when online with nothing waiting. */
  function showStatus() {
    if (!status) return;
    var messages = status.dataset;
    var message = "";
    if (!navigator.onLine) message = waiting.length ? messages.msgOfflineWaiting : messages.msgOffline;
    else if (waiting.length) {
      var login = waiting.some(function (item) { return item.message === "login"; });
      message = sending ? messages.msgSending : login ? messages.msgLogin : messages.msgWaiting;
    }
    status.hidden = !message;
    if (message) status.querySelector("[data-text]").textContent = message.replace("%(count)s", waiting.length);
  }

  function showWaiting(items, isSending) {
    waiting = items;
    sending = isSending;
    showStatus();
  }

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

  function flush() {
    if (!user || !window.indexedDB) return Promise.resolve();
    return queue().then(function (q) { return q.flush(); });
  }

  function enqueue(item) {
    return queue().then(function (q) { return q.enqueue(item); });
  }

  function store(method) {
    return function (name, value) { return queue().then(function (q) { return q.data[method](name, value); }); };
  }

  window.addEventListener("online", function () { showStatus(); flush(); });
  window.addEventListener("offline", showStatus);
  showStatus();

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
    afterLoad(function () {
      navigator.serviceWorker.register("/sw.js").catch(function () { /* the site still works without it */ });
    });
  }

  // The manifest only serves installing the app, which needs the worker: linked with it. With the
  // language cookie, so the installed app speaks the user's language.
  afterLoad(function () {
    if (!status || !status.dataset.manifest) return;
    var link = document.createElement("link");
    link.rel = "manifest";
    link.href = status.dataset.manifest;
    link.crossOrigin = "use-credentials";
    document.head.appendChild(link);
  });

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
    data: { get: store("get"), all: store("all"), put: store("put"), remove: store("remove") },
    enqueue: enqueue, flush: flush, newKey: newKey, user: user,
    fieldValues: fieldValues, showFieldValues: showFieldValues, showWaiting: showWaiting,
  };
  if (user && window.indexedDB) {
    afterLoad(function () {
      queue().then(function (q) { q.showSync(); q.flush(); }).catch(function () { /* sent another time */ });
    });
  }

  // What only some pages need (downloads.js) comes after the page has painted, in the order given
  // (<body data-after-load>), so it never holds back the first paint.
  afterLoad(function () {
    (document.body.dataset.afterLoad || "").split(/\s+/).filter(Boolean).forEach(addScript);
  });
})();
