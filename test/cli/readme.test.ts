/**
 * The README's table of `tuff analyse` options is the built CLI's
 * `analyse --help`: the same flags (short and long), each default that
 * commander prints as `(default: "x")` written as `x` in the default column,
 * and every choice named in the row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tuff } from '../helpers/exec.js';

interface HelpOption {
  readonly flags: string[];
  readonly text: string;
}

/** `analyse --help` → its options, wrapped description lines joined (without -h, --help). */
function helpOptions(help: string): HelpOption[] {
  const lines = help.slice(help.indexOf('\nOptions:\n') + '\nOptions:\n'.length).split('\n');
  const options: { head: string; text: string }[] = [];
  for (const line of lines) {
    if (/^ {2}-/.test(line)) {
      const [head, ...rest] = line.trim().split(/ {2,}/);
      options.push({ head: head!, text: rest.join(' ') });
    } else if (/^ {3,}\S/.test(line) && options.length > 0) {
      options[options.length - 1]!.text += ` ${line.trim()}`;
    }
  }
  return options
    .map((o) => ({ flags: o.head.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [], text: o.text }))
    .filter((o) => !o.flags.includes('--help'));
}

/** The README rows of the analyse option table: flags of the first cell, and the whole row. */
function readmeRows(): { flags: string[]; row: string; defaultCell: string }[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('Options of `tuff analyse`:');
  expect(start).toBeGreaterThan(0);
  const table = readme.slice(start).split('\n\n')[1]!.split('\n').slice(2);
  return table.map((row) => {
    const cells = row.split(/(?<!\\)\|/).slice(1, -1);
    return { flags: cells[0]!.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [], row, defaultCell: cells[cells.length - 1]! };
  });
}

describe('README option table', () => {
  const run = tuff(['analyse', '--help']);
  const help = helpOptions(run.stdout);
  const rows = readmeRows();

  it('reads both', () => {
    expect(run.status).toBe(0);
    expect(help.length).toBeGreaterThan(15);
    expect(help.find((o) => o.flags.includes('--format'))?.flags).toEqual(['-f', '--format']);
  });

  it('lists exactly the options of analyse --help', () => {
    expect(rows.map((r) => r.flags.join(' ')).sort()).toEqual(help.map((o) => o.flags.join(' ')).sort());
  });

  it('gives the defaults --help prints and names every choice', () => {
    for (const option of help) {
      const row = rows.find((r) => r.flags.join(' ') === option.flags.join(' '))!;
      const byDefault = /\(default: "([^"]*)"\)/.exec(option.text)?.[1];
      if (byDefault !== undefined) expect(row.defaultCell, option.flags.join(' ')).toContain(`\`${byDefault}\``);
      const choices = /\(choices: ([^)]*)\)/.exec(option.text)?.[1];
      for (const choice of choices?.match(/"[^"]*"/g) ?? []) expect(row.row, option.flags.join(' ')).toMatch(new RegExp(`\\b${choice.slice(1, -1)}\\b`));
    }
  });
});
