/*
 * IP Atlas embed host script. Include it once on a page that embeds IP Atlas iframes:
 *   <script src="https://<atlas host>/embed.js" async></script>
 * It listens for {type: "ip-atlas:height", id, height} from an IP Atlas iframe and
 * sets that iframe's height. It ignores every other message, and messages whose
 * source is not one of the page's iframes or whose origin is not that iframe's.
 */
(function () {
  'use strict';
  if (window.__ipAtlasEmbedHost) return;
  window.__ipAtlasEmbedHost = true;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'ip-atlas:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('height', String(Math.ceil(height)));
      return;
    }
  });
})();
