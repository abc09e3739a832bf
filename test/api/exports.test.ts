/**
 * The library's surface: src/index.ts exports what a user needs (every
 * format through renderReport, the path-metric options of analyse, checked),
 * and docs/api.md names exactly what is exported — every export is
 * documented, and every function heading, type and constant the document
 * lists is a real export.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as tuff from '../../src/index.js';
import { ROOT } from '../helpers/exec.js';
import { sharedPath } from '../helpers/shared.js';

/** Names src/index.ts exports, types included (read from the source, since types leave no trace at run time). */
function exportedNames(): Set<string> {
  const file = path.join(ROOT, 'src', 'index.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = new Set<string>();
  for (const node of source.statements) {
    if (ts.isExportDeclaration(node) && node.exportClause !== undefined && ts.isNamedExports(node.exportClause)) {
      for (const e of node.exportClause.elements) names.add(e.name.text);
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) &&
      node.name !== undefined &&
      node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      names.add(node.name.text);
    } else if (ts.isVariableStatement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    }
  }
  return names;
}

const EXPORTS = exportedNames();
const DOC = readFileSync(path.join(ROOT, 'docs', 'api.md'), 'utf8');
/** Identifiers written in backticks anywhere in docs/api.md. */
const DOC_CODE = new Set([...DOC.matchAll(/`([^`\n]+)`/g)].flatMap((m) => m[1]!.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []));
const section = (heading: string): string => {
  const start = DOC.indexOf(`\n## ${heading}\n`);
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end === -1 ? undefined : end);
};
const codeNames = (text: string): string[] => [...text.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!);

describe('docs/api.md matches src/index.ts', () => {
  it('reads the exports', () => {
    for (const name of ['readNetwork', 'analyse', 'renderReport', 'compareNetworks', 'anonymiseDataset', 'Report', 'AnalyseOptions']) {
      expect(EXPORTS, name).toContain(name);
    }
  });

  it('documents every export', () => {
    expect([...EXPORTS].filter((name) => !DOC_CODE.has(name))).toEqual([]);
  });

  it('lists as types and constants only real exports, and every value export is a runtime export', () => {
    const listed = [...codeNames(section('Types')), ...codeNames(section('Errors'))].filter((n) => /^[A-Z]/.test(n));
    expect(listed.filter((name) => !EXPORTS.has(name))).toEqual([]);
    const headings = [...DOC.matchAll(/^### `([A-Za-z_][A-Za-z0-9_]*)\(/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(5);
    expect(headings.filter((name) => !EXPORTS.has(name))).toEqual([]);
    for (const name of Object.keys(tuff)) expect(EXPORTS, name).toContain(name);
  });
});

describe('analyse and renderReport', () => {
  const read = tuff.readNetwork(sharedPath('karate'));

  it('renders every format', () => {
    const report = tuff.analyse(read);
    for (const format of tuff.FORMATS) {
      const text = tuff.renderReport({ report, dataset: read.dataset }, { format });
      expect(text.length, format).toBeGreaterThan(100);
    }
  });

  it('passes exact and samples through: 8 sources cannot single out karate\'s top 20, so the exact pass answers, with a warning', () => {
    const exact = tuff.analyse(read, { exact: true });
    expect(exact).toEqual(tuff.analyse(read));
    const sampled = tuff.analyse(read, { samples: 8 });
    expect(sampled.dataQuality.warnings.map((w) => w.code)).toEqual(['sampling-replaced-by-exact']);
    expect(sampled.actors).toEqual(exact.actors);
    expect(exact.dataQuality.warnings).toEqual([]);
  });

  it('refuses bad options with a UsageError, as the CLI does', () => {
    const bad = [
      { samples: 1 }, { samples: 2.5 }, { samples: 100_000_001 }, { threads: 0 }, { threads: 1025 }, { exact: true, samples: 16 },
      { runs: 0 }, { runs: 2.5 }, { runs: 1001 }, { seed: -1 }, { seed: 0.5 }, { seed: 2 ** 31 },
    ];
    for (const options of bad) {
      expect(() => tuff.analyse(read, options), JSON.stringify(options)).toThrow(tuff.UsageError);
    }
  });
});
