// The check-in desk's camera: frames go to jsQR (served by the platform); a ticket's code fills the form, which is
// sent as if typed. After each scan the camera opens again by itself, until the organiser stops it.
(function () {
  "use strict";
  var start = document.getElementById("camera-start");
  var stop = document.getElementById("camera-stop");
  var video = document.getElementById("camera");
  var field = document.getElementById("ticket-code");
  var form = document.getElementById("check-in-form");
  if (!start || !video || !field || !form || !window.jsQR || !navigator.mediaDevices) { return; }
  var canvas = document.createElement("canvas");
  var context = canvas.getContext("2d", { willReadFrequently: true });
  var stream = null;

  function scan() {
    if (!stream) { return; }
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
      if (code && code.data) {
        field.value = code.data;
        sessionStorage.setItem("dfl-scanning", "1");
        halt();
        form.submit();
        return;
      }
    }
    requestAnimationFrame(scan);
  }

  function halt() {
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
    stream = null;
    video.hidden = true;
    start.hidden = false;
    stop.hidden = true;
  }

  function open() {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      start.hidden = true;
      stop.hidden = false;
      video.play();
      requestAnimationFrame(scan);
    }).catch(function () {
      sessionStorage.removeItem("dfl-scanning");
      document.getElementById("camera-error").hidden = false;
    });
  }

  start.hidden = false;
  start.addEventListener("click", open);
  stop.addEventListener("click", function () { sessionStorage.removeItem("dfl-scanning"); halt(); });
  if (sessionStorage.getItem("dfl-scanning") === "1") { open(); }
})();
