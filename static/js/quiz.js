/* Quiz attempt page and its "Periksa jawaban" step. The time bar counts the minutes down and,
   when the time is up, submits the answers (the server grades them either way). Answers are
   saved as the learner goes; what cannot be sent (no signal) waits in localStorage and goes out
   when the browser is back online, so a dropped connection loses nothing; checking or submitting
   with no signal is held back with a message instead of an error page. */
(function () {
  "use strict";
  var bar = document.getElementById("quiz-timer");
  var submitForm = document.querySelector("form[data-submit-url]");

  function fill(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("%(" + key + ")s").join(values[key]);
    }, template);
  }

  if (bar && bar.dataset.deadline && submitForm) {
    var deadline = Date.parse(bar.dataset.deadline);
    var leftText = bar.querySelector("[data-time-left]");
    var clock = null;
    var tick = function () {
      var left = (deadline - Date.now()) / 1000;
      if (left > 0) {
        var minutes = Math.ceil(left / 60);
        leftText.textContent = minutes > 1 ? fill(bar.dataset.msgLeft, { minutes: minutes }) : bar.dataset.msgLastMinute;
        return;
      }
      clearInterval(clock);
      leftText.textContent = bar.dataset.msgTimeUp;
      if (!navigator.onLine) return;  // graded with the answers saved in time when next opened
      // Straight to grading: the answers on the page go with it, within the server's grace.
      submitForm.action = submitForm.dataset.submitUrl;
      if (window.localStorage) localStorage.removeItem("quiz-pending-" + submitForm.dataset.attempt);
      HTMLFormElement.prototype.submit.call(submitForm);
    };
    tick();
    clock = setInterval(tick, 5000);
  }

  // The review step's "Kirim jawaban" with no signal: held back, with a message.
  var reviewForm = document.querySelector("form.quiz-review__actions");
  if (reviewForm) {
    reviewForm.addEventListener("submit", function (event) {
      if (navigator.onLine) return;
      event.preventDefault();
      var note = document.getElementById("save-status");
      note.textContent = reviewForm.dataset.msgSubmitOffline;
      note.setAttribute("data-state", "offline");
    });
  }

  var form = document.querySelector("form[data-save-url]");
  var offline = window.wksbmOffline;  // offline.js, which every page loads first
  if (!form || !offline) return;
  var status = document.getElementById("save-status");
  var storeKey = "quiz-pending-" + form.dataset.attempt;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var pending = {};
  var sending = false;
  var timer = null;

  try { pending = JSON.parse(localStorage.getItem(storeKey) || "{}"); } catch (e) { pending = {}; }

  function say(message, state) {
    status.textContent = message;
    status.setAttribute("data-state", state);
  }

  function keep() {
    try { localStorage.setItem(storeKey, JSON.stringify(pending)); } catch (e) { /* storage full: still sent */ }
  }

  // An empty value is sent for "nothing chosen", so that clearing an answer is saved too.
  function valuesOf(name) {
    var values = offline.fieldValues(form, name);
    return values.length ? values : [""];
  }

  function restore() {
    Object.keys(pending).forEach(function (name) { offline.showFieldValues(form, name, pending[name]); });
  }

  function flush() {
    var names = Object.keys(pending);
    if (!names.length || sending) return;
    if (!navigator.onLine) { say(form.dataset.msgOffline, "offline"); return; }
    var body = new URLSearchParams();
    body.append("csrfmiddlewaretoken", token);
    var sent = {};
    names.forEach(function (name) {
      sent[name] = JSON.stringify(pending[name]);
      pending[name].forEach(function (value) { body.append(name, value); });
    });
    sending = true;
    say(form.dataset.msgSaving, "saving");
    fetch(form.dataset.saveUrl, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) throw new Error(data.error || response.status);
          return data;
        });
      })
      .then(function () {
        // Forget only what was sent unchanged; answers changed meanwhile go out next.
        Object.keys(sent).forEach(function (name) {
          if (JSON.stringify(pending[name]) === sent[name]) delete pending[name];
        });
        keep();
        sending = false;
        if (Object.keys(pending).length) flush();
        else say(form.dataset.msgSaved, "saved");
      })
      .catch(function (error) {
        sending = false;
        var offline = !navigator.onLine || error instanceof TypeError;
        say(offline ? form.dataset.msgOffline : error.message, offline ? "offline" : "error");
        // A network failure with the phone "online" (a weak signal) is retried; a refusal from
        // the server (time is up) is shown and not repeated.
        if (error instanceof TypeError && navigator.onLine && !timer) timer = setTimeout(retry, 5000);
      });
  }

  function retry() { timer = null; flush(); }

  function changed(event) {
    var name = event.target.name;
    if (!name || name === "csrfmiddlewaretoken") return;
    pending[name] = valuesOf(name);
    keep();
    say(navigator.onLine ? form.dataset.msgSaving : form.dataset.msgOffline, navigator.onLine ? "saving" : "offline");
    flush();
  }

  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    if (!navigator.onLine) {
      event.preventDefault();
      say(form.dataset.msgSubmitOffline, "offline");
      return;
    }
    // The form carries every answer; what waited locally is now sent with it.
    localStorage.removeItem(storeKey);
  });
  window.addEventListener("online", flush);
  window.addEventListener("offline", function () { say(form.dataset.msgOffline, "offline"); });

  restore();
  flush();
})();
