// page.js starts TimelineJS on the page's data. It is a file of its own,
// not an inline script, so that the page's Content-Security-Policy can
// forbid inline scripts altogether.
(function () {
  'use strict';
  // The page names the calendar feed by its path, so that its bytes are
  // the same wherever it is served from (a Go server, a static export
  // behind a CDN); the subscribe link opens the reader's calendar program
  // with the webcal:// address of the host the page came from.
  document.querySelectorAll('a[data-webcal]').forEach(function (a) {
    a.setAttribute('href', 'webcal://' + location.host + a.getAttribute('href'));
  });
  var embed = document.getElementById('timeline-embed');
  if (!embed) return; // a page without a timeline (a desk's index)
  var lang = embed.getAttribute('data-language') || 'hi';
  var isEmbed = embed.getAttribute('data-embed') === 'true';
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  // The full page has the title and description in its header; a title
  // slide would show them a second time. The embed page has no header, so
  // it keeps the title slide.
  if (!isEmbed) delete data.title;
  embed.textContent = '';
  // script_path points TimelineJS at the locally served package (its
  // default is Knight Lab's CDN), so the locale file loads offline; font
  // null keeps it from loading its default web fonts from Google.
  var tl = new TL.Timeline('timeline-embed', data, {
    // TimelineJS's locale with day-first dates and a complete Hindi message
    // set (see locale.go).
    language: new URL('/locale/timelinejs-' + lang + '.json', window.location.href).href,
    script_path: new URL('/assets/timelinejs/js/', window.location.href).href,
    font: null,
    // Every event has a link of its own: #event-ID opens its slide, and the
    // address follows the slide shown.
    hash_bookmark: true,
    initial_zoom: 2,
    // Devanagari day labels ("18 नवंबर") are wider than English ones; the
    // axis shows one label every optimal_tick_width pixels at most, so
    // that none overlaps the next.
    optimal_tick_width: lang === 'hi' ? 84 : 66,
    marker_height_min: 30,
    marker_padding: 3,
    timenav_height_percentage: 45,
    timenav_mobile_height_percentage: 45
  });
  // TimelineJS builds some accessible names itself, in English and from
  // the headlines' HTML ("<span class=…>प्रस्तावित</span> …, press space to
  // show"). Give them as plain text, and in Hindi on the Hindi page.
  var hindi = lang === 'hi';
  var fixed = hindi ? [
    [/^(next|previous), (Next|Previous), Date$/, '$1'], // an empty navigation button
    [/^next\b/, 'अगली घटना'],
    [/^previous\b/, 'पिछली घटना'],
    [/^Timeline$/, 'टाइमलाइन'],
    [/^Timeline content$/, 'टाइमलाइन की सामग्री'],
    [/^Timeline navigation\b/, 'टाइमलाइन की घटनाएँ'],
    [/, press space to show$/, ', देखने के लिए स्पेस दबाएँ'],
    [/, shown$/, ', अभी दिख रही है'],
    [/, shown,/, ', अभी दिख रही है,'],
    [/^Navigate between markers with arrow keys\..*$/, 'तीर कुंजियों से एक घटना से दूसरी पर जाएँ; पहली के लिए होम और आख़िरी के लिए एंड कुंजी दबाएँ।']
  ] : [];
  var inert = new DOMParser(); // parses without running scripts or loading images
  function plain(html) {
    return inert.parseFromString('<body>' + html, 'text/html').body.textContent;
  }
  var written = new WeakMap(); // what localize last wrote, never parsed again
  function localize(el) {
    ['aria-label', 'aria-description'].forEach(function (attr) {
      var v = el.getAttribute(attr);
      var mine = written.get(el) || {};
      if (!v || v === mine[attr]) return;
      var nv = /[<&]/.test(v) ? plain(v) : v;
      fixed.forEach(function (f) { nv = nv.replace(f[0], f[1]); });
      mine[attr] = nv;
      written.set(el, mine);
      if (nv !== v) el.setAttribute(attr, nv);
    });
    // A navigation button's visible text is its title and date, in two
    // blocks with nothing between them ("…summitDecember 2025"); a space
    // keeps the words apart for assistive technology, which matches the
    // visible text against the button's name (WCAG 2.5.3).
    var title = el.querySelector && el.querySelector(':scope > .tl-slidenav-content-container > .tl-slidenav-title');
    if (title && !/\s$/.test(title.textContent)) title.appendChild(document.createTextNode(' '));
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) { localize(r.target); });
  }).observe(embed, { subtree: true, attributes: true, attributeFilter: ['aria-label', 'aria-description'] });

  // A marker shows as many whole lines of its headline as its height
  // holds: TimelineJS clamps every headline to two lines, and a lower
  // marker cut the second line through its letters.
  function fit(content) {
    var h = content.querySelector('.tl-timemarker-text h2.tl-headline');
    if (!h) return;
    var lh = parseFloat(getComputedStyle(h).lineHeight) || 18;
    var cs = getComputedStyle(content);
    var room = content.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    var lines = Math.max(1, Math.floor((room + 0.5) / lh));
    h.style.webkitLineClamp = String(lines);
    h.style.maxHeight = lines * lh + 'px';
  }
  var sizes = new ResizeObserver(function (entries) {
    entries.forEach(function (e) { fit(e.target); });
  });

  // The language switch opens the same event in the other language.
  var other = document.getElementById('lang-switch');
  var otherBase = other && other.getAttribute('href').split('#')[0];
  function follow(id) {
    if (other && id) other.setAttribute('href', otherBase + '#event-' + id);
  }
  var synced = false;
  tl.on('change', function (e) {
    follow(e.unique_id);
    // TimelineJS moves the address along only when a reader navigates;
    // its goToId, goToNext and goToPrev leave the old event's link behind.
    // Not before TimelineJS has opened the event the address asked for.
    if (synced && e.unique_id && location.hash !== '#event-' + e.unique_id) history.replaceState(null, '', '#event-' + e.unique_id);
  });
  tl.on('loaded', function () {
    follow(tl.current_id);
    localize(embed);
    embed.querySelectorAll('[aria-label], [aria-description]').forEach(localize);
    embed.querySelectorAll('.tl-timemarker-content').forEach(function (c) {
      fit(c);
      sizes.observe(c);
    });
    // A slide whose text is longer than the screen scrolls; it must be
    // reachable from the keyboard to scroll it (WCAG 2.1.1).
    embed.querySelectorAll('.tl-slide').forEach(function (s) { s.setAttribute('tabindex', '0'); });
    // TimelineJS opens the #event-ID of the address right after this
    // handler, going through the first slide: follow the address only then.
    setTimeout(function () {
      synced = true;
      follow(tl.current_id);
      window.timelineLoaded = true;
    }, 0);
  });
  window.timeline = tl;
})();
