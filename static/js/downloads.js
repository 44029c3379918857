/* "Unduh untuk dibaca offline" on a course page, and the downloads page (/unduhan/).
   A course is saved in its own cache, "wksbm-course-<id>", which service-worker updates keep;
   the manifest (home/downloads.py) lists what to save. The size is shown before saving, the
   progress during it, and what was really stored afterwards. Large files are saved only when
   ticked (data saver). A note at META in each cache says what it holds. */
(function () {
  "use strict";
  if (!window.caches) return;
  var META = "/offline-meta.json";
  var PARALLEL = 3;
  var lang = document.documentElement.lang || "id";

  function size(bytes) {
    var units = ["B", "KB", "MB", "GB"];
    var unit = 0;
    while (bytes >= 1024 && unit < units.length - 1) { bytes /= 1024; unit += 1; }
    var digits = unit && bytes < 10 ? 1 : 0;
    return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(bytes) + " " + units[unit];
  }

  function savedOn(meta) {
    return new Date(meta.saved).toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
  }

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("%(" + key + ")s").join(values[key]);
    }, template);
  }

  /* The srcset width this phone shows: the narrowest at least as wide as the image's slot. */
  function pick(candidates) {
    var slot = Math.min(window.innerWidth, 704) * (window.devicePixelRatio || 1);
    var sorted = candidates.slice().sort(function (a, b) { return a.width - b.width; });
    return sorted.filter(function (c) { return c.width >= slot; })[0] || sorted[sorted.length - 1];
  }

  function readMeta(cacheName) {
    return caches.open(cacheName)
      .then(function (cache) { return cache.match(META); })
      .then(function (response) { return response ? response.json() : null; });
  }

  function downloadedCourses() {
    return caches.keys().then(function (names) {
      var courses = names.filter(function (name) { return name.indexOf("wksbm-course-") === 0; });
      return Promise.all(courses.map(function (name) {
        return readMeta(name).then(function (meta) { return meta && Object.assign(meta, { cache: name }); });
      }));
    }).then(function (all) { return all.filter(Boolean); });
  }

  /* Fetch every file into the course's cache, a few at a time; resolves to the bytes stored. */
  function writeMeta(cache, manifest, fields) {
    var meta = Object.assign({ course: manifest.course, title: manifest.title, url: manifest.url,
      saved: new Date().toISOString() }, fields);
    var body = JSON.stringify(meta);
    return cache.put(META, new Response(body, { headers: { "Content-Type": "application/json" } }))
      .then(function () { return meta; });
  }

  /* The note says "incomplete" until the last file is in, so a stopped download is listed (and
     can be removed); the first failure stops every worker. */
  function save(manifest, files, progress) {
    var done = 0;
    var stored = 0;
    var failed = false;
    var queue = files.slice();
    return caches.open(manifest.cache).then(function (cache) {
      function next() {
        var file = queue.shift();
        if (!file || failed) return Promise.resolve();
        return fetch(file.url, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
          if (!response.ok || response.redirected) throw new Error(file.url);
          return response.clone().arrayBuffer().then(function (body) {
            stored += body.byteLength;
            return cache.put(file.url, response);
          });
        }).then(function () {
          done += 1;
          if (!failed) progress(done, files.length, stored);
          return next();
        }, function (error) {
          failed = true;
          throw error;
        });
      }
      return writeMeta(cache, manifest, { complete: false, bytes: 0, files: 0 }).then(function () {
        var workers = [];
        for (var i = 0; i < PARALLEL; i += 1) workers.push(next());
        return Promise.all(workers);
      }).then(function () {
        return writeMeta(cache, manifest, { complete: true, bytes: stored, files: files.length });
      });
    });
  }

  /* The course page's box: size first, a choice of large files, progress, then the result. */
  function coursePanel(panel) {
    var msg = panel.dataset;
    var state = panel.querySelector("[data-download-state]");
    var choice = panel.querySelector("[data-download-choice]");
    var extrasList = panel.querySelector("[data-download-extras]");
    var bar = panel.querySelector("progress");
    var startButton = panel.querySelector("[data-download-start]");
    var confirmButton = panel.querySelector("[data-download-confirm]");
    var cancelButton = panel.querySelector("[data-download-cancel]");
    var manifest = null;
    var base = [];
    panel.hidden = false;

    function say(text) { state.textContent = text; }

    function showSaved() {
      return readMeta(msg.cache).then(function (meta) {
        if (!meta) { say(msg.msgIntro); return; }
        if (!meta.complete) { say(msg.msgIncomplete); return; }
        say(fill(msg.msgSaved, { size: size(meta.bytes), date: savedOn(meta) }));
        startButton.textContent = msg.msgUpdate;
      });
    }

    function total() {
      var bytes = base.reduce(function (sum, file) { return sum + file.bytes; }, 0);
      extrasList.querySelectorAll("input:checked").forEach(function (box) {
        bytes += manifest.extras[Number(box.value)].bytes;
      });
      return bytes;
    }

    function showTotal() {
      choice.querySelector("[data-download-size]").textContent = fill(msg.msgSize, { size: size(total()) });
    }

    startButton.addEventListener("click", function () {
      if (!navigator.onLine) { say(msg.msgNeedsSignal); return; }
      startButton.disabled = true;
      fetch(msg.downloadUrl, { credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (found) {
          manifest = found;
          var seen = {};
          base = manifest.files.concat(manifest.images.map(pick)).filter(function (file) {
            return seen[file.url] ? false : (seen[file.url] = true);
          });
          extrasList.textContent = "";
          manifest.extras.forEach(function (file, index) {
            var label = document.createElement("label");
            label.className = "choice";
            var box = document.createElement("input");
            box.type = "checkbox";
            box.value = index;
            box.addEventListener("change", showTotal);
            label.append(box, " ", fill(msg.msgExtra, { title: file.title, size: size(file.bytes) }));
            extrasList.append(label);
          });
          extrasList.hidden = !manifest.extras.length;
          panel.querySelector("[data-download-extras-intro]").hidden = !manifest.extras.length;
          showTotal();
          choice.hidden = false;
          startButton.hidden = true;
          confirmButton.focus();
        })
        .catch(function () { say(msg.msgFailed); })
        .then(function () { startButton.disabled = false; });
    });

    cancelButton.addEventListener("click", function () {
      choice.hidden = true;
      startButton.hidden = false;
    });

    confirmButton.addEventListener("click", function () {
      var files = base.slice();
      extrasList.querySelectorAll("input:checked").forEach(function (box) { files.push(manifest.extras[Number(box.value)]); });
      choice.hidden = true;
      bar.hidden = false;
      bar.max = files.length;
      bar.value = 0;
      save(manifest, files, function (done, count, stored) {
        bar.value = done;
        say(fill(msg.msgProgress, { done: done, count: count, size: size(stored) }));
      })
        .then(function (meta) { say(fill(msg.msgDone, { size: size(meta.bytes) })); startButton.textContent = msg.msgUpdate; })
        .catch(function () { say(msg.msgFailed); })
        .then(function () { bar.hidden = true; startButton.hidden = false; });
    });

    showSaved();
  }

  /* The downloads page: saved courses with their size and "Hapus", and the queue of sends. */
  function downloadsPage(page) {
    var msg = page.dataset;
    var courseList = page.querySelector("[data-downloaded]");
    var outboxList = page.querySelector("[data-outbox]");
    var offline = window.wksbmOffline;

    function row(list, title, href, detail, action) {
      var item = document.createElement("li");
      item.className = "card download-item";
      var heading = document.createElement(href ? "a" : "strong");
      if (href) heading.href = href;
      heading.textContent = title;
      var info = document.createElement("p");
      info.className = "muted";
      info.textContent = detail;
      item.append(heading, info);
      if (action) item.append(action);
      list.append(item);
    }

    function showCourses() {
      return downloadedCourses().then(function (courses) {
        courseList.textContent = "";
        page.querySelector("[data-downloaded-empty]").hidden = courses.length > 0;
        courses.forEach(function (meta) {
          var remove = document.createElement("button");
          remove.type = "button";
          remove.className = "btn";
          remove.textContent = msg.msgRemove;
          remove.setAttribute("aria-label", fill(msg.msgRemoveLabel, { title: meta.title }));
          remove.addEventListener("click", function () { caches.delete(meta.cache).then(showCourses); });
          var detail = meta.complete ? fill(msg.msgCourse, { size: size(meta.bytes), date: savedOn(meta) })
            : msg.msgIncomplete;
          row(courseList, meta.title, meta.url, detail, remove);
        });
      });
    }

    function showOutbox() {
      if (!offline) return;
      offline.data.all("outbox").then(function (items) {
        items = items.filter(function (item) { return item.user === offline.user; })
          .sort(function (a, b) { return a.created < b.created ? 1 : -1; });
        outboxList.textContent = "";
        page.querySelector("[data-outbox-empty]").hidden = items.length > 0;
        page.querySelector("[data-sync-now]").hidden = !items.some(function (item) { return item.state === "waiting"; });
        items.forEach(function (item) {
          var state = item.state === "waiting" ? (item.message === "login" ? msg.msgLogin : msg.msgWaiting)
            : item.state === "refused" ? fill(msg.msgRefused, { reason: item.message }) : msg.msgSent;
          var kind = item.kind === "attempt" ? msg.msgAttempt : msg.msgLesson;
          row(outboxList, item.title || kind, item.result_url || "", kind + " · " + state);
        });
      });
    }

    page.querySelector("[data-sync-now]").addEventListener("click", function () {
      if (offline) offline.flush();
    });
    document.addEventListener("wksbm:outbox", showOutbox);
    if (navigator.storage && navigator.storage.estimate) {
      navigator.storage.estimate().then(function (estimate) {
        var line = page.querySelector("[data-storage]");
        line.textContent = fill(msg.msgStorage, { used: size(estimate.usage || 0), quota: size(estimate.quota || 0) });
        line.hidden = false;
      });
    }
    showCourses();
    showOutbox();
  }

  document.querySelectorAll("[data-download-url]").forEach(coursePanel);
  var page = document.querySelector("[data-downloads-page]");
  if (page) downloadsPage(page);
})();
