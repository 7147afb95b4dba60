// The stage's pitch timer: one team at a time in the drawn order; green with a beep once the least time is reached,
// red with a double beep at the most. Keyboard: space starts and pauses, R resets, the arrows (or N and P) change team.
(function () {
  "use strict";
  var stage = document.querySelector("[data-stage]");
  if (!stage) { return; }
  var least = parseInt(stage.getAttribute("data-min-seconds"), 10);
  var most = parseInt(stage.getAttribute("data-max-seconds"), 10);
  var teams = Array.prototype.slice.call(document.querySelectorAll("#stage-order li"));
  var time = document.getElementById("stage-time");
  var cue = document.getElementById("stage-cue");
  var team = document.getElementById("stage-team");
  var idea = document.getElementById("stage-idea");
  var toggle = document.getElementById("stage-toggle");
  var index = 0, elapsed = 0, startedAt = null, heard = 0, audio = null;

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function beep(times) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      for (var i = 0; i < times; i++) {
        var tone = audio.createOscillator(), gain = audio.createGain();
        tone.frequency.value = times > 1 ? 880 : 660;
        tone.connect(gain); gain.connect(audio.destination);
        var at = audio.currentTime + i * 0.35;
        gain.gain.setValueAtTime(0.4, at); gain.gain.setValueAtTime(0, at + 0.25);
        tone.start(at); tone.stop(at + 0.3);
      }
    } catch (e) { /* no sound on this screen: the colours still tell */ }
  }

  function seconds() { return Math.floor((elapsed + (startedAt === null ? 0 : Date.now() - startedAt)) / 1000); }

  function render() {
    var s = seconds();
    time.textContent = pad(Math.floor(s / 60)) + ":" + pad(s % 60);
    var level = s >= most ? 2 : s >= least ? 1 : 0;
    stage.classList.toggle("cue-min", level === 1);
    stage.classList.toggle("cue-max", level === 2);
    cue.textContent = stage.getAttribute(level === 2 ? "data-word-max" : level === 1 ? "data-word-min" : startedAt === null ? (s === 0 ? "data-word-ready" : "data-word-paused") : "data-word-running");
    if (level > heard) { beep(level); heard = level; }
  }

  function show() {
    if (teams.length === 0) { return; }
    var current = teams[index];
    team.textContent = (index + 1) + "/" + teams.length + " · " + current.getAttribute("data-code") + " · " + current.getAttribute("data-name");
    idea.textContent = current.getAttribute("data-idea");
    teams.forEach(function (li, i) { li.classList.toggle("current", i === index); });
  }

  function startOrPause() {
    if (startedAt === null) { startedAt = Date.now(); toggle.textContent = toggle.getAttribute("data-pause"); }
    else { elapsed += Date.now() - startedAt; startedAt = null; toggle.textContent = toggle.getAttribute("data-start"); }
    render();
  }

  function reset() { elapsed = 0; startedAt = null; heard = 0; toggle.textContent = toggle.getAttribute("data-start"); render(); }

  function move(by) {
    if (teams.length === 0) { return; }
    index = Math.min(teams.length - 1, Math.max(0, index + by));
    reset(); show();
  }

  toggle.addEventListener("click", startOrPause);
  document.getElementById("stage-reset").addEventListener("click", reset);
  document.getElementById("stage-next").addEventListener("click", function () { move(1); });
  document.getElementById("stage-previous").addEventListener("click", function () { move(-1); });
  document.addEventListener("keydown", function (e) {
    if (e.target && (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA")) { return; }
    var key = e.key;
    // A focused button takes space and enter itself, as a click.
    if (e.target && e.target.tagName === "BUTTON" && (key === " " || key === "Enter")) { return; }
    if (key === " " || key === "Spacebar") { e.preventDefault(); startOrPause(); }
    else if (key === "r" || key === "R") { reset(); }
    else if (key === "ArrowRight" || key === "n" || key === "N") { move(1); }
    else if (key === "ArrowLeft" || key === "p" || key === "P") { move(-1); }
    else if (key === "f" || key === "F") { if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); } }
  });
  show();
  render();
  setInterval(render, 200);
})();
