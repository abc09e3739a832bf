/**
 * End-to-end: `tuff analyse --format html` opened in a real browser — a
 * Chromium found by test/helpers/chromium.ts (`TUFF_CHROMIUM`, a system
 * Chromium/Chrome, else the one the devDependency @sparticuz/chromium ships)
 * driven by playwright-core. For the hostile-labels fixture and the bundled example
 * (Danish and English): one map element per actor, no console errors, no
 * network requests (anything but file:, data:, about:), no dialogs, hostile
 * labels shown as text with no injected element, the actor table sorts on
 * click, hovering an actor shows its ties, the print layout hides the
 * interactive panel. Screenshots go to test-artifacts/html/ (git-ignored) for
 * people to look at.
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
    // Labels: at least the top ten by betweenness and the cut points; none overlapping another.
    const boxes = await page.$$eval('svg#map text.label', (ts) =>
      ts.map((t) => {
        const b = (t as SVGGraphicsElement).getBBox();
        return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, text: t.textContent };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(14);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        expect(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `"${p.text}" overlaps "${q.text}"`).toBe(true);
      }
    }
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
