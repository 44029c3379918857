/* Wagtail admin, every page: starts the widgets Wagtail would start with an inline <script>
   (date pickers, choosers, InlinePanel), which the Content-Security-Policy forbids. The project's
   overrides (templates/wagtailadmin/, lms/admin_scripts.py) render each as a JSON data block,
   <script type="application/json" data-admin-init="NAME">[arguments]</script>, and this file
   calls NAME with those arguments: only the names below, so markup cannot call anything else.
   Blocks are started in document order once the page is parsed, then as they appear (a new
   InlinePanel form, a chooser modal, the scheduling dialog), each once. */
(function () {
  "use strict";

  function construct(name) {
    return function () {
      return Reflect.construct(window[name], Array.prototype.slice.call(arguments));
    };
  }

  function call(name) {
    return function () {
      return window[name].apply(window, arguments);
    };
  }

  function panel(name) {
    // Wagtail writes the panel's options as a JSON string (escapejs), so that InlinePanel's
    // "__prefix__" substitution works on a new form's template as it does on Wagtail's own script.
    return function (options) {
      return construct(name)(JSON.parse(options));
    };
  }

  var STARTERS = {
    initDateChooser: call("initDateChooser"),
    initDateTimeChooser: call("initDateTimeChooser"),
    initTimeChooser: call("initTimeChooser"),
    createTaskChooser: call("createTaskChooser"),
    Chooser: construct("Chooser"),
    PageChooser: construct("PageChooser"),
    ImageChooser: construct("ImageChooser"),
    DocumentChooser: construct("DocumentChooser"),
    SnippetChooser: construct("SnippetChooser"),
    InlinePanel: panel("InlinePanel"),
    MultipleChooserPanel: panel("MultipleChooserPanel"),
  };
  var SELECTOR = "script[type='application/json'][data-admin-init]";

  function start(block) {
    if (block.dataset.adminStarted) return;
    block.dataset.adminStarted = "1";
    var name = block.dataset.adminInit;
    try {
      if (!Object.prototype.hasOwnProperty.call(STARTERS, name)) throw new Error("unknown widget");
      STARTERS[name].apply(null, JSON.parse(block.textContent));
    } catch (error) {
      // One widget failing leaves the others working, as with separate inline scripts.
      console.error("admin-init: " + name, error);
    }
  }

  function startWithin(root) {
    if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) return;
    if (root.matches && root.matches(SELECTOR)) start(root);
    root.querySelectorAll(SELECTOR).forEach(start);
  }

  startWithin(document);
  new MutationObserver(function (records) {
    records.forEach(function (record) { record.addedNodes.forEach(startWithin); });
  }).observe(document.documentElement, { childList: true, subtree: true });
  // InlinePanel's new form: started at once, as its inline scripts were, before the code that
  // added it goes on (MultipleChooserPanel fills the new form's chooser right away).
  document.addEventListener("w-formset:added", function (event) { startWithin(event.target); });
})();
