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
      var text = when.toLocaleString(lang === "en" ? "en-GB" : "vi-VN",
        { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
      var span = document.createElement("span");
      span.className = "muted local-time";
      span.textContent = " (" + words[lang].yours + ": " + text + ", " + zone + ")";
      // After the label that names Viet Nam time, so the label stays with the time it belongs to.
      var label = el.nextElementSibling;
      var between = el.nextSibling;
      var adjacent = label && (between === label || (between.nodeType === 3 && !between.textContent.trim() && between.nextSibling === label));
      var anchor = adjacent && label.classList.contains("zone") ? label : el;
      anchor.insertAdjacentElement("afterend", span);
    });
  }

  // Word counts beside the dossier's parts, as the team types.
  document.querySelectorAll("[data-word-count-for]").forEach(function (counter) {
    var area = document.getElementById(counter.getAttribute("data-word-count-for"));
    if (!area) { return; }
    var limit = parseInt(area.getAttribute("data-word-limit"), 10);
    var update = function () {
      var words = area.value.trim() === "" ? 0 : area.value.trim().split(/\s+/).length;
      counter.textContent = words + " / " + limit + (lang === "en" ? " words" : " từ");
      counter.classList.toggle("error", words > limit);
    };
    area.addEventListener("input", update);
    update();
  });

  // Dossier files go up one by one as the raw request body, with a progress line; the server tells their type by content.
  var uploads = document.querySelector("[data-upload-base]");
  if (uploads) {
    var status = document.getElementById("upload-status");
    var send = function (files, kind, index) {
      if (index >= files.length) {
        var reload = function () { window.location.reload(); };
        if (window.dflSaveDraft) { window.dflSaveDraft(reload); } else { reload(); }
        return;
      }
      var file = files[index];
      var request = new XMLHttpRequest();
      request.open("POST", uploads.getAttribute("data-upload-base") + "?kind=" + kind + "&name=" + encodeURIComponent(file.name));
      request.setRequestHeader("Content-Type", "application/octet-stream");
      request.setRequestHeader("Accept-Language", lang);
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          status.textContent = status.getAttribute("data-uploading") + " " + file.name + ": " + Math.round(100 * e.loaded / e.total) + "%";
        }
      };
      request.onload = function () {
        if (request.status >= 200 && request.status < 300) {
          status.textContent = status.getAttribute("data-uploaded") + " " + file.name;
          send(files, kind, index + 1);
        } else {
          var message = file.name;
          try { message = file.name + ": " + JSON.parse(request.responseText).title; } catch (ignored) { }
          status.textContent = message;
          status.classList.add("error");
        }
      };
      request.onerror = function () { status.textContent = file.name + ": " + (lang === "en" ? "the upload failed" : "tải lên không thành công"); };
      request.send(file);
    };
    uploads.querySelectorAll("input[type=file][data-kind]").forEach(function (input) {
      input.addEventListener("change", function () {
        status.classList.remove("error");
        send(Array.prototype.slice.call(input.files), input.getAttribute("data-kind"), 0);
      });
    });
  }

  function labelOf(field) {
    return (field.id && document.querySelector("label[for='" + field.id + "']")) || field.closest("label");
  }

  // A refused form: focus goes to the summary at the top, and each of its links takes the reader to the field.
  var summary = document.querySelector("[data-error-summary]") || document.getElementById("alert");
  if (summary) {
    if (!summary.hasAttribute("tabindex")) { summary.setAttribute("tabindex", "-1"); }
    summary.scrollIntoView();
    summary.focus();
    summary.querySelectorAll("a[data-field]").forEach(function (link) {
      link.addEventListener("click", function (e) {
        var field = link.getAttribute("data-field");
        var target = document.getElementById(link.getAttribute("href").slice(1)) ||
          document.querySelector("[data-error-target='" + field + "']") ||
          document.getElementsByName(field)[0];
        if (!target) { return; }
        e.preventDefault();
        (labelOf(target) || target).scrollIntoView();
        target.focus();
      });
      // "This part is required" three times says little: each error is named by its field's label.
      var target = document.getElementById(link.getAttribute("href").slice(1));
      var label = target && labelOf(target);
      var name = label ? label.textContent.trim() : "";
      if (name && link.textContent.indexOf(name) < 0) { link.textContent = name + ": " + link.textContent; }
    });
  }

  // Sharing an entry: the phone's share sheet when it has one, else copying the link.
  document.querySelectorAll("[data-share]").forEach(function (box) {
    var url = box.getAttribute("data-share-url"), title = box.getAttribute("data-share-title");
    var native = box.querySelector(".share-native"), copy = box.querySelector(".share-copy");
    var status = box.querySelector(".share-status");
    if (navigator.share) {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () { });
      });
    }
    if (navigator.clipboard && window.isSecureContext) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(function () { status.textContent = copy.getAttribute("data-copied"); });
      });
    }
  });

  // On a narrow screen the navigation waits behind the menu button.
  var toggle = document.querySelector(".menu-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      toggle.parentElement.classList.toggle("open", open);
    });
  }

  // A table wider than the screen scrolls in its own region, which the keyboard must reach too.
  document.querySelectorAll(".table-wrap").forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute("tabindex")) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      var table = wrap.querySelector("table");
      var caption = table && table.querySelector("caption");
      var heading = wrap.previousElementSibling;
      var name = caption ? caption.textContent : heading && /^H[2-4]$/.test(heading.tagName) ? heading.textContent : document.title;
      wrap.setAttribute("aria-label", name.trim());
    }
  });

  // Forms that ask for confirmation before a consequential action.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { e.preventDefault(); }
    });
  });
})();
