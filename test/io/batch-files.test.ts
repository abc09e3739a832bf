/**
 * io/batch-files.ts on a temporary tree: how arguments become networks, the
 * --out check, and the removal of cut-off temporary files (only those).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expandBatchInputs, prepareOutDir, removeTemporaryFiles } from '../../src/io/batch-files.js';
import { UsageError } from '../../src/errors.js';
import type { DataWarning } from '../../src/types.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'tuff-batch-files-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function touch(file: string, content = 'source,target\na,b\n'): void {
  mkdirSync(path.dirname(path.join(TMP, file)), { recursive: true });
  writeFileSync(path.join(TMP, file), content);
}

touch('surveys/w1/ties.csv');
touch('surveys/w2/TIES.CSV');
touch('surveys/notes/readme.md', 'x');
touch('surveys/loose.csv');
touch('single/ties.csv');
touch('files/a.csv');
touch('files/b.tsv');
touch('files/c.md', 'x');
mkdirSync(path.join(TMP, 'empty'));
touch('books/a.xlsx', 'x');
touch('books/b.xlsx', 'x');
touch('books/notes.csv');
touch('books/old.xls', 'x');
touch('books/README.txt', 'x');
touch('books/.hidden.csv');
touch('books/~$a.xlsx', 'x');

describe('expandBatchInputs', () => {
  it('a folder with ties.csv is one network; a folder of network folders stands for them', () => {
    expect(expandBatchInputs(['single', 'surveys'], TMP, null)).toEqual(['single', path.join('surveys', 'w1'), path.join('surveys', 'w2')]);
  });

  it('a folder holding no network is passed on (its row will say why)', () => {
    expect(expandBatchInputs(['empty'], TMP, null)).toEqual(['empty']);
  });

  it('expands globs in code-unit order, keeping networks and skipping other files', () => {
    expect(expandBatchInputs(['files/*'], TMP, null)).toEqual(['files/a.csv', 'files/b.tsv']);
    expect(expandBatchInputs(['surveys/*'], TMP, null)).toEqual(['surveys/loose.csv', 'surveys/w1', 'surveys/w2']);
    expect(expandBatchInputs(['**/ties.csv'], TMP, null)).toEqual(['single/ties.csv', 'surveys/w1/ties.csv']);
  });

  it("names the data-looking files left out of a folder's networks (sorted), unless they are in the batch after all", () => {
    const skipped: DataWarning[] = [];
    expect(expandBatchInputs(['surveys', 'books'], TMP, null, skipped)).toEqual(
      [path.join('surveys', 'w1'), path.join('surveys', 'w2'), path.join('books', 'a.xlsx'), path.join('books', 'b.xlsx')],
    );
    expect(skipped.map((w) => [w.file, w.line, w.code, w.problem?.params])).toEqual([
      [path.join('surveys', 'loose.csv'), 0, 'batch-file-skipped', { folder: 'surveys', by: 'subfolders', count: 2, unreadable: null }],
      [path.join('books', 'notes.csv'), 0, 'batch-file-skipped', { folder: 'books', by: 'workbooks', count: 2, unreadable: null }],
      [path.join('books', 'old.xls'), 0, 'batch-file-skipped', { folder: 'books', by: 'workbooks', count: 2, unreadable: 'xls' }],
    ]);
    const given: DataWarning[] = [];
    expandBatchInputs(['surveys', 'surveys', 'surveys/loose.csv'], TMP, null, given);
    expect(given).toEqual([]);
    const single: DataWarning[] = [];
    expandBatchInputs(['single', 'files/*'], TMP, null, single);
    expect(single).toEqual([]);
  });

  it('counts a path once, and never the --out folder', () => {
    expect(expandBatchInputs(['single', './single', 'single/'], TMP, null)).toEqual(['single']);
    expect(expandBatchInputs(['*'], TMP, 'single')).not.toContain('single');
  });

  it('a missing path is passed on; a pattern matching no network is a UsageError', () => {
    expect(expandBatchInputs(['no/such'], TMP, null)).toEqual(['no/such']);
    expect(() => expandBatchInputs(['files/*.xlsx'], TMP, null)).toThrow(UsageError);
  });
});

describe('prepareOutDir and removeTemporaryFiles', () => {
  it('creates the folder, leaves no probe behind, and refuses a file in the way', () => {
    const out = path.join(TMP, 'out', 'deep');
    prepareOutDir(out);
    expect(readdirSync(out)).toEqual([]);
    expect(() => prepareOutDir(path.join(TMP, 'files', 'a.csv'))).toThrow(/--out must be a folder/);
    expect(() => prepareOutDir(path.join(TMP, 'files', 'a.csv', 'x'))).toThrow(UsageError);
  });

  it('removes only the temporary files of the named reports', () => {
    const out = path.join(TMP, 'tmpfiles');
    mkdirSync(out);
    for (const f of ['.a.json.0123456789ab.tmp', '.b.json.0123456789ab.tmp', '.a.json.notmine.tmp', 'a.json', '.a.json.0123456789ab.tmp.keep']) {
      writeFileSync(path.join(out, f), '');
    }
    removeTemporaryFiles(out, ['a.json']);
    expect(readdirSync(out).sort()).toEqual(['.a.json.0123456789ab.tmp.keep', '.a.json.notmine.tmp', '.b.json.0123456789ab.tmp', 'a.json']);
  });
});
