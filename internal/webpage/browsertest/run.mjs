// run.mjs opens the page of internal/webpage in Debian's chromium, driven
// by playwright-core, and prints what it found as one JSON object on
// stdout for the Go side (package browsertest beside it, which the tests
// of examples/web and examples/desk call) to judge. It saves screenshots
// in OUTDIR.
//
//   node internal/webpage/browsertest/run.mjs BASEURL OUTDIR [full|escaping]
//
// BASEURL is where the story's files are: http://HOST/ for examples/web,
// http://HOST/stories/SLUG/ for examples/desk.
//
// full (the default) opens /hi/ and /en/ at 1366×900 and at 390×844 and, in
// each, goes through every slide: it takes a screenshot, checks every
// label of the time axis, the markers and the slide for clipped glyphs and
// the axis labels for overlaps, and runs axe-core's WCAG 2.2 AA rules. It
// then follows an event link (#event-ID) and the language switch.
// escaping opens /hi/ once, for the test without the Content-Security-Policy.
// index opens a page without a timeline (examples/desk's index of stories)
// at BASEURL/hi/ and /en/ in both sizes: glyphs, axe-core, links and a
// screenshot of the whole page.
//
// Install: apt-get install -y chromium fonts-lohit-deva
//          npm ci --prefix internal/webpage/browsertest
// CHROMIUM overrides the browser's path (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [base, outdir, mode = 'full'] = process.argv.slice(2);
if (!base || !outdir || !['full', 'escaping', 'index'].includes(mode)) {
  console.error('usage: node run.mjs BASEURL OUTDIR [full|escaping|index]');
  process.exit(2);
}
const origin = new URL(base).origin;
const viewports = { desktop: { width: 1366, height: 900 }, mobile: { width: 390, height: 844 } };
const views = mode !== 'escaping'
  ? [['hi', 'desktop'], ['hi', 'mobile'], ['en', 'desktop'], ['en', 'mobile']]
  : [['hi', 'desktop']];
const result = { base, mode, views: [], screenshots: [] };

// inPage holds the checks that run inside the page. They are serialized
// with Function.prototype.toString, so they use nothing from this module.
const inPage = {
  // visible reports whether el is rendered, not transparent and on screen.
  visible(el) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right < 0 || r.bottom < 0 || r.left > innerWidth || r.top > innerHeight) return false;
    for (let e = el; e && e !== document; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden' || cs.display === 'none' || parseFloat(cs.opacity) === 0) return false;
    }
    return true;
  },
  // glyphs checks every visible text of the selectors, glyph by glyph: the
  // ink of each line (measured with canvas measureText in the element's
  // own font, from the baseline of the line's text box) must lie inside
  // every ancestor that clips its overflow. A line wholly outside is a
  // line hidden on purpose (TimelineJS clamps headlines to two lines), not
  // a cut glyph. Horizontal clipping counts inside the label's own box
  // (marker, tick, slide), not where the time axis scrolls it out of view.
  glyphs(selectors) {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    const problems = [];
    let checked = 0;
    const roots = '.tl-timemarker, .tl-timeaxis-tick, .tl-timegroup, .tl-timeera, .tl-slide, header, nav, .tl-menubar, .tl-message, .embed-links, .stories li, .feeds';
    for (const el of document.querySelectorAll(selectors)) {
      if (!inPage.visible(el) || !el.textContent.trim()) continue;
      const root = el.closest(roots);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent;
        if (!text.trim()) continue;
        const cs = getComputedStyle(node.parentElement);
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const m = ctx.measureText(text);
        const range = document.createRange();
        range.selectNodeContents(node);
        // The boxes that clip this text.
        const clips = [];
        for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
          const acs = getComputedStyle(a);
          const ox = acs.overflowX !== 'visible', oy = acs.overflowY !== 'visible';
          if (!ox && !oy) continue;
          const r = a.getBoundingClientRect();
          const box = { top: r.top + a.clientTop, bottom: r.top + a.clientTop + a.clientHeight,
            left: r.left + a.clientLeft, right: r.left + a.clientLeft + a.clientWidth };
          // A box that scrolls (a long slide on a phone) shows the rest of
          // its text when scrolled: its edge cuts nothing for good, and
          // its ancestors clip the box, not this text.
          const scrolls = /auto|scroll/.test(acs.overflowY) && a.scrollHeight > a.clientHeight;
          if (scrolls) break;
          // A label cut off with an ellipsis shows no cut glyph.
          const ellipsis = acs.textOverflow === 'ellipsis' || acs.webkitLineClamp !== 'none';
          const inside = root && root.contains(a);
          clips.push({ box, x: ox && inside && !ellipsis, y: oy, cls: a.className });
        }
        for (const line of range.getClientRects()) {
          if (line.width < 1) continue;
          checked++;
          const baseline = line.top + m.fontBoundingBoxAscent;
          const ink = { top: baseline - m.actualBoundingBoxAscent, bottom: baseline + m.actualBoundingBoxDescent,
            left: line.left, right: line.right };
          for (const c of clips) {
            const outsideY = line.bottom <= c.box.top + 0.5 || line.top >= c.box.bottom - 0.5;
            if (outsideY) break; // a hidden line, not a cut glyph
            const cutTop = c.y && ink.top < c.box.top - 0.5;
            const cutBottom = c.y && ink.bottom > c.box.bottom + 0.5;
            const cutSide = c.x && (ink.left < c.box.left - 0.5 || ink.right > c.box.right + 0.5);
            if (cutTop || cutBottom || cutSide) {
              problems.push({
                text: text.trim().slice(0, 60), element: el.className || el.tagName,
                clippedBy: String(c.cls).slice(0, 60),
                top: cutTop ? +(c.box.top - ink.top).toFixed(1) : 0,
                bottom: cutBottom ? +(ink.bottom - c.box.bottom).toFixed(1) : 0,
                side: cutSide,
              });
              break;
            }
          }
        }
      }
    }
    return { checked, problems };
  },
  // overlaps returns the pairs of visible axis labels whose text boxes
  // overlap, in each row of the axis (major ticks, minor ticks), and the
  // lane names a marker covers.
  overlaps() {
    const out = [];
    let labels = 0;
    for (const row of document.querySelectorAll('.tl-timeaxis-major, .tl-timeaxis-minor')) {
      const boxes = [];
      for (const t of row.querySelectorAll('.tl-timeaxis-tick-text')) {
        if (!inPage.visible(t) || !t.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        const r = range.getBoundingClientRect();
        boxes.push({ text: t.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      }
      boxes.sort((a, b) => a.left - b.left);
      // TimelineJS draws some month ticks twice at the same place (the
      // same glyphs over each other, which shows as one label).
      for (let i = boxes.length - 1; i > 0; i--) {
        if (boxes[i].text === boxes[i - 1].text && Math.abs(boxes[i].left - boxes[i - 1].left) < 0.5) boxes.splice(i, 1);
      }
      labels += boxes.length;
      for (let i = 1; i < boxes.length; i++) {
        const a = boxes[i - 1], b = boxes[i];
        if (b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom) {
          out.push({ a: a.text, b: b.text, overlap: +(a.right - b.left).toFixed(1), row: row.className });
        }
      }
    }
    // A lane's name must not lie under a marker: the top element at the
    // start, middle and end of its text must be the name itself.
    for (const g of document.querySelectorAll('.tl-timegroup-message')) {
      if (!inPage.visible(g) || !g.textContent.trim()) continue;
      labels++;
      const range = document.createRange();
      range.selectNodeContents(g);
      const r = range.getBoundingClientRect();
      const y = (r.top + r.bottom) / 2;
      for (const x of [r.left + 2, (r.left + r.right) / 2, r.right - 2]) {
        // Only a marker covers: TimelineJS's transparent drag surface lies
        // over everything and hides nothing.
        const hit = document.elementFromPoint(x, y);
        if (hit && !g.contains(hit) && hit.closest('.tl-timemarker')) {
          out.push({ a: g.textContent.trim(), b: (hit.textContent || hit.className).trim().slice(0, 40), overlap: 'covered', row: 'lane name' });
          break;
        }
      }
    }
    return { labels, overlaps: out };
  },
};
const inPageSource = `(() => { const inPage = {${Object.entries(inPage).map(([k, f]) => `${k}: ${f.toString().replace(/^(\w+)\(/, 'function(')}`).join(',\n')}}; return inPage; })()`;
const glyphSelectors = [
  '.tl-timemarker-text h2.tl-headline', '.tl-timeaxis-tick-text', '.tl-timegroup-message', '.tl-timeera-text h2',
  '.tl-slide .tl-headline', '.tl-headline-date', '.tl-text-content p', '.tl-text-content li',
  '.tl-slidenav-title', '.tl-slidenav-description', 'header h1', 'header p', 'nav a', '.embed-links a', '.tl-message-content',
].join(', ');

const indexSelectors = ['header h1', 'header p', 'main h2', 'main h3', '.stories p', '.feeds p', '.feed-list a', '#lang-switch'].join(', ');

const profile = mkdtempSync(path.join(os.tmpdir(), 'samayrekha-chromium-'));
let browser;
try {
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: viewports.desktop,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [lang, size] of views) {
    const page = await browser.newPage();
    await page.setViewportSize(viewports[size]);
    const view = {
      lang, size, viewport: viewports[size], slides: [], jsonld: null, links: {},
      glyphs: { checked: 0, problems: [] }, axis: { labels: 0, overlaps: [] }, axe: [],
      externalRequests: [], failedResponses: [], pageErrors: [], consoleErrors: [],
    };
    result.views.push(view);
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:')) view.externalRequests.push(u);
    });
    page.on('response', (r) => { if (r.status() >= 400) view.failedResponses.push({ url: r.url(), status: r.status() }); });
    page.on('pageerror', (e) => view.pageErrors.push(String(e && e.message || e)));
    page.on('console', (m) => { if (m.type() === 'error') view.consoleErrors.push(m.text()); });

    const load = async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.timelineLoaded === true, null, { timeout: 20000 });
      await page.waitForSelector('.tl-slide .tl-headline');
      await page.evaluate(`window.__checks = ${inPageSource}`);
    };
    const settle = async (id) => {
      // TimelineJS slides in over about a second; wait until the slide
      // rests at the left edge (or 3 s at most) and the axis has moved.
      await page.waitForFunction((id) => {
        const el = document.getElementById(id);
        const box = el && el.getBoundingClientRect();
        return box && Math.abs(box.left) < 2;
      }, id, { timeout: 3000 }).catch(() => {});
      await page.waitForTimeout(1100);
    };
    const check = async (where) => {
      const g = await page.evaluate((sel) => window.__checks.glyphs(sel), glyphSelectors);
      const o = await page.evaluate(() => window.__checks.overlaps());
      view.glyphs.checked += g.checked;
      view.axis.labels += o.labels;
      for (const p of g.problems) view.glyphs.problems.push({ where, ...p });
      for (const p of o.overlaps) view.axis.overlaps.push({ where, ...p });
    };
    const axe = async (where) => {
      await page.evaluate(axeSource);
      const r = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      }));
      for (const v of r.violations) {
        view.axe.push({ where, id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) });
      }
    };
    const shot = async (name) => {
      const file = path.join(outdir, `${lang}-${size}-${name}.png`);
      await page.screenshot({ path: file });
      result.screenshots.push(file);
    };

    if (mode === 'index') {
      await page.goto(`${base}${lang}/`, { waitUntil: 'load' });
      await page.evaluate(`window.__checks = ${inPageSource}`);
      const g = await page.evaluate((sel) => window.__checks.glyphs(sel), indexSelectors);
      view.glyphs.checked += g.checked;
      for (const p of g.problems) view.glyphs.problems.push({ where: 'index', ...p });
      view.axis.labels = -1; // no time axis on this page
      await axe('index');
      Object.assign(view, await page.evaluate(() => {
        const links = {};
        for (const a of document.querySelectorAll('a[id]')) links[a.id] = a.getAttribute('href');
        return {
          htmlLang: document.documentElement.lang, links,
          stories: [...document.querySelectorAll('.stories > li')].map((li) => ({
            id: li.id, title: li.querySelector('h3').textContent, href: li.querySelector('h3 a').getAttribute('href'),
            latest: (li.querySelector('.latest') || {}).textContent || '',
          })),
          webcal: [...document.querySelectorAll('a[data-webcal]')].map((a) => a.getAttribute('href')),
        };
      }));
      await page.screenshot({ path: path.join(outdir, `index-${lang}-${size}.png`), fullPage: true });
      result.screenshots.push(path.join(outdir, `index-${lang}-${size}.png`));
      await page.close();
      continue;
    }
    await load(`${base}${lang}/`);
    // On a phone the header fills the first screen; a reader scrolls to
    // the timeline, which then fills the screen.
    await page.evaluate(() => document.getElementById('timeline-embed').scrollIntoView());
    await page.waitForTimeout(1100);
    Object.assign(view, await page.evaluate(() => {
      const text = (el) => (el ? el.textContent : null);
      const slides = [...document.querySelectorAll('.tl-storyslider .tl-slide')].map((s) => {
        const h = s.querySelector('.tl-headline');
        return {
          id: s.id,
          title: s.classList.contains('tl-slide-titleslide'),
          headline: text(h),
          headlineElements: h ? [...h.querySelectorAll('*')].map((e) => e.className || e.tagName) : null,
          date: text(s.querySelector('.tl-headline-date')),
          text: text(s.querySelector('.tl-text-content')),
        };
      });
      const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent));
      const links = {};
      for (const a of document.querySelectorAll('a[id]')) links[a.id] = a.getAttribute('href');
      const injected = document.querySelectorAll('.tl-timeline img[src="x"], .tl-timeline script').length;
      // English words TimelineJS itself shows: button labels and messages.
      const chrome = [...document.querySelectorAll('[aria-label], .tl-message-content, .tl-menubar-button, [title]')]
        .map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.classList.contains('tl-message-content') ? e.textContent : null])
        .flat().filter(Boolean);
      return {
        slides, jsonld: ld, links, injectedElements: injected, chrome,
        htmlLang: document.documentElement.lang,
        pwned: typeof window.__pwned !== 'undefined',
        markers: document.querySelectorAll('.tl-timemarker').length,
        currentID: window.timeline.current_id,
      };
    }));
    await check('opening');
    if (mode === 'full') await axe('opening');
    await shot('opening');
    for (const s of view.slides.filter((s) => !s.title)) {
      await page.evaluate((id) => window.timeline.goToId(id), s.id);
      await settle(s.id);
      await check(s.id);
      await shot(s.id);
    }
    if (mode === 'full') {
      await axe('last slide');
      // The swipe overlay and zoom buttons are TimelineJS's own words.
      view.chromeAfter = await page.evaluate(() => [...document.querySelectorAll('.tl-menubar-button')].map((b) => b.getAttribute('aria-label')));

      // An event link opens its slide, and the address follows the slide.
      const target = view.slides.filter((s) => !s.title).at(-1).id;
      await page.goto('about:blank'); // a fresh load, not a jump within the page
      await load(`${base}${lang}/#event-${target}`);
      await settle(target);
      const shown = await page.evaluate(() => window.timeline.current_id);
      // A reader's click on the previous event moves the address along.
      await page.click('.tl-slidenav-previous');
      await page.waitForTimeout(1200);
      const after = await page.evaluate(() => ({ hash: location.hash, id: window.timeline.current_id, switchHref: document.getElementById('lang-switch').getAttribute('href') }));
      view.eventLink = { requested: target, shown, hashAfterPrev: after.hash, idAfterPrev: after.id, switchHref: after.switchHref };

      // The language switch opens the same event in the other language.
      await page.click('#lang-switch');
      await page.waitForFunction(() => window.timelineLoaded === true, null, { timeout: 20000 });
      await page.waitForTimeout(1200);
      view.langSwitch = await page.evaluate(() => ({
        url: location.pathname + location.hash, htmlLang: document.documentElement.lang, id: window.timeline.current_id,
      }));
    }
    view.pwned = await page.evaluate(() => typeof window.__pwned !== 'undefined');
    await page.close();
  }
} catch (err) {
  result.error = String(err && err.stack || err);
} finally {
  if (browser) await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
// process.exit could cut the output short on a pipe: let it drain.
process.exitCode = result.error ? 1 : 0;
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
