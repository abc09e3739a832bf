/**
 * Layering guard (the project's style notes, "Proposed style", items 1,
 * 7 and 12; the rules are in the README, Development). Every file under src/ is parsed with the TypeScript compiler, so
 * comments and strings that mention `process.` or `node:fs` do not count and
 * `import type` (erased at build) is told from an import that loads a module.
 *
 * - The pure layers (the pipeline, model, analysis, recommend, report, compare,
 *   anonymise, template)
 *   neither import node:fs nor reference `process`, directly or through any
 *   src module they load.
 * - Only src/io/ imports node:fs; only src/cli.ts references `process` (or
 *   imports node:process), apart from the exceptions listed with a reason.
 * - Only util/colour.ts imports chalk: the CLI decides colour there once,
 *   renderers get an instance and import its type from util/colour.ts.
 * - graphology packages are imported only by the adapter for the metrics and
 *   by the HTML map's layout (forceatlas2).
 * - No import cycle in src/ among the imports that load a module; in
 *   analysis/ and model/ none even through type-only imports (issue 14: the
 *   path files were a four-file cycle). The i18n catalogues and the
 *   recommendation rules import a type from the module that imports them
 *   (erased at build, not a cycle at run time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

const PURE_LAYERS = ['src/pipeline.ts', 'src/model/', 'src/analysis/', 'src/recommend/', 'src/report/', 'src/compare/', 'src/anonymise/', 'src/template/'];

/** Files besides src/cli.ts that may reference `process`, with the reason. None today: workers get what they need by message. */
const PROCESS_EXCEPTIONS: Readonly<Record<string, string>> = {};

/** The only importers of chalk. */
const CHALK_IMPORTERS: Readonly<Record<string, string>> = {
  'src/util/colour.ts': 'the one home of colour: chooseColour for the CLI, noColour for files and the library',
};

/** The only importers of graphology, graphology-* packages. */
const GRAPHOLOGY_IMPORTERS: Readonly<Record<string, string>> = {
  'src/analysis/graphology.ts': 'the adapter for graphology-metrics and Louvain (CommonJS/ESM interop, deep .js paths)',
  'src/report/layout.ts': 'ForceAtlas2 for the HTML network map needs a graphology Graph',
};

const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
const PROCESS_MODULES = new Set(['process', 'node:process']);

interface ImportRef {
  readonly spec: string;
  /** true for `import type …`, `import { type A, type B }` and `export type … from`: erased from the build. */
  readonly typeOnly: boolean;
  readonly line: number;
}

interface Scan {
  readonly imports: readonly ImportRef[];
  /** Lines where the identifier `process` is used as a value (not a property name, not in comments or strings). */
  readonly processLines: readonly number[];
}

/** Imports and `process` references of one TypeScript source text. */
export function scanSource(text: string, fileName = 'file.ts'): Scan {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: ImportRef[] = [];
  const processLines: number[] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allNamedTypes =
        named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && allNamedTypes));
      imports.push({ spec: node.moduleSpecifier.text, typeOnly, line: lineOf(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause;
      const allNamedTypes = named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      imports.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allNamedTypes, line: lineOf(node) });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        imports.push({ spec: (node.arguments[0] as ts.StringLiteral).text, typeOnly: false, line: lineOf(node) });
      }
    } else if (ts.isIdentifier(node) && node.text === 'process' && isValueReference(node)) {
      processLines.push(lineOf(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, processLines };
}

/** `process` as a value: not `x.process`, not `{ process: … }`, not a declaration's own name, not in a type. */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return true;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listSources(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

const FILES = listSources('src');
const SCANS = new Map(FILES.map((f) => [f, scanSource(readFileSync(path.join(ROOT, f), 'utf8'), f)] as const));

/** A relative import → the src file it loads (`./x.js` → `src/…/x.ts`), or null for a package. */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.js$/, '.ts');
  return SCANS.has(target) ? target : null;
}

/** Every src file `file` loads at run time (value imports, followed transitively), itself included, each with the path that reached it. */
function loadedFrom(file: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const ref of SCANS.get(current)!.imports) {
      if (ref.typeOnly) continue;
      const target = resolveLocal(current, ref.spec);
      if (target === null || reached.has(target)) continue;
      reached.set(target, [...reached.get(current)!, target]);
      queue.push(target);
    }
  }
  return reached;
}

/**
 * The import cycles among `files` (every import, type-only included), each as
 * its file path from one module back to itself; [] when there is none.
 * Tarjan's strongly connected components: a component of two or more files,
 * or a file importing itself, is a cycle.
 */
export function importCycles(files: readonly string[], importsOfFile: (file: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of importsOfFile(file)) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
      if (member === file) break;
    }
    if (component.length > 1 || importsOfFile(file).includes(file)) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const isPure = (file: string): boolean => PURE_LAYERS.some((dir) => file.startsWith(dir));
const importsOf = (file: string, test: (spec: string) => boolean, valueOnly = false): ImportRef[] =>
  SCANS.get(file)!.imports.filter((r) => test(r.spec) && !(valueOnly && r.typeOnly));

describe('scanSource (the guard itself)', () => {
  it('finds value uses of process, not comments, strings, property names or types', () => {
    const text = [
      '// process.env in a comment',
      "const s = 'process.exit(1)';",
      'const o = { process: 1 };',
      'o.process;',
      'const env = process.env;',
      'const { argv } = process;',
      'let t: NodeJS.Process | undefined;',
    ].join('\n');
    expect(scanSource(text).processLines).toEqual([5, 6]);
  });

  it('tells type-only imports from imports that load the module', () => {
    const text = [
      "import type { A } from 'chalk';",
      "import { type B, type C } from 'graphology';",
      "import { D, type E } from 'node:fs';",
      "import F from 'fs';",
      "export type { G } from './g.js';",
      "export { H } from './h.js';",
      "const m = await import('node:fs/promises');",
    ].join('\n');
    expect(scanSource(text).imports.map((r) => [r.spec, r.typeOnly])).toEqual([
      ['chalk', true],
      ['graphology', true],
      ['node:fs', false],
      ['fs', false],
      ['./g.js', true],
      ['./h.js', false],
      ['node:fs/promises', false],
    ]);
  });
});

describe('importCycles (the guard itself)', () => {
  const graph = (edges: Record<string, string[]>) => (file: string): string[] => edges[file] ?? [];
  it('finds a cycle of four, a self-import, and nothing in a layered graph', () => {
    expect(importCycles(['a', 'b', 'c', 'd', 'e'], graph({ a: ['b'], b: ['c'], c: ['d', 'e'], d: ['a'] }))).toEqual([['a', 'b', 'c', 'd']]);
    expect(importCycles(['a', 'b'], graph({ a: ['a', 'b'] }))).toEqual([['a']]);
    expect(importCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'] }))).toEqual([]);
  });
});

describe('layering', () => {
  it('reads the whole src tree', () => {
    expect(FILES).toContain('src/cli.ts');
    expect(FILES.filter(isPure).length).toBeGreaterThan(50);
  });

  it('pure layers load no node:fs and no process, directly or through another src module', () => {
    const found: string[] = [];
    for (const file of FILES.filter(isPure)) {
      for (const [loaded, via] of loadedFrom(file)) {
        const scan = SCANS.get(loaded)!;
        for (const r of scan.imports) {
          if (!r.typeOnly && (FS_MODULES.has(r.spec) || PROCESS_MODULES.has(r.spec))) found.push(`${via.join(' → ')}:${r.line} imports ${r.spec}`);
        }
        for (const line of scan.processLines) found.push(`${via.join(' → ')}:${line} references process`);
      }
    }
    expect(found).toEqual([]);
  });

  const localImports = (file: string, valueOnly: boolean): string[] =>
    SCANS.get(file)!.imports
      .filter((r) => !(valueOnly && r.typeOnly))
      .map((r) => resolveLocal(file, r.spec))
      .filter((t): t is string => t !== null);

  it('no import cycle in src/ among the imports that load a module', () => {
    expect(importCycles(FILES, (f) => localImports(f, true))).toEqual([]);
  });

  it('no import cycle in analysis/ or model/, type-only imports included', () => {
    const inner = (f: string): boolean => f.startsWith('src/analysis/') || f.startsWith('src/model/');
    expect(FILES.filter(inner).length).toBeGreaterThan(20);
    expect(importCycles(FILES.filter(inner), (f) => localImports(f, false).filter(inner))).toEqual([]);
  });

  it('only src/io/ imports node:fs', () => {
    const found = FILES.filter((f) => !f.startsWith('src/io/')).flatMap((f) =>
      importsOf(f, (s) => FS_MODULES.has(s)).map((r) => `${f}:${r.line} imports ${r.spec}`),
    );
    expect(found).toEqual([]);
  });

  it('only src/cli.ts references process (exceptions listed with a reason)', () => {
    const found = FILES.filter((f) => f !== 'src/cli.ts' && !(f in PROCESS_EXCEPTIONS)).flatMap((f) => [
      ...SCANS.get(f)!.processLines.map((line) => `${f}:${line} references process`),
      ...importsOf(f, (s) => PROCESS_MODULES.has(s)).map((r) => `${f}:${r.line} imports ${r.spec}`),
    ]);
    expect(found).toEqual([]);
    // An exception that is no longer needed is removed, not kept "just in case".
    for (const f of Object.keys(PROCESS_EXCEPTIONS)) expect(SCANS.get(f)?.processLines.length ?? 0, f).toBeGreaterThan(0);
    expect(SCANS.get('src/cli.ts')!.processLines.length).toBeGreaterThan(0);
  });

  it('only util/colour.ts imports chalk', () => {
    const importers = FILES.filter((f) => importsOf(f, (s) => s === 'chalk' || s.startsWith('chalk/')).length > 0);
    expect(importers).toEqual(Object.keys(CHALK_IMPORTERS).sort());
  });

  it('graphology is imported only by the metrics adapter and the map layout', () => {
    const importers = FILES.filter((f) => importsOf(f, (s) => /^graphology(-[a-z0-9-]+)?(\/|$)/.test(s)).length > 0);
    expect(importers).toEqual(Object.keys(GRAPHOLOGY_IMPORTERS).sort());
  });
});

/** Names declared with `export` in one source text (functions, classes, interfaces, types, enums, consts), not re-exports. */
export function declaredExports(text: string, fileName = 'file.ts'): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const names: string[] = [];
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const node of source.statements) {
    if (!exported(node)) continue;
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node)) && node.name !== undefined
    ) {
      names.push(node.name.text);
    }
  }
  return names;
}

describe('names that say one thing (issue 14.6)', () => {
  it('declaredExports reads declarations, not re-exports', () => {
    const text = [
      'export function analyse() {}',
      'export interface AnalyseOptions {}',
      'export const A = 1, B = 2;',
      "export { renderReport } from './r.js';",
      'function hidden() {}',
    ].join('\n');
    expect(declaredExports(text)).toEqual(['analyse', 'AnalyseOptions', 'A', 'B']);
  });

  it('a name the library declares in src/index.ts is declared by no other module of src/', () => {
    const own = declaredExports(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8'), 'src/index.ts');
    expect(own).toEqual(expect.arrayContaining(['analyse', 'AnalyseOptions', 'renderReport']));
    const clashes = FILES.filter((f) => f !== 'src/index.ts').flatMap((f) =>
      declaredExports(readFileSync(path.join(ROOT, f), 'utf8'), f).filter((n) => own.includes(n)).map((n) => `${f} also declares ${n}`),
    );
    expect(clashes).toEqual([]);
  });
});
