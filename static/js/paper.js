/* A quiz answered on the phone from its downloaded paper (assessments/offline.py). Answers are
   kept in IndexedDB as they are given, with the seconds since Start, so closing the page loses
   nothing; Submit puts the attempt in the queue of offline.js, which sends it when there is a
   signal. The phone never holds the correct answers: the server grades when the attempt arrives. */
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
  var timer = document.getElementById("paper-timer");
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

  function clockText(seconds) {
    var whole = Math.max(0, Math.ceil(seconds));
    var minutes = Math.floor(whole / 60);
    var rest = whole % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function tick() {
    if (!limit || !draft) return;
    var left = limit - elapsed();
    timer.hidden = false;
    if (left <= 0) {
      timer.textContent = form.dataset.msgTimeUp;
      submit(true);
      return;
    }
    timer.textContent = form.dataset.msgTimeLeft.replace("%(time)s", clockText(left));
  }

  function begin() {
    intro.hidden = true;
    sentBox.hidden = true;
    form.hidden = false;
    restore();
    tick();
    if (limit) clock = setInterval(tick, 1000);
  }

  function start() {
    draft = {
      quiz: draftKey,
      paper: form.dataset.paper,
      client_key: offline.newKey(),
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
    submit(false);
  });
  startButton.addEventListener("click", start);
  document.addEventListener("wksbm:outbox", function () { if (submitted) showSent(); });

  // Reopened: carry on with the answers kept, or show how the last submitted attempt is doing.
  Promise.all([offline.data.get("drafts", draftKey), offline.data.all("outbox")]).then(function (found) {
    if (found[0] && found[0].paper === form.dataset.paper) {
      draft = found[0];
      begin();
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
