/* On every learner page: installs the service worker (/sw.js), shows a quiet line while the
   phone is offline, and forgets this person's saved pages when they log out (a shared phone). */
(function () {
  "use strict";
  var status = document.getElementById("net-status");

  function showConnection() {
    if (status) status.hidden = navigator.onLine;
  }

  window.addEventListener("online", showConnection);
  window.addEventListener("offline", showConnection);
  showConnection();

  document.querySelectorAll("[data-reload]").forEach(function (button) {
    button.addEventListener("click", function () { window.location.reload(); });
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
})();
