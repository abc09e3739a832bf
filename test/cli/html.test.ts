/**
 * End-to-end: `tuff analyse --format html` opened in a real browser — a
 * Chromium found by test/helpers/chromium.ts (`TUFF_CHROMIUM`, a system
 * Chromium/Chrome, else the one the devDependency @sparticuz/chromium ships)
 * driven by playwright-core. For the hostile-labels fixture and the bundled example
 * (Danish and English): one map element per actor, no console errors, no
 * network requests (anything but file:, data:, about:), no dialogs, hostile
 * labels shown as text with no injected element, the actor table sorts on
 * click, hovering an actor shows its ties, the print layout hides the
 * interactive panel. On a 400 px phone viewport (issue 15): labels drawn at
 * 12 px on screen or more at every zoom, never overlapping, more of them when
 * zoomed in, the selected actor's neighbours first; the wheel zooms about the
 * pointer and leaves the page to scroll at the whole map, a trackpad pinch
 * (ctrl+wheel), a drag pans without selecting, the + / − / whole-map buttons by
 * click and keyboard, keys on a focused circle, a two-finger pinch; "Find an
 * actor" selects, centres and zooms on the actor and marks its table row; the
 * controls in Danish; without JavaScript the static map and no controls.
 * Screenshots go to test-artifacts/html/ (git-ignored) for people to look at.
 *
 * Without a Chromium this test FAILS with a message saying what was tried;
 * it never skips.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../helpers/chromium.js';
import { ROOT, tuff } from '../helpers/exec.js';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'html');
const HOSTILE = 'fixtures/render/hostile';
const EXAMPLE = 'examples/boegely';

interface Opened {
  readonly page: Page;
  /** Console errors and warnings, uncaught exceptions. */
  readonly problems: string[];
  /** URLs of requests that would leave the file. */
  readonly requests: string[];
  /** alert/confirm/prompt messages: an injected script would show up here. */
  readonly dialogs: string[];
}

let browser: Browser | undefined;
let dir = '';

/** Render `input` to an HTML file with the built CLI; also return its JSON report. */
function render(input: string, lang: 'en' | 'da', name: string): { file: string; report: { actors: Record<string, { degree: number; label: string | null }> } } {
  const file = path.join(dir, `${name}.html`);
  const html = tuff(['analyse', input, '--format', 'html', '--lang', lang, '--out', file]);
  expect(html.stderr).toBe('');
  expect(html.status).toBe(0);
  const json = tuff(['analyse', input, '--format', 'json']);
  expect(json.status).toBe(0);
  return { file, report: JSON.parse(json.stdout) };
}

async function open(file: string): Promise<Opened> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: Opened = { page, problems: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => opened.problems.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data|about):/.test(r.url())) opened.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return opened;
}

/** Why there is no browser: every test fails with it (a throwing beforeAll would count them as skipped). */
let unavailable: unknown;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tuff-html-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    const found = findChromium(); // throws when there is none
    console.log(`Chromium (${found.source}): ${found.executablePath}`);
    // Up to three starts: once, under a full test run's load, the packaged Chromium crashed while starting (SIGSEGV,
    // no log) and started fine every time after. A browser that never starts still fails every test below.
    for (let attempt = 1; browser === undefined; attempt++) {
      try {
        browser = await chromium.launch({ executablePath: found.executablePath, args: ARGS, env: { ...process.env, ...found.env } });
      } catch (error) {
        if (attempt === 3) throw error;
        console.error(`Chromium did not start (attempt ${attempt} of 3): ${String(error).split('\n')[0]}`);
      }
    }
  } catch (error) {
    unavailable = error;
  }
});

beforeEach(() => {
  if (browser === undefined) throw unavailable;
});

afterAll(async () => {
  await browser?.close();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('HTML report with hostile labels, in Chromium', () => {
  it('shows every actor once on the map, runs without errors, requests or dialogs', async () => {
    const { file, report } = render(HOSTILE, 'en', 'hostile');
    const { page, problems, requests, dialogs } = await open(file);
    const ids = await page.$$eval('svg#map circle.actor', (cs) => cs.map((c) => c.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(Object.keys(report.actors).sort());
    await page.locator('circle.actor').first().hover();
    await page.screenshot({ path: path.join(ARTIFACTS, 'hostile.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('renders hostile labels and ids as text and injects no element', async () => {
    const { file } = render(HOSTILE, 'en', 'hostile');
    const { page, dialogs } = await open(file);
    const names = await page.$$eval('table.actors button.name', (bs) => bs.map((b) => b.textContent));
    expect(names).toContain('<script>alert(1)</script>');
    expect(names).toContain('"><img src=x onerror=alert(1)>');
    expect(names).toContain('Pipe | bar *star* _under_ [link](http://example.com)');
    const titles = await page.$$eval('svg#map circle.actor > title', (ts) => ts.map((t) => t.textContent));
    expect(titles).toContain('<script>alert(1)</script>');
    const hostileId = await page.$$eval('svg#map circle.actor', (cs) => cs.map((c) => c.getAttribute('data-id')).filter((id) => id?.startsWith('"')));
    expect(hostileId).toEqual(['"><svg/onload=alert(2)>']);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img, iframe, object, embed').length,
      scripts: document.querySelectorAll('script').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      nestedSvg: document.querySelectorAll('svg#map svg').length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 2, handlers: 0, nestedSvg: 0 });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows an actor\'s ties and figures on hover', async () => {
    const { file, report } = render(HOSTILE, 'en', 'hostile');
    const { page } = await open(file);
    // A (<script>…) has three ties.
    await page.locator('svg#map circle.actor[data-id="A"]').hover();
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h3').textContent()).toBe('<script>alert(1)</script>');
    expect(await panel.locator('li').count()).toBe(report.actors.A!.degree);
    expect(await panel.locator('h4').textContent()).toBe('3 ties');
    expect(await page.locator('svg#map circle.actor.near').count()).toBe(3);
    await page.close();
  });
});

describe('actor table sorting, in Chromium', () => {
  it('sorts by a numeric column on click (descending, then ascending) and by name', async () => {
    const { file } = render(EXAMPLE, 'en', 'sort');
    const { page, problems } = await open(file);
    const heads = await page.$$eval('table.actors thead th', (ths) => ths.map((th) => th.textContent?.trim()));
    const ties = heads.indexOf('Ties');
    const actor = heads.indexOf('Actor');
    expect(ties).toBeGreaterThan(0);
    const column = (k: number, attr: 'data-v' | 'text'): Promise<string[]> =>
      page.$$eval(
        'table.actors tbody tr',
        (rows, [k, attr]) => rows.map((r) => ((attr === 'text' ? r.children[k as number]!.textContent : r.children[k as number]!.getAttribute('data-v')) ?? '')),
        [k, attr] as const,
      );
    const before = await column(ties, 'data-v');
    expect(before).toHaveLength(62);

    await page.locator('table.actors thead th').nth(ties).locator('button').click();
    const desc = (await column(ties, 'data-v')).map(Number);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBe(14); // C01, the backbone (examples/boegely/README.md)
    expect(await page.locator('table.actors thead th').nth(ties).getAttribute('aria-sort')).toBe('descending');

    await page.locator('table.actors thead th').nth(ties).locator('button').click();
    const asc = (await column(ties, 'data-v')).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBe(0); // the isolate C19

    await page.locator('table.actors thead th').nth(actor).locator('button').click();
    const names = await column(actor, 'data-v');
    const collator = new Intl.Collator('en', { numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each([
  ['da', 'Netværkskort', 'Farve: sektor'],
  ['en', 'Network map', 'Colour: sector'],
] as const)('bundled example in Chromium (--lang %s)', (lang, mapTitle, legendTitle) => {
  it('draws the 62 actors with legend and labels, without errors or requests, and prints without the panel', async () => {
    const { file, report } = render(EXAMPLE, lang, `boegely-${lang}`);
    const { page, problems, requests, dialogs } = await open(file);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('svg#map circle.actor').count()).toBe(Object.keys(report.actors).length);
    expect(await page.locator('#map-section h2').textContent()).toBe(mapTitle);
    expect(await page.locator('.legend h3').first().textContent()).toBe(legendTitle);
    // Colour legend: the four sectors of the example.
    expect(await page.locator('.legend-list').first().locator('li').count()).toBe(4);
    // Labels drawn (12 px on screen, as many as fit): at least the top ten by betweenness and the cut points; none overlapping another.
    const boxes = await drawnLabels(page);
    expect(boxes.length).toBeGreaterThanOrEqual(14);
    for (const l of boxes) expect(l.screenPx, l.text).toBeGreaterThanOrEqual(MIN_PX);
    expectNoOverlap(boxes);
    await page.locator('#map-section').screenshot({ path: path.join(ARTIFACTS, `boegely-${lang}-map.png`) });
    await page.locator('svg#map circle.actor[data-id="C03"]').click();
    await page.locator('#map-section').screenshot({ path: path.join(ARTIFACTS, `boegely-${lang}-selected.png`) });
    await page.screenshot({ path: path.join(ARTIFACTS, `boegely-${lang}-page.png`), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.locator('svg#map').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

/** The viewBox of the map as numbers [x, y, width, height]. */
async function viewBox(page: Page): Promise<number[]> {
  return (await page.getAttribute('svg#map', 'viewBox'))!.split(' ').map(Number);
}

/** The drawn labels: text, on-screen font size in CSS px, and box in map units. */
async function drawnLabels(page: Page): Promise<{ i: number; text: string; screenPx: number; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.$$eval('svg#map text.label', (ts) => {
    const svg = document.getElementById('map') as unknown as SVGSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return ts
      .filter((t) => getComputedStyle(t).display !== 'none')
      .map((t) => {
        const b = (t as SVGGraphicsElement).getBBox();
        return { i: Number(t.getAttribute('data-i')), text: t.textContent ?? '', screenPx: parseFloat(getComputedStyle(t).fontSize) * scale, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      });
  });
}

function expectNoOverlap(boxes: readonly { text: string; x0: number; y0: number; x1: number; y1: number }[]): void {
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      expect(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `"${p.text}" overlaps "${q.text}"`).toBe(true);
    }
  }
}

/** The SVG's box on the screen. */
async function mapRect(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return (await page.locator('svg#map').boundingBox())!;
}

/** 12 px, less what the browser's rounding of the SVG's on-screen width can take off. */
const MIN_PX = 11.999;

describe('the map on a phone (400 px wide), in Chromium', () => {
  async function openPhone(lang: 'en' | 'da' = 'en'): Promise<Opened & { base: number[]; report: ReturnType<typeof render>['report'] }> {
    const { file, report } = render(EXAMPLE, lang, `phone-${lang}`);
    const page = await browser!.newPage({ viewport: { width: 400, height: 800 } });
    const opened: Opened = { page, problems: [], requests: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') opened.problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => opened.problems.push(`exception: ${e.message}`));
    page.on('request', (r) => {
      if (!/^(file|data|about):/.test(r.url())) opened.requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.locator('svg#map').scrollIntoViewIfNeeded();
    return { ...opened, base: await viewBox(page), report };
  }

  it('draws labels at 12 px on screen or more, only as many as fit, and more of them when zoomed in', async () => {
    const { page, problems, requests, base } = await openPhone();
    const rect = await mapRect(page);
    expect(rect.width).toBeLessThan(400);
    const all = await page.locator('svg#map text.label').count();
    expect(all).toBe(62); // every actor has a label to show once it fits
    const full = await drawnLabels(page);
    expect(full.length).toBeGreaterThan(0);
    expect(full.length).toBeLessThan(23); // fewer than the 23 the static map names
    for (const l of full) expect(l.screenPx, l.text).toBeGreaterThanOrEqual(MIN_PX);
    expectNoOverlap(full);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-full.png') });
    // The first label drawn is the most central actor's: C01, the backbone (examples/boegely/README.md).
    const c01 = await page.$eval('svg#map circle.actor[data-id="C01"]', (c) => c.getAttribute('data-i'));
    expect(await page.$eval('svg#map text.label', (t) => t.getAttribute('data-i'))).toBe(c01);
    expect(full.map((l) => l.text)).toContain((await page.locator(`svg#map text.label[data-i="${c01}"]`).textContent())!);

    await page.locator('#map-tools button[data-zoom="in"]').click();
    await page.locator('#map-tools button[data-zoom="in"]').click();
    await expect.poll(async () => (await viewBox(page))[2]!).toBeLessThan(base[2]! / 2);
    // More of the actors in view are named than were on the whole map.
    const [vx, vy, vw, vh] = await viewBox(page);
    const centres = await page.$$eval('svg#map circle.actor', (cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    const inView = (l: { i: number }) => {
      const [x, y] = centres[l.i]!;
      return x! >= vx! && x! <= vx! + vw! && y! >= vy! && y! <= vy! + vh!;
    };
    const before = full.filter(inView).length;
    await expect.poll(async () => (await drawnLabels(page)).filter(inView).length).toBeGreaterThan(before);
    const zoomed = await drawnLabels(page);
    for (const l of zoomed) expect(l.screenPx, l.text).toBeGreaterThanOrEqual(MIN_PX);
    expect(Math.max(...zoomed.map((l) => l.screenPx))).toBeLessThan(12.01); // constant: not growing with the zoom
    expectNoOverlap(zoomed);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-zoomed.png') });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('names a selected actor and its neighbours before the others', async () => {
    const { page, problems } = await openPhone();
    const neighbours = async (id: string): Promise<number[]> =>
      page.evaluate((id) => {
        const data = JSON.parse(document.getElementById('tuff-data')!.textContent!) as { actors: { id: string }[]; ties: number[][] };
        const i = data.actors.findIndex((a) => a.id === id);
        return data.ties.filter((t) => t[0] === i || t[1] === i).map((t) => (t[0] === i ? t[1]! : t[0]!));
      }, id);
    const ids = await page.$$eval('svg#map circle.actor', (cs) => cs.map((c) => c.getAttribute('data-id')!));
    const before = new Set((await drawnLabels(page)).map((l) => l.i));
    // The actor with the most neighbours whose own name is not drawn on the whole map.
    let pick = -1;
    let most = -1;
    for (let i = 0; i < ids.length; i++) {
      const n = (await neighbours(ids[i]!)).length;
      if (!before.has(i) && n > most) [pick, most] = [i, n];
    }
    const near = await neighbours(ids[pick]!);
    await page.locator(`svg#map circle.actor[data-id="${ids[pick]}"]`).click();
    await expect.poll(async () => (await drawnLabels(page)).some((l) => l.i === pick)).toBe(true);
    const after = new Set((await drawnLabels(page)).map((l) => l.i));
    const named = (set: Set<number>) => near.filter((i) => set.has(i)).length;
    expect(named(after)).toBeGreaterThan(named(before));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('zooms with the wheel about the pointer, and lets the page scroll when the whole map is shown', async () => {
    const { page, problems, base } = await openPhone();
    const rect = await mapRect(page);
    // The pointer over the upper left quarter: that point of the map stays under it.
    const px = rect.x + rect.width / 4;
    const py = rect.y + rect.height / 4;
    const mapX = base[0]! + base[2]! / 4;
    await page.mouse.move(px, py);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await viewBox(page))[2]!).toBeLessThan(base[2]! * 0.8);
    const [x, , w] = await viewBox(page);
    expect(Math.abs(x! + w! / 4 - mapX)).toBeLessThan((2 * base[2]!) / rect.width); // within 2 screen px
    // Out again: back to the whole map and no further.
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => viewBox(page)).toEqual(base);
    // Further out: the map leaves the wheel to the page (the event reaches the window not cancelled), so it scrolls on.
    await page.evaluate(() => {
      (window as unknown as { wheels: boolean[] }).wheels = [];
      window.addEventListener('wheel', (e) => (window as unknown as { wheels: boolean[] }).wheels.push(e.defaultPrevented), { passive: true });
    });
    await page.mouse.wheel(0, 200);
    await page.mouse.wheel(0, -100);
    await expect.poll(() => page.evaluate(() => (window as unknown as { wheels: boolean[] }).wheels)).toEqual([false, true]);
    await expect.poll(async () => (await viewBox(page))[2]!).toBeLessThan(base[2]!);
    await page.locator('#map-tools button[data-zoom="reset"]').click();
    await expect.poll(() => viewBox(page)).toEqual(base);
    // A trackpad pinch arrives as a wheel event with ctrlKey.
    const now = await mapRect(page);
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -40);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await viewBox(page))[2]!).toBeLessThan(base[2]! * 0.8);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pans with a drag without selecting the actor under it, and zooms with the buttons and the keyboard', async () => {
    const { page, problems, base } = await openPhone();
    const tools = page.locator('#map-tools');
    expect(await tools.isVisible()).toBe(true);
    await tools.locator('button[data-zoom="in"]').click();
    await expect.poll(async () => (await viewBox(page))[2]!).toBeCloseTo(base[2]! / 1.6, 1);
    const before = await viewBox(page);
    const rect = await mapRect(page);
    const unit = before[2]! / rect.width; // map units per screen px
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 5; k++) await page.mouse.move(rect.x + rect.width / 2 - 12 * k, rect.y + rect.height / 2 - 6 * k);
    await page.mouse.up();
    const after = await viewBox(page);
    expect(after[2]).toBe(before[2]);
    expect(after[0]! - before[0]!).toBeCloseTo(60 * unit, 0);
    expect(after[1]! - before[1]!).toBeCloseTo(30 * unit, 0);
    expect(await page.locator('svg#map.focus').count()).toBe(0); // the drag did not select anyone
    // On a focused circle: the arrow keys pan, + and - zoom.
    await page.locator('svg#map circle.actor[data-id="C01"]').focus();
    const focused = await viewBox(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await viewBox(page))[0]!).toBeCloseTo(focused[0]! + focused[2]! * 0.2, 1);
    await page.keyboard.press('+');
    await expect.poll(async () => (await viewBox(page))[2]!).toBeCloseTo(focused[2]! / 1.6, 1);
    await page.keyboard.press('-');
    await expect.poll(async () => (await viewBox(page))[2]!).toBeCloseTo(focused[2]!, 1);
    await page.keyboard.press('0');
    await expect.poll(() => viewBox(page)).toEqual(base);
    // Keyboard focus selected C01; clicks (no drag) still let go and select.
    const selected = () => page.$$eval('svg#map circle.actor.on', (cs) => cs.map((c) => c.getAttribute('data-id')));
    expect(await selected()).toEqual(['C01']);
    await page.locator('svg#map circle.actor[data-id="C01"]').click();
    await expect.poll(selected).toEqual([]);
    await page.locator('svg#map circle.actor[data-id="C01"]').click();
    await expect.poll(selected).toEqual(['C01']);
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
    await tools.locator('button[data-zoom="in"]').click();

    await tools.locator('button[data-zoom="out"]').click();
    await expect.poll(() => viewBox(page)).toEqual(base); // 1.6 in, 1.6 out (the drag forgotten): the whole map
    await tools.locator('button[data-zoom="out"]').click();
    expect(await viewBox(page)).toEqual(base); // never smaller than the whole map
    // Keyboard: Tab reaches the buttons, Enter presses them.
    await tools.locator('button[data-zoom="in"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await viewBox(page))[2]!).toBeCloseTo(base[2]! / 2.56, 1);
    expect(await tools.locator('button[data-zoom="in"]').getAttribute('aria-label')).toBe('Zoom in');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-zoom'))).toBe('reset');
    await page.keyboard.press('Enter');
    await expect.poll(() => viewBox(page)).toEqual(base);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('zooms with a two-finger pinch and pans with one finger', async () => {
    const { page, problems, base } = await openPhone();
    const rect = await mapRect(page);
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    // Touch pointers as the browser sends them (playwright has no pinch): two fingers 40 px apart spread to 160 px.
    await page.evaluate(
      ([cx, cy]) => {
        const svg = document.getElementById('map')!;
        const send = (type: string, id: number, x: number, y: number) =>
          svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: y, bubbles: true }));
        send('pointerdown', 1, cx! - 20, cy!);
        send('pointerdown', 2, cx! + 20, cy!);
        for (let k = 1; k <= 6; k++) {
          send('pointermove', 1, cx! - 20 - 10 * k, cy!);
          send('pointermove', 2, cx! + 20 + 10 * k, cy!);
        }
        send('pointerup', 2, cx! + 80, cy!);
        // The finger left on the map pans on.
        for (let k = 1; k <= 4; k++) send('pointermove', 1, cx! - 80 + 10 * k, cy!);
        send('pointerup', 1, cx! - 40, cy!);
      },
      [cx, cy],
    );
    await expect.poll(async () => (await viewBox(page))[2]!).toBeCloseTo(base[2]! / 4, 1);
    const [x, , w] = await viewBox(page);
    // The pinch kept the map's middle under the fingers' midpoint, then the finger moved the map 40 px right.
    const middle = base[0]! + base[2]! / 2;
    expect(x! + w! / 2).toBeCloseTo(middle - (40 * w!) / rect.width, 0);
    for (const l of await drawnLabels(page)) expect(l.screenPx, l.text).toBeGreaterThanOrEqual(MIN_PX);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds an actor by its label: selects it, centres the map on it, names it and marks its table row', async () => {
    const { page, problems, requests, base, report } = await openPhone();
    // C19, the isolate: not among the names of the whole map.
    const label = report.actors.C19!.label!;
    expect((await drawnLabels(page)).map((l) => l.text)).not.toContain(label);
    expect(await page.locator('#map-find-names option').count()).toBe(62);
    expect(await page.locator(`#map-find-names option[value="${label}"]`).getAttribute('label')).toBe('C19');
    await page.locator('#map-find-input').fill(label);
    await page.locator('#map-find-input').press('Enter');
    await expect.poll(() => page.locator('svg#map circle.actor.on').getAttribute('data-id')).toBe('C19');
    expect(await page.locator('#panel h3').textContent()).toBe(label);
    // Centred: the circle is in the middle of the map on the screen, and the map is zoomed in.
    const vb = await viewBox(page);
    expect(vb[2]).toBeLessThan(base[2]!);
    const rect = await mapRect(page);
    const circle = (await page.locator('svg#map circle.actor[data-id="C19"]').boundingBox())!;
    const inView = (v: number, lo: number, size: number) => v >= lo && v <= lo + size;
    expect(inView(circle.x + circle.width / 2, rect.x, rect.width) && inView(circle.y + circle.height / 2, rect.y, rect.height)).toBe(true);
    expect(Math.abs(circle.x + circle.width / 2 - (rect.x + rect.width / 2))).toBeLessThan(rect.width / 4);
    // Its label is drawn, at 12 px on screen.
    const i = await page.locator('svg#map circle.actor[data-id="C19"]').getAttribute('data-i');
    const text = (await page.locator(`svg#map text.label[data-i="${i}"]`).textContent())!;
    expect(label.startsWith(text.replace(/…$/, ''))).toBe(true);
    const drawn = await drawnLabels(page);
    expect(drawn.find((l) => l.text === text)?.screenPx).toBeGreaterThanOrEqual(MIN_PX);
    // Its row in the table of all actors is marked, and the panel's button scrolls to it.
    const row = page.locator('table.actors tr.found');
    expect(await row.count()).toBe(1);
    expect(await row.locator('button.name').textContent()).toBe(label);
    await page.locator('#panel button.to-row').click();
    await expect.poll(() => row.evaluate((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; })).toBe(true);

    // Part of an id, any case: the first of several; and a text no actor has.
    await page.locator('#map-find-input').fill('c0');
    await page.locator('#map-find-input').press('Enter');
    await expect.poll(() => page.locator('#map-status').textContent()).toMatch(/^\d+ actors match "c0"; the first is shown/);
    await page.locator('#map-find-input').fill('nobody here');
    await page.locator('#map-find-input').press('Enter');
    await expect.poll(() => page.locator('#map-status').textContent()).toBe('No actor\u2019s name or id contains "nobody here".');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('has the controls in Danish under --lang da', async () => {
    const { page, problems } = await openPhone('da');
    expect(await page.locator('label[for="map-find-input"]').textContent()).toBe('Find en aktør');
    expect(await page.locator('#map-tools button[data-zoom="in"]').getAttribute('aria-label')).toBe('Zoom ind');
    expect(await page.locator('#map-tools button[data-zoom="out"]').getAttribute('aria-label')).toBe('Zoom ud');
    expect(await page.locator('#map-tools button[data-zoom="reset"]').getAttribute('aria-label')).toBe('Vis hele kortet');
    expect(await page.locator('.legend-names h3').textContent()).toBe('Navne og zoom');
    await page.locator('#map-find-input').fill('ingen sådan');
    await page.locator('#map-find-input').press('Enter');
    await expect.poll(() => page.locator('#map-status').textContent()).toBe('Ingen aktør har "ingen sådan" i sit navn eller id.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the static map without JavaScript: every circle, the names of the whole map, no controls', async () => {
    const { file } = render(EXAMPLE, 'en', 'phone-nojs');
    const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 400, height: 800 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('svg#map').isVisible()).toBe(true);
    expect(await page.locator('svg#map circle.actor').count()).toBe(62);
    expect(await page.locator('#map-tools').isVisible()).toBe(false);
    expect(await page.locator('.legend-names').isVisible()).toBe(false);
    const shown = await page.$$eval('svg#map text.label', (ts) => ts.filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getAttribute('class')));
    expect(shown.length).toBe(await page.locator('svg#map text.label:not(.zoom)').count());
    expect(shown.every((c) => c === 'label')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-nojs.png'), fullPage: false });
    await context.close();
  });
});
