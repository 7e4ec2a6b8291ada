/*
 * Newsline embed resizer for host pages (MIT, no dependencies). Include once, after your iframes:
 *   <iframe src="https://NEWSLINE/embed/ID/timeline" data-newsline-embed …></iframe>
 *   <script src="https://NEWSLINE/embed/resize.js" async></script>
 * Each embed posts {type: "newsline:height", height} to its parent. A message is applied only when
 * it comes from the window of one of this page's Newsline iframes AND from that iframe's origin,
 * and the height is a finite number; it is clamped to 100–5000 px.
 */
(function () {
  "use strict";
  if (window.__newslineResize) return;
  window.__newslineResize = true;
  var MIN = 100;
  var MAX = 5000;

  function originOf(src) {
    try {
      return new URL(src, window.location.href).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "newsline:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    var frames = document.querySelectorAll("iframe[data-newsline-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + "px";
      return;
    }
  });
})();
