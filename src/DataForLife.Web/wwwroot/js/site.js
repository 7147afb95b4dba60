// Progressive enhancement only: every page works without scripts.
(function () {
  "use strict";
  var lang = document.documentElement.lang === "en" ? "en" : "vi";
  var words = {
    vi: { d: "ngày", ended: "Đã hết hạn", yours: "Giờ của bạn" },
    en: { d: "days", ended: "Deadline passed", yours: "Your time" }
  };

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function tick(el) {
    var target = Date.parse(el.getAttribute("data-countdown"));
    var left = Math.floor((target - Date.now()) / 1000);
    if (isNaN(target)) { return; }
    if (left <= 0) { el.textContent = words[lang].ended; return; }
    var days = Math.floor(left / 86400);
    left -= days * 86400;
    var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
    el.textContent = days + " " + words[lang].d + " " + pad(h) + ":" + pad(m) + ":" + pad(s);
  }

  var countdowns = document.querySelectorAll("[data-countdown]");
  if (countdowns.length) {
    var all = function () { countdowns.forEach(tick); };
    all();
    setInterval(all, 1000);
  }

  // Beside a time given in Viet Nam time, the viewer's own time, when their zone differs.
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && zone !== "Asia/Ho_Chi_Minh" && zone !== "Asia/Saigon") {
    document.querySelectorAll("time[data-local]").forEach(function (el) {
      var when = new Date(el.getAttribute("datetime"));
      if (isNaN(when.getTime())) { return; }
      var text = when.toLocaleString(lang === "en" ? "en-GB" : "vi-VN", { dateStyle: "short", timeStyle: "short" });
      var span = document.createElement("span");
      span.className = "muted local-time";
      span.textContent = " (" + words[lang].yours + ": " + text + ", " + zone + ")";
      el.insertAdjacentElement("afterend", span);
    });
  }

  // Forms that ask for confirmation before a consequential action.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { e.preventDefault(); }
    });
  });
})();
