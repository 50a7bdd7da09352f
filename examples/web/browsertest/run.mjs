// run.mjs opens the examples/web page in Debian's chromium, driven by
// playwright-core, waits for TimelineJS to render, and prints what it found
// as one JSON object on stdout for the Go test (examples/web/web_test.go) to
// judge. It saves screenshots in OUTDIR.
//
//   node examples/web/browsertest/run.mjs URL OUTDIR
//
// Install: apt-get install -y chromium fonts-lohit-deva
//          npm ci --prefix examples/web/browsertest
// CHROMIUM overrides the browser's path (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [url, outdir] = process.argv.slice(2);
if (!url || !outdir) {
  console.error('usage: node run.mjs URL OUTDIR');
  process.exit(2);
}
const origin = new URL(url).origin;
const profile = mkdtempSync(path.join(os.tmpdir(), 'samayrekha-chromium-'));
const result = {
  url, slides: [], pwned: null, jsonld: null, links: {},
  externalRequests: [], failedResponses: [], pageErrors: [], consoleErrors: [], screenshots: [],
};

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) result.externalRequests.push(u);
  });
  page.on('response', (r) => { if (r.status() >= 400) result.failedResponses.push({ url: r.url(), status: r.status() }); });
  page.on('pageerror', (e) => result.pageErrors.push(String(e && e.message || e)));
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.timelineLoaded === true, null, { timeout: 20000 });
  await page.waitForSelector('.tl-slide .tl-headline');

  Object.assign(result, await page.evaluate(() => {
    const text = (el) => (el ? el.textContent : null);
    const slides = [...document.querySelectorAll('.tl-storyslider .tl-slide')].map((s) => {
      const h = s.querySelector('.tl-headline');
      return {
        id: s.id,
        title: s.classList.contains('tl-slide-titleslide'),
        headline: text(h),
        headlineElements: h ? h.childElementCount : null,
        date: text(s.querySelector('.tl-headline-date')),
        text: text(s.querySelector('.tl-text-content')),
      };
    });
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent));
    const links = {};
    for (const a of document.querySelectorAll('nav a[id]')) links[a.id] = a.getAttribute('href');
    const injected = document.querySelectorAll('.tl-timeline img[src="x"], .tl-timeline script').length;
    return {
      slides, jsonld: ld, links, injectedElements: injected,
      pwned: typeof window.__pwned !== 'undefined',
      markers: document.querySelectorAll('.tl-timemarker').length,
    };
  }));

  const shot = async (name) => {
    const file = path.join(outdir, name);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
  };
  await shot('timeline-title.png');
  // Every event's slide, one screenshot each, through TimelineJS's own API.
  for (const s of result.slides.filter((s) => !s.title)) {
    await page.evaluate((id) => window.timeline.goToId(id), s.id);
    // TimelineJS slides in over about a second; shoot once the slide has
    // come to rest at the left edge (or after 3 s at most).
    await page.waitForFunction((id) => {
      const el = document.getElementById(id);
      const box = el && el.getBoundingClientRect();
      return box && Math.abs(box.left) < 2;
    }, s.id, { timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(300);
    await shot(`timeline-${s.id}.png`);
  }
  result.pwned = await page.evaluate(() => typeof window.__pwned !== 'undefined');
} catch (err) {
  result.error = String(err && err.stack || err);
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
process.exit(result.error ? 1 : 0);
