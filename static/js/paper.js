/* A quiz answered on the phone from its downloaded paper (assessments/offline.py). Answers are
   kept in IndexedDB as they are given, with the seconds since Start, so closing the page loses
   nothing; "Periksa jawaban" lists what is answered, and "Kirim jawaban" puts the attempt in the
   queue of offline.js, which sends it when there is a signal. The phone never holds the correct
   answers: the server grades when the attempt arrives. A start that the server did not answer in
   time (start.js) opens this page and starts at once, with the start's client key, so that the
   attempt sent from here completes the one that start may have made (docs/offline.md). */
(function () {
  "use strict";
  var form = document.querySelector("form[data-paper]");
  var offline = window.wksbmOffline;
  if (!form) return;
  var intro = document.getElementById("paper-intro");
  var startButton = document.querySelector("[data-paper-start]");

  function cannotKeep() {
    var note = document.createElement("p");
    note.className = "notice notice--warning";
    note.setAttribute("role", "alert");
    note.textContent = form.dataset.msgNoStorage;
    startButton.replaceWith(note);
  }

  if (!offline || !window.indexedDB) { cannotKeep(); return; }
  var sentBox = document.getElementById("paper-sent");
  var syncText = document.getElementById("paper-sync-status");
  var resultLink = document.getElementById("paper-result");
  var timer = document.getElementById("quiz-timer");
  var review = document.getElementById("paper-review");
  var reviewList = review.querySelector("[data-review-list]");
  var reviewSummary = review.querySelector("[data-review-summary]");
  var weakSignal = document.getElementById("paper-weak-signal");
  var START_KEY = "wksbm-start:" + location.pathname;  // set by start.js
  var status = document.getElementById("save-status");
  var quiz = Number(form.dataset.quiz);
  var draftKey = offline.user + ":" + quiz;  // one draft per person and quiz on a shared phone
  var limit = Number(form.dataset.timeLimit) || 0;
  var draft = null;
  var clock = null;
  var submitted = null;

  function elapsed() {
    return Math.max(0, (Date.now() - Date.parse(draft.started_at)) / 1000);
  }

  function restore() {
    Object.keys(draft.answers).forEach(function (position) {
      var value = draft.answers[position].value;
      offline.showFieldValues(form, "q-" + position, Array.isArray(value) ? value : [value]);
    });
  }

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("%(" + key + ")s").join(values[key]);
    }, template);
  }

  // "11:38" in the learner's zone, as the server writes it.
  function clockAt(moment) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: timer.dataset.zone })
      .formatToParts(moment).forEach(function (part) { parts[part.type] = part.value; });
    return parts.hour + ":" + parts.minute;
  }

  function tick() {
    if (!limit || !draft) return;
    var left = limit - elapsed();
    timer.hidden = false;
    var leftText = timer.querySelector("[data-time-left]");
    if (left <= 0) {
      leftText.textContent = timer.dataset.msgTimeUp;
      submit(true);
      return;
    }
    var minutes = Math.ceil(left / 60);
    leftText.textContent = minutes > 1 ? fill(timer.dataset.msgLeft, { minutes: minutes }) : timer.dataset.msgLastMinute;
    var deadline = new Date(Date.parse(draft.started_at) + limit * 1000);
    timer.querySelector("[data-deadline-text]").textContent = fill(timer.dataset.msgDeadline, {
      time: clockAt(deadline), zone: timer.dataset.zoneAbbreviation,
    });
  }

  function answered(position) {
    var given = draft && draft.answers[position];
    if (!given) return false;
    var value = given.value;
    return Array.isArray(value) ? value.length > 0 : value !== "" && value !== null && value !== undefined;
  }

  function showReview() {
    var items = reviewList.querySelectorAll("li");
    var missing = 0;
    items.forEach(function (item) {
      var done = answered(item.dataset.position);
      if (!done) missing += 1;
      item.classList.toggle("is-unanswered", !done);
      item.querySelector("[data-state]").textContent = (done ? "\u2713 " : "\u25cb ") + (done ? reviewList.dataset.msgAnswered : reviewList.dataset.msgUnanswered);
    });
    reviewSummary.textContent = missing ? fill(reviewSummary.dataset.msgSome, { count: missing, total: items.length }) : reviewSummary.dataset.msgAll;
    form.hidden = true;
    review.hidden = false;
    review.querySelector("h2").focus();
  }

  function backToQuestions() {
    review.hidden = true;
    form.hidden = false;
  }

  function begin() {
    intro.hidden = true;
    sentBox.hidden = true;
    review.hidden = true;
    form.hidden = false;
    restore();
    tick();
    if (limit) clock = setInterval(tick, 1000);
  }

  function start(clientKey) {
    draft = {
      quiz: draftKey,
      paper: form.dataset.paper,
      client_key: clientKey || offline.newKey(),
      started_at: new Date().toISOString(),
      answers: {},
    };
    offline.data.put("drafts", draft).then(begin).catch(function () { draft = null; cannotKeep(); });
  }

  function showSent() {
    offline.data.get("outbox", submitted).then(function (item) {
      if (!item) return;
      form.hidden = true;
      intro.hidden = true;
      review.hidden = true;
      sentBox.hidden = false;
      var state = item.state === "sent" ? "sent" : item.state === "refused" ? "refused" : navigator.onLine ? "sending" : "waiting";
      syncText.setAttribute("data-state", state);
      syncText.textContent = state === "refused" ? item.message : syncText.dataset["msg" + state.charAt(0).toUpperCase() + state.slice(1)];
      resultLink.hidden = !item.result_url;
      if (item.result_url) resultLink.href = item.result_url;
    });
  }

  function submit(timeUp) {
    if (!draft) return;
    var kept = draft;
    draft = null;
    clearInterval(clock);
    timer.hidden = !timeUp;
    weakSignal.hidden = true;
    var answers = Object.keys(kept.answers).map(function (position) {
      return { position: Number(position), value: kept.answers[position].value, seconds: kept.answers[position].seconds };
    });
    submitted = kept.client_key;
    offline.enqueue({
      id: kept.client_key,
      kind: "attempt",
      quiz: quiz,
      title: form.dataset.title,
      url: form.dataset.syncUrl,
      body: {
        paper: kept.paper,
        client_key: kept.client_key,
        started_at: kept.started_at,
        submitted_at: new Date().toISOString(),
        answers: answers,
      },
    })
      .then(function () { return offline.data.remove("drafts", draftKey); })
      .then(showSent)
      .catch(function () { status.textContent = form.dataset.msgNoStorage; });
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name;
    if (!draft || !name || name.indexOf("q-") !== 0) return;
    var values = offline.fieldValues(form, name);
    var multiple = event.target.type === "checkbox";
    draft.answers[name.slice(2)] = { value: multiple ? values : values[0] || "", seconds: elapsed() };
    offline.data.put("drafts", draft)
      .then(function () { status.textContent = form.dataset.msgKept; })
      .catch(function () { status.textContent = form.dataset.msgNoStorage; });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (draft) showReview();
  });
  review.querySelector("[data-paper-submit]").addEventListener("click", function () { submit(false); });
  review.querySelector("[data-paper-back]").addEventListener("click", backToQuestions);
  reviewList.addEventListener("click", function (event) {
    if (event.target.closest("a")) backToQuestions();  // then the link scrolls to its question
  });
  startButton.addEventListener("click", function () { start(); });
  document.addEventListener("wksbm:outbox", function () { if (submitted) showSent(); });

  // The key of a start the server did not answer in time: the attempt begins now, with that key.
  var startKey = null;
  try { startKey = sessionStorage.getItem(START_KEY); sessionStorage.removeItem(START_KEY); } catch (e) { startKey = null; }

  // Reopened: carry on with the answers kept, or show how the last submitted attempt is doing.
  Promise.all([offline.data.get("drafts", draftKey), offline.data.all("outbox")]).then(function (found) {
    if (found[0] && found[0].paper === form.dataset.paper) {
      draft = found[0];
      if (startKey && draft.client_key !== startKey) {
        // The draft's own key never reached the server; the start's may have made the attempt.
        draft.client_key = startKey;
        offline.data.put("drafts", draft).catch(function () { /* kept in memory; sent on submit */ });
      }
      weakSignal.hidden = !startKey;
      begin();
      return;
    }
    if (startKey) {
      weakSignal.hidden = false;
      start(startKey);
      return;
    }
    var last = found[1].filter(function (item) {
      return item.kind === "attempt" && item.quiz === quiz && item.user === offline.user;
    }).sort(function (a, b) { return a.created < b.created ? 1 : -1; })[0];
    if (last && last.state !== "sent") {
      submitted = last.id;
      showSent();
    }
  }).catch(cannotKeep);
})();
