/**
 * The lookup of the browser for the HTML report's browser test
 * (test/helpers/chromium.ts, README Development): TUFF_CHROMIUM, then a system
 * Chromium/Chrome, then the one the devDependency @sparticuz/chromium ships —
 * which must inflate and start here with nothing from the system but glibc.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../helpers/chromium.js';

function fakeBrowsers(names: readonly string[]): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tuff-chromium-lookup-'));
  for (const name of names) {
    writeFileSync(path.join(dir, name), '#!/bin/sh\n');
    chmodSync(path.join(dir, name), 0o755);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('Chromium lookup for the browser test', () => {
  it('takes TUFF_CHROMIUM first, even with a system browser present', () => {
    const fake = fakeBrowsers(['mine', 'chromium']);
    try {
      const found = findChromium({ TUFF_CHROMIUM: path.join(fake.dir, 'mine') }, [fake.dir]);
      expect(found).toEqual({ executablePath: path.join(fake.dir, 'mine'), source: 'TUFF_CHROMIUM', env: {} });
    } finally {
      fake.done();
    }
  });

  it('fails on a TUFF_CHROMIUM that does not exist rather than picking another browser', () => {
    expect(() => findChromium({ TUFF_CHROMIUM: '/nonexistent/chromium' }, ['/usr/bin'])).toThrow('TUFF_CHROMIUM=/nonexistent/chromium: no such file.');
  });

  it('takes a system Chromium before Chrome, then Chrome', () => {
    const both = fakeBrowsers(['google-chrome', 'chromium-browser']);
    const chrome = fakeBrowsers(['google-chrome']);
    try {
      expect(findChromium({}, [both.dir])).toMatchObject({ executablePath: path.join(both.dir, 'chromium-browser'), source: 'system' });
      expect(findChromium({}, [chrome.dir])).toMatchObject({ executablePath: path.join(chrome.dir, 'google-chrome'), source: 'system' });
    } finally {
      both.done();
      chrome.done();
    }
  });

  it('without either, inflates the packaged Chromium, which starts with its own libraries', () => {
    const found = findChromium({}, []);
    expect(found.source).toBe('@sparticuz/chromium');
    expect(found.executablePath).toBe(path.join(tmpdir(), 'tuff-chromium-147.0.0', 'chromium'));
    expect(found.env.LD_LIBRARY_PATH).toBe(path.join(tmpdir(), 'tuff-chromium-147.0.0', 'lib'));
    const version = spawnSync(found.executablePath, ['--version'], { env: { PATH: '', ...found.env }, encoding: 'utf8' });
    expect(version.stderr).toBe('');
    expect(version.stdout).toMatch(/^Chromium 147\./);
    // A second lookup reuses the inflated copy.
    expect(findChromium({}, [])).toEqual(found);
  });
});
