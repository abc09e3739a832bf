/**
 * End-to-end: the built binary says which shape of data it read, in the
 * format and language asked for (every format × shape × language in-process:
 * test/report/input-shape.test.ts). One run per shape, each in another
 * format, so every format and both languages are spawned once; exit code 0
 * and stderr as tuff analyse gives it for that fixture.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { tuff } from '../helpers/exec.js';

function run(args: string[]): string {
  const r = tuff(['analyse', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('tuff analyse says which shape it read', () => {
  it('text: an Excel workbook, its sheets and the tie-type column', () => {
    const r = tuff(['analyse', 'fixtures/input/xlsx-workbook/partnerskab.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[3]).toBe(
      'read from an edge list (one tie per row) in the Excel workbook\'s sheet "Relationer", actors from the sheet "Aktører"; every kind of tie in the column "Type af relation" analysed together',
    );
    expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(2);
  });

  it('text --lang da: a plain edge list from Danish Excel', () => {
    expect(run(['fixtures/input/danish-excel', '--lang', 'da']).split('\n')[3]).toBe('læst fra en liste over relationer (én relation pr. række) i en CSV-fil');
  });

  it('markdown --lang da: an asymmetric matrix is directed answers, nothing says who did not answer', () => {
    expect(run(['fixtures/input/matrix-asymmetric', '--format', 'markdown', '--lang', 'da']).split('\n')).toContain(
      'læst fra en ikke-symmetrisk matrix med 5 aktører (hver række er det, aktøren selv har svaret) i en CSV-fil; rettede svar (hvem nævner hvem); ' +
        'de øvrige mål bruger hver relation, som en af parterne nævner (--symmetrise union); intet angiver, hvem der ikke har svaret: alle aktører regnes for at have svaret',
    );
  });

  it('html: directed answers, --symmetrise mutual and --non-respondents no-outgoing', () => {
    expect(run(['fixtures/directed/survey', '--format', 'html', '--symmetrise', 'mutual', '--non-respondents', 'no-outgoing'])).toContain(
      '<p class="lede">read from an edge list (one tie per row) in a CSV file; directed answers (who names whom); the other measures use only the ties both sides name ' +
        '(--symmetrise mutual); an actor with no row of its own did not answer (--non-respondents no-outgoing)</p>',
    );
  });

  it('gexf --lang da: the tie-type filter, in <meta><description>', () => {
    const out = run(['fixtures/input/tie-types', '--format', 'gexf', '--lang', 'da', '--tie-type', 'information']);
    const doc = new DOMParser().parseFromString(out, 'text/xml');
    expect(doc.getElementsByTagName('description')[0]!.textContent).toBe(
      'tie-types: læst fra en liste over relationer (én relation pr. række) i en CSV-fil; kun typen "information" analyseres (--tie-type)',
    );
  });

  it('graphml: a symmetric matrix, in <desc> and the graph key "shape"', () => {
    const out = run(['fixtures/input/matrix-danish', '--format', 'graphml']);
    expect(out).toMatch(/<desc>tuff [^:]+: matrix-danish: read from a symmetric adjacency matrix of 7 actors in a CSV file<\/desc>/);
    expect(out).toMatch(/<key id="(d\d+)" for="graph" attr.name="shape" attr.type="string"\/>\n {2}<graph id="G" edgedefault="undirected">\n {4}<data key="\1">matrix<\/data>/);
  });

  it('json: a matrix in a workbook, by its keys', () => {
    const input = (JSON.parse(run(['fixtures/input/xlsx-matrix/matrix.xlsx', '--format', 'json'])) as { input: Record<string, unknown> }).input;
    expect([input['shape'], input['format'], input['sheets'], input['matrix']]).toEqual(['matrix', 'xlsx', { ties: 'Matrix', actors: null }, { actors: 7, symmetric: true }]);
  });

  it('csv: no metadata, the table starts with its header (the shape is in the other formats)', () => {
    const out = run(['fixtures/input/matrix-danish', '--format', 'csv']);
    expect(out.replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^id;label;sector;/);
    expect(out).not.toMatch(/matrix|shape/i);
  });
});
