// page.js starts TimelineJS on the page's data. It is a file of its own,
// not an inline script, so that the page's Content-Security-Policy can
// forbid inline scripts altogether.
(function () {
  'use strict';
  var embed = document.getElementById('timeline-embed');
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  embed.textContent = '';
  // script_path points TimelineJS at the locally served package (its
  // default is Knight Lab's CDN), so the locale file loads offline; font
  // null keeps it from loading its default web fonts from Google.
  var tl = new TL.Timeline('timeline-embed', data, {
    // TimelineJS's locale with day-first date formats (see locale.go).
    language: new URL('/locale/timelinejs-' + (embed.getAttribute('data-language') || 'hi') + '.json', window.location.href).href,
    script_path: new URL('/assets/timelinejs/js/', window.location.href).href,
    font: null,
    hash_bookmark: false,
    initial_zoom: 2,
    timenav_height_percentage: 35
  });
  tl.on('loaded', function () { window.timelineLoaded = true; });
  window.timeline = tl;
})();
