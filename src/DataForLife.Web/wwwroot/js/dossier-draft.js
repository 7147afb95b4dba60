// The dossier form keeps its drafts on the server while the team types, and warns before leaving with changes unsaved.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) { return; }
  var status = document.getElementById("autosave-status");
  var base = form.querySelector("input[name='Input.BaseVersion']");
  var idleMs = 3000, spacingMs = 60000;
  var dirty = false, sending = false, stopped = false, submitting = false, lastSent = 0, timer = null;

  function value(name) {
    var field = form.querySelector("[name='Input." + name + "']");
    return field ? field.value : null;
  }

  function body() {
    var used = Array.prototype.map.call(form.querySelectorAll("input[name='Input.UsedDataSets']:checked"), function (c) { return c.value; });
    return JSON.stringify({
      why: value("Why"), how: value("How"), highlights: value("Highlights"), results: value("Results"), dataSets: value("DataSets"),
      roles: value("Roles"), videoUrl: value("VideoUrl"), usedDataSets: used, baseVersion: parseInt(base.value, 10) || 0, submit: false
    });
  }

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", !!isError);
  }

  function clock() {
    var now = new Date();
    return (now.getHours() < 10 ? "0" : "") + now.getHours() + ":" + (now.getMinutes() < 10 ? "0" : "") + now.getMinutes();
  }

  function save(done) {
    if (!dirty || sending || stopped) { if (done) { done(); } return; }
    sending = true;
    dirty = false;
    lastSent = Date.now();
    fetch(form.getAttribute("data-autosave"), {
      method: "PUT", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept-Language": document.documentElement.lang },
      body: body()
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok) {
          base.value = answer.version;
          say(status.getAttribute("data-saved").replace("{0}", clock()).replace("{1}", answer.version), false);
        } else {
          dirty = true;
          // Another member saved meanwhile, or the window closed: stop, and let the person merge or copy by hand.
          if (response.status === 409 || response.status === 403 || response.status === 404) { stopped = true; }
          say(status.getAttribute("data-failed") + " " + (answer.title || ""), true);
        }
      });
    }).catch(function () {
      dirty = true;
      say(status.getAttribute("data-offline"), true);
    }).then(function () {
      sending = false;
      if (done) { done(); }
    });
  }

  function schedule() {
    dirty = true;
    if (timer) { clearTimeout(timer); }
    var wait = Math.max(idleMs, lastSent + spacingMs - Date.now());
    timer = setTimeout(function () { timer = null; save(); }, wait);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", function (e) {
    if (timer) { clearTimeout(timer); timer = null; }
    if (sending) {
      // A draft is on its way: send the form once it is stored, based on the version it made.
      e.preventDefault();
      var submitter = e.submitter;
      var wait = setInterval(function () {
        if (!sending) { clearInterval(wait); form.requestSubmit(submitter); }
      }, 100);
      return;
    }
    submitting = true;
  });
  // A phone that switches to another app may never come back to this page: keep what was typed.
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") { save(); } });
  window.addEventListener("beforeunload", function (e) {
    if (dirty && !submitting) { e.preventDefault(); e.returnValue = ""; }
  });
  // The file uploads reload the page when done: the draft is saved first.
  window.dflSaveDraft = save;
})();
