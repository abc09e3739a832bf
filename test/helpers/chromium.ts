/**
 * Test helper: the Chromium binary the browser test of the HTML report
 * (test/cli/html.test.ts) drives with playwright-core. Looked up in this order
 * (README, Development):
 *
 *  1. `TUFF_CHROMIUM`, if set: that binary, and nothing else (a wrong path fails).
 *  2. A system Chromium or Chrome: /usr/bin/chromium, then chromium, chromium-browser,
 *     google-chrome-stable, google-chrome on PATH.
 *  3. The Chromium that the devDependency `@sparticuz/chromium` ships inside its npm
 *     package (brotli-compressed, Linux x86-64): inflated once into
 *     `<tmpdir>/tuff-chromium-<version>/` with the package's NSS/NSPR/expat libraries
 *     (its Amazon Linux 2023 bundle, put on LD_LIBRARY_PATH so nothing from the system
 *     is needed beyond glibc), then reused. The directory appears by one rename, so a
 *     test killed half-way or another checkout inflating at the same time never
 *     leaves a broken binary. Its fonts are DejaVu Sans from the devDependency
 *     dejavu-fonts-ttf and nothing else (a fontconfig file of its own): the font the
 *     map's label widths are measured against (src/report/layout.ts), on every
 *     machine, whatever fonts it has or lacks. (The package's own Open Sans has a
 *     taller line box than the layout's 14 px, and two example labels then touch
 *     by 0.3 px.)
 *
 * Nothing found: an Error saying what was tried — the caller lets the test fail,
 * it never skips.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface FoundChromium {
  readonly executablePath: string;
  /** Where it came from, for the test's log line. */
  readonly source: 'TUFF_CHROMIUM' | 'system' | '@sparticuz/chromium';
  /** Environment for the browser process (the packaged one needs its libraries and fonts). */
  readonly env: Record<string, string>;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function systemChromium(dirs: readonly string[]): string | undefined {
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/** The `bin/` folder and version of the installed @sparticuz/chromium, or undefined if it is not installed. */
function packagedChromium(): { bin: string; version: string } | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // entry: <package>/build/cjs/index.cjs
  const root = path.resolve(path.dirname(entry), '..', '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { bin: path.join(root, 'bin'), version };
}

/** Extract a plain ustar archive (regular files and folders only) into `dir`. */
function untar(tar: Buffer, dir: string): void {
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, length: number): string => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix === '' ? '' : `${prefix}/`) + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`tar entry outside its folder: ${name}`);
    if (type === '5') {
      mkdirSync(target, { recursive: true });
    } else if (type === '0' || type === '') {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, tar.subarray(at + 512, at + 512 + size), { mode: parseInt(field(100, 8).trim() || '644', 8) & 0o755 });
    } else {
      throw new Error(`tar entry ${name} of type '${type}' not supported`);
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

/** The folder of DejaVu's TrueType files (devDependency dejavu-fonts-ttf). */
function dejavuFonts(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** Families the report's style sheet names, and the generic ones: all DejaVu Sans here. */
const SANS = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Helvetica', 'Arial', 'Noto Sans', 'sans-serif', 'serif', 'Times New Roman'];

/**
 * A fontconfig file that knows DejaVu Sans (and Sans Mono) only, beside the inflated Chromium;
 * named after the fonts' folder (one per checkout) and written by one rename.
 */
function fontConfig(cache: string): string {
  const fonts = dejavuFonts();
  const file = path.join(cache, `fonts-${createHash('sha256').update(`${fonts}\n${SANS.join()}`).digest('hex').slice(0, 16)}.conf`);
  if (!existsSync(file)) {
    const work = `${file}.partial-${process.pid}`;
    const alias = (generic: string, family: string): string => `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>\n`;
    writeFileSync(
      work,
      `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${fonts}</dir>\n  <cachedir>${path.join(cache, 'fonts-cache')}</cachedir>\n` +
        '  <selectfont><acceptfont><glob>*/DejaVuSans.ttf</glob><glob>*/DejaVuSans-*.ttf</glob><glob>*/DejaVuSansMono*.ttf</glob></acceptfont>' +
        '<rejectfont><glob>*</glob></rejectfont></selectfont>\n' +
        SANS.map((family) => alias(family, 'DejaVu Sans')).join('') + alias('monospace', 'DejaVu Sans Mono') +
        '</fontconfig>\n',
    );
    renameSync(work, file);
  }
  return file;
}

/** Inflate the packaged Chromium into its cache folder (once) and return the folder. */
function inflate(bin: string, version: string): string {
  const cache = path.join(tmpdir(), `tuff-chromium-${version}`);
  if (existsSync(path.join(cache, 'chromium'))) return cache;
  const work = `${cache}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(work, { recursive: true });
  try {
    writeFileSync(path.join(work, 'chromium'), brotliDecompressSync(readFileSync(path.join(bin, 'chromium.br'))), { mode: 0o755 });
    untar(brotliDecompressSync(readFileSync(path.join(bin, 'al2023.tar.br'))), work); // lib/libnss3.so …
    try {
      renameSync(work, cache);
    } catch (error) {
      // Another process got there first: use its folder.
      if (!existsSync(path.join(cache, 'chromium'))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return cache;
}

/**
 * `env` and `systemDirs` are there for the lookup's own test; the browser test
 * uses the defaults (this process's environment; /usr/bin, then PATH).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  systemDirs: readonly string[] = ['/usr/bin', ...(env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')],
): FoundChromium {
  const explicit = env.TUFF_CHROMIUM;
  if (explicit !== undefined && explicit !== '') {
    if (!existsSync(explicit)) throw new Error(`TUFF_CHROMIUM=${explicit}: no such file.`);
    return { executablePath: explicit, source: 'TUFF_CHROMIUM', env: {} };
  }
  const system = systemChromium(systemDirs);
  if (system !== undefined) return { executablePath: system, source: 'system', env: {} };
  const packaged = packagedChromium();
  if (packaged === undefined) {
    throw new Error(
      `No Chromium found: TUFF_CHROMIUM is not set, no ${SYSTEM_NAMES.join('/')} in /usr/bin or on PATH, and the ` +
        'devDependency @sparticuz/chromium is not installed (run `npm ci`). The HTML report is tested in a real browser.',
    );
  }
  const cache = inflate(packaged.bin, packaged.version);
  const lib = path.join(cache, 'lib');
  const ld = env.LD_LIBRARY_PATH;
  return {
    executablePath: path.join(cache, 'chromium'),
    source: '@sparticuz/chromium',
    env: {
      LD_LIBRARY_PATH: ld === undefined || ld === '' ? lib : `${lib}${path.delimiter}${ld}`,
      FONTCONFIG_FILE: fontConfig(cache),
    },
  };
}
