// The venue's countdown: the mark and the server's time come from the page; the screen corrects its own clock by
// the difference, and asks the server again every 15 seconds so that a start or a change shows without a reload.
(function () {
  "use strict";
  var clock = document.querySelector("[data-clock]");
  if (!clock) { return; }
  var digits = document.getElementById("clock-digits");
  var label = document.getElementById("clock-label");
  var offset = 0;

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function sync(serverNow) { offset = Date.parse(serverNow) - Date.now(); }

  function render() {
    var ends = Date.parse(clock.getAttribute("data-ends-at") || "");
    if (isNaN(ends)) { return; }
    var left = Math.max(0, Math.floor((ends - (Date.now() + offset)) / 1000));
    digits.textContent = pad(Math.floor(left / 3600)) + ":" + pad(Math.floor(left % 3600 / 60)) + ":" + pad(left % 60);
    if (left === 0 && clock.getAttribute("data-state") === "running") {
      clock.setAttribute("data-state", "over");
      label.textContent = clock.getAttribute("data-word-over");
    }
  }

  function poll() {
    var request = new XMLHttpRequest();
    request.open("GET", clock.getAttribute("data-api"));
    request.setRequestHeader("Accept", "application/json");
    request.onload = function () {
      if (request.status !== 200) { return; }
      var state = JSON.parse(request.responseText);
      sync(state.serverNow);
      var startedSince = state.state !== "notStarted" && clock.getAttribute("data-state") === "notStarted";
      var moved = state.endsAt && Date.parse(state.endsAt) !== Date.parse(clock.getAttribute("data-ends-at") || "");
      if (startedSince || moved) { window.location.reload(); }
    };
    request.send();
  }

  sync(clock.getAttribute("data-server-now"));
  render();
  setInterval(render, 250);
  setInterval(poll, 15000);
})();
