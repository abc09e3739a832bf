/**
 * End-to-end: the HTML report is one offline file — no src attribute, no href
 * but in-page anchors, no url() or @import in its style sheet but data:, its
 * Content-Security-Policy admitting exactly its one style block and one script
 * by their SHA-256 hashes — and the built binary writes byte-identical files
 * on two runs (English and Danish, the bundled example and the hostile
 * labels), map zoom labels and controls included. The browser behaviour is in
 * test/cli/html.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tuff } from '../helpers/exec.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tuff-html-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each([
  ['examples/boegely', 'en'],
  ['examples/boegely', 'da'],
  ['fixtures/render/hostile', 'en'],
] as const)('tuff analyse %s --format html --lang %s', (input, lang) => {
  const write = (name: string): Buffer => {
    const file = path.join(dir, `${path.basename(input)}-${lang}-${name}.html`);
    const run = tuff(['analyse', input, '--format', 'html', '--lang', lang, '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return readFileSync(file);
  };
  const first = write('1');
  const html = first.toString('utf8');

  it('writes byte-identical files on two runs', () => {
    expect(write('2').equals(first)).toBe(true);
  });

  it('is one file: nothing loaded from outside, links only within the page', () => {
    // The markup's tags (the contents of the style sheet and scripts taken out, their tags kept; text has its "<"
    // escaped, hostile labels included).
    const tags = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, '$1$3').match(/<[a-zA-Z][^>]*>/g)!;
    expect(tags.length).toBeGreaterThan(100);
    // Attribute names only (values, escaped input among them, blanked).
    for (const tag of tags) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\s(src|srcset|xlink:href|action|formaction|data|poster)\s*=/i);
    const hrefs = tags.flatMap((tag) => [...tag.matchAll(/\shref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^#[\w-]+$/);
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    for (const href of hrefs) expect(ids.has(href.slice(1)), href).toBe(true);
    // The map's controls point at elements of the page (the datalist is filled in there).
    expect(html).toContain('list="map-find-names"');
    expect(ids.has('map-find-names')).toBe(true);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(styles[0]).not.toMatch(/@import/);
    for (const url of styles[0]!.matchAll(/url\(([^)]*)\)/g)) expect(url[1]).toMatch(/^["']?data:/);
    for (const tag of tags) expect(tag).not.toMatch(/^<(link|iframe|object|embed|img|image|audio|video|source|use|base)\b/i);
  });

  it('admits only its own style and script, by hash, in its Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${sha256(style)}`,
      `script-src ${sha256(scripts[0]!)}`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // The search form is never submitted anywhere: no action, and the page script handles its submit.
    expect(html).toMatch(/<form class="map-find" id="map-find" role="search">/);
  });
});
