/**
 * Every report format says which shape of data it was made from
 * (report/input-shape.ts), in English and Danish, for every shape tuff reads:
 * an edge list, a symmetric and an asymmetric adjacency matrix, an Excel
 * workbook (edge list and matrix, with the sheets), directed survey answers
 * (both symmetrisations, the respondent column, the no-outgoing rule, and
 * neither), the tie-type filter, and attendance lists (CSV and workbook, both
 * projections). The sentences are the specification,
 * written out here; each format is read back as its readers would: the line
 * in text, Markdown and HTML, GEXF's <meta><description>, GraphML's <desc>
 * and its graph-level `shape` key (parsed with graphology-graphml), the JSON
 * keys. The per-actor CSV carries no metadata: its first line is the header.
 * Through the library's renderReport (the CLI's own dispatch);
 * test/cli/input-shape.test.ts spawns the built binary.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import { analyse, readNetwork, renderReport, VERSION, type ReadOptions } from '../../src/index.js';
import { escapeHtml, markdownText } from '../../src/report/escape.js';
import { FORMATS, type Format } from '../../src/options.js';

interface Case {
  readonly input: string;
  readonly options: ReadOptions;
  readonly shape: 'edge-list' | 'matrix' | 'two-mode';
  readonly en: string;
  readonly da: string;
}

const CSV_EN = 'in a CSV file';
const CSV_DA = 'i en CSV-fil';
const EDGES_EN = 'read from an edge list (one tie per row)';
const EDGES_DA = 'læst fra en liste over relationer (én relation pr. række)';
const UNION_EN = 'directed answers (who names whom); the other measures use every tie either side names (--symmetrise union)';
const UNION_DA = 'rettede svar (hvem nævner hvem); de øvrige mål bruger hver relation, som en af parterne nævner (--symmetrise union)';

const CASES: readonly Case[] = [
  { input: 'fixtures/input/danish-excel', options: {}, shape: 'edge-list', en: `${EDGES_EN} ${CSV_EN}`, da: `${EDGES_DA} ${CSV_DA}` },
  {
    input: 'fixtures/input/matrix-danish', options: {}, shape: 'matrix',
    en: `read from a symmetric adjacency matrix of 7 actors ${CSV_EN}`,
    da: `læst fra en symmetrisk matrix med 7 aktører ${CSV_DA}`,
  },
  {
    input: 'fixtures/input/matrix-asymmetric', options: {}, shape: 'matrix',
    en: `read from an asymmetric adjacency matrix of 5 actors (each row is what its actor reports) ${CSV_EN}; ${UNION_EN}; nothing says who did not answer: every actor counts as a respondent`,
    da: `læst fra en ikke-symmetrisk matrix med 5 aktører (hver række er det, aktøren selv har svaret) ${CSV_DA}; ${UNION_DA}; intet angiver, hvem der ikke har svaret: alle aktører regnes for at have svaret`,
  },
  {
    input: 'fixtures/input/xlsx-workbook/partnerskab.xlsx', options: {}, shape: 'edge-list',
    en: `${EDGES_EN} in the Excel workbook's sheet "Relationer", actors from the sheet "Aktører"; every kind of tie in the column "Type af relation" analysed together`,
    da: `${EDGES_DA} i Excel-projektmappens ark "Relationer", aktører fra arket "Aktører"; alle typer relationer i kolonnen "Type af relation" analyseres samlet`,
  },
  {
    input: 'fixtures/input/xlsx-matrix/matrix.xlsx', options: {}, shape: 'matrix',
    en: 'read from a symmetric adjacency matrix of 7 actors in the Excel workbook\'s sheet "Matrix"',
    da: 'læst fra en symmetrisk matrix med 7 aktører i Excel-projektmappens ark "Matrix"',
  },
  {
    input: 'fixtures/directed/survey', options: {}, shape: 'edge-list',
    en: `${EDGES_EN} ${CSV_EN}; ${UNION_EN}; who answered: the actors column "besvaret"`,
    da: `${EDGES_DA} ${CSV_DA}; ${UNION_DA}; hvem der har svaret: aktørkolonnen "besvaret"`,
  },
  {
    input: 'fixtures/directed/survey', options: { symmetrise: 'mutual', nonRespondents: 'no-outgoing' }, shape: 'edge-list',
    en: `${EDGES_EN} ${CSV_EN}; directed answers (who names whom); the other measures use only the ties both sides name (--symmetrise mutual); an actor with no row of its own did not answer (--non-respondents no-outgoing)`,
    da: `${EDGES_DA} ${CSV_DA}; rettede svar (hvem nævner hvem); de øvrige mål bruger kun relationer, som begge parter nævner (--symmetrise mutual); en aktør uden egne rækker har ikke svaret (--non-respondents no-outgoing)`,
  },
  {
    input: 'fixtures/input/tie-types', options: { tieTypes: ['information'] }, shape: 'edge-list',
    en: `${EDGES_EN} ${CSV_EN}; only the kind of tie "information" analysed (--tie-type)`,
    da: `${EDGES_DA} ${CSV_DA}; kun typen "information" analyseres (--tie-type)`,
  },
  {
    input: 'fixtures/input/tie-types', options: { tieTypes: ['information', 'fælles aktivitet'] }, shape: 'edge-list',
    en: `${EDGES_EN} ${CSV_EN}; only the kinds of tie "fælles aktivitet", "information" analysed (--tie-type)`,
    da: `${EDGES_DA} ${CSV_DA}; kun typerne "fælles aktivitet", "information" analyseres (--tie-type)`,
  },
  {
    input: 'fixtures/two-mode/attendance', options: {}, shape: 'two-mode',
    en: `read from an attendance list (16 participations in 6 activities) ${CSV_EN}; two actors are tied when they attend the same activity, weighted by the number of activities they share (--projection count)`,
    da: `læst fra en deltagerliste (16 deltagelser i 6 aktiviteter) ${CSV_DA}; to aktører har en relation, når de deltager i samme aktivitet, vægtet med antallet af aktiviteter, de deler (--projection count)`,
  },
  {
    input: 'fixtures/two-mode/attendance-xlsx/deltagelse.xlsx', options: { twoMode: true, projection: 'newman' }, shape: 'two-mode',
    en: 'read from an attendance list (16 participations in 6 activities) in the Excel workbook\'s sheet "Deltagelse", actors from the sheet "Aktører"; two actors are tied when they attend the same activity, weighted by Newman\'s 1/(participants − 1) per shared activity (--projection newman)',
    da: 'læst fra en deltagerliste (16 deltagelser i 6 aktiviteter) i Excel-projektmappens ark "Deltagelse", aktører fra arket "Aktører"; to aktører har en relation, når de deltager i samme aktivitet, vægtet med Newmans 1/(deltagere − 1) pr. fælles aktivitet (--projection newman)',
  },
];

/** The shape line as each format carries it, or null when the format has none (CSV). */
function expectShape(format: Format, out: string, line: string, c: Case): void {
  const xml = (): Document => new DOMParser().parseFromString(out, 'text/xml') as unknown as Document;
  switch (format) {
    case 'text':
      expect(out.split('\n')).toContain(line);
      break;
    case 'markdown':
      expect(out.split('\n')).toContain(markdownText(line));
      break;
    case 'html':
      expect(out).toContain(`<p class="lede">${escapeHtml(line)}</p>`);
      break;
    case 'gexf':
      expect(xml().getElementsByTagName('description')[0]!.textContent).toBe(`network: ${line}`);
      break;
    case 'graphml': {
      expect(xml().getElementsByTagName('desc')[0]!.textContent).toBe(`tuff ${VERSION}: network: ${line}`);
      const g = graphml.parse(Graph, xml());
      expect(g.getAttribute('shape')).toBe(c.shape);
      break;
    }
    case 'json': {
      const input = (JSON.parse(out) as { input: Record<string, unknown> }).input;
      expect(input['shape']).toBe(c.shape);
      expect(input['format']).toBe(c.input.endsWith('.xlsx') ? 'xlsx' : 'csv');
      break;
    }
    case 'csv':
      // No metadata: the first line is the table's header (Danish under --lang da), and the sentence is nowhere in the file.
      expect(out.replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^id[,;](label[,;]sector|navn[,;]sektor)[,;]/);
      expect(out).not.toContain(line);
      break;
  }
}

describe.each(CASES)('$input $options', (c) => {
  const read = readNetwork(c.input, c.options);
  const report = analyse(read);
  it.each(FORMATS.flatMap((format) => (['en', 'da'] as const).map((lang) => [format, lang] as const)))('--format %s --lang %s says which shape was read', (format, lang) => {
    const out = renderReport({ report, dataset: read.dataset }, { format, lang });
    expectShape(format, out, c[lang], c);
  });
});

describe('the JSON keys behind the sentence', () => {
  it('a workbook names its sheets, a matrix its size and symmetry, directed answers their rules', () => {
    const book = analyse(readNetwork('fixtures/input/xlsx-workbook/partnerskab.xlsx'));
    expect(book.input.sheets).toEqual({ ties: 'Relationer', actors: 'Aktører' });
    const asym = analyse(readNetwork('fixtures/input/matrix-asymmetric'));
    expect(asym.input.matrix).toEqual({ actors: 5, symmetric: false });
    expect([asym.input.directed, asym.input.symmetrise, asym.responses]).toEqual([true, 'union', undefined]);
    const survey = analyse(readNetwork('fixtures/directed/survey', { nonRespondents: 'no-outgoing' }));
    expect([survey.responses?.source, survey.responses?.column]).toEqual(['no-outgoing', null]);
    const kinds = analyse(readNetwork('fixtures/input/tie-types', { tieTypes: ['information'] }));
    expect(kinds.tieTypes?.selected).toEqual(['information']);
  });
});
