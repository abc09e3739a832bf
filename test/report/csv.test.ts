/**
 * The per-actor CSV: dialects (--excel da|en, automatic Danish after a
 * `;`-separated input, plain otherwise), formula neutralisation, numbers that
 * stay numbers, RFC 4180 quoting and CRLF line ends. Expected cells are
 * written out by hand. (The cell writer itself: test/util/csv-write.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeDataset } from '../helpers/shared.js';
import { computeAnalysis } from '../../src/analysis/index.js';
import { buildReport } from '../../src/report/build.js';
import { renderCsv } from '../../src/report/csv.js';
import type { Dataset, Report } from '../../src/types.js';

function reportOf(dataset: Dataset, delimiter: string): Report {
  return buildReport({
    dataset,
    input: { ties: 'ties.csv', actors: null, groupBy: dataset.groupBy, weighted: dataset.weighted, delimiter, encoding: 'utf-8', columns: {} },
    warnings: [],
    analysis: computeAnalysis(dataset, { seed: 1, runs: 2 }),
    recommendations: [],
  });
}

// A path a – b – c with weights 2.5 and 1; b is a cut point; groups by sector.
const dataset = makeDataset([['a', 'b', 2.5], ['b', 'c', 1]], {
  actors: [
    { id: 'a', label: '=HYPERLINK("http://x")', sector: 'civil', attributes: { note: '-2', phone: '+45 1234' } },
    { id: 'b', label: 'Hansen; Søn, "Tømrer"', sector: 'civil', attributes: { note: '@home' } },
    { id: 'c', label: ' padded ', sector: 'public', attributes: { note: 'two\nlines' } },
  ],
  groupBy: 'sector',
});

/** Parse with csv-parse (an independent RFC 4180 reader), as a spreadsheet would read the file. */
function rows(text: string, delimiter: string): string[][] {
  return parse(text, { delimiter, bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

describe('renderCsv', () => {
  it('writes plain CSV (",", ".", no BOM, CRLF) after a comma-separated input', () => {
    const text = renderCsv({ report: reportOf(dataset, ','), dataset }, { excel: undefined });
    expect(text.startsWith('\ufeff')).toBe(false);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'id,label,sector,note,phone,degree,strength,betweenness,weightedBetweenness,closeness,harmonic,eigenvector,' +
        'pagerank,constraint,effectiveSize,clustering,articulationPoint,cutOff,component,eiIndex,participation,community',
    );
    // a: degree 1, strength 2.5, betweenness 0; formula-like text neutralised; "-2" is text here.
    expect(lines[1]!.startsWith(`a,"'=HYPERLINK(""http://x"")",civil,'-2,'+45 1234,1,2.5,0,`)).toBe(true);
    // b: quoted (separator and quotes), betweenness 1 (the only broker), cut point 1.
    expect(lines[2]!.startsWith('b,"Hansen; Søn, ""Tømrer""",civil,\'@home,,2,3.5,1,')).toBe(true);
    // c: blanks kept by quoting, a line break inside a quoted cell.
    expect(lines[3]!.startsWith('c," padded ",public,"two\nlines",,1,1,0,')).toBe(true);
  });

  it('switches to Danish Excel (";", decimal comma, BOM) after a ;-separated input', () => {
    const text = renderCsv({ report: reportOf(dataset, ';'), dataset }, { excel: undefined });
    expect(text.startsWith('\ufeffid;label;sector;')).toBe(true);
    const [, a, b] = text.split('\r\n');
    expect(a!.startsWith(`a;"'=HYPERLINK(""http://x"")";civil;'-2;'+45 1234;1;2,5;0;`)).toBe(true);
    // The label holds ";" and quotes: quoted; its "," needs no quoting in this dialect but stays inside the quotes.
    expect(b!.startsWith('b;"Hansen; Søn, ""Tømrer""";civil;\'@home;;2;3,5;1;')).toBe(true);
  });

  it('--lang da: the header row in Danish, the same columns in the same order and the same cells', () => {
    const en = renderCsv({ report: reportOf(dataset, ';'), dataset }, { excel: undefined, lang: 'en' }).split('\r\n');
    const da = renderCsv({ report: reportOf(dataset, ';'), dataset }, { excel: undefined, lang: 'da' }).split('\r\n');
    expect(da[0]).toBe(
      '\ufeffid;navn;sektor;note;phone;grad;styrke;betweenness;vægtet betweenness;closeness;harmonisk centralitet;eigenvektor;' +
        'PageRank;constraint;effektiv størrelse;klyngekoefficient;snitpunkt;afskærer;del;E-I-indeks;deltagelseskoefficient;klynge',
    );
    expect(da[0]!.split(';')).toHaveLength(en[0]!.split(';').length);
    expect(da.slice(1)).toEqual(en.slice(1));
  });

  it('--lang da: the vulnerable flag is "sårbar"; an attribute named like a Danish header gets "egenskab."', () => {
    const clash = makeDataset([['a', 'b']], {
      actors: [{ id: 'a', attributes: { vulnerable: 'ja', grad: 'høj', Klynge: '2' } }, 'b'],
      groupBy: null,
    });
    const [da] = renderCsv({ report: reportOf(clash, ','), dataset: clash }, { excel: undefined, lang: 'da' }).split('\r\n');
    const [en] = renderCsv({ report: reportOf(clash, ','), dataset: clash }, { excel: undefined, lang: 'en' }).split('\r\n');
    expect(da!.split(',').slice(0, 7)).toEqual(['id', 'navn', 'sektor', 'sårbar', 'egenskab.grad', 'egenskab.Klynge', 'grad']);
    expect(en!.split(',').slice(0, 7)).toEqual(['id', 'label', 'sector', 'vulnerable', 'grad', 'Klynge', 'degree']);
  });

  it('reads back with an RFC 4180 parser to the same text cells (after the neutralising apostrophe)', () => {
    for (const [delimiter, excel] of [[',', undefined], [';', 'da'], [',', 'en']] as const) {
      const table = rows(renderCsv({ report: reportOf(dataset, delimiter), dataset }, { excel }), excel === 'en' ? ',' : delimiter);
      expect(table.map((r) => r.length)).toEqual([22, 22, 22, 22]);
      expect(table.slice(1).map((r) => r[1])).toEqual(["'=HYPERLINK(\"http://x\")", 'Hansen; Søn, "Tømrer"', ' padded ']);
      expect(table.slice(1).map((r) => r[3])).toEqual(["'-2", "'@home", 'two\nlines']);
    }
  });

  it('lets --excel override the automatic choice either way', () => {
    const en = renderCsv({ report: reportOf(dataset, ';'), dataset }, { excel: 'en' });
    expect(en.startsWith('\ufeffid,label,')).toBe(true);
    expect(en).toContain(',2.5,');
    const da = renderCsv({ report: reportOf(dataset, ','), dataset }, { excel: 'da' });
    expect(da.startsWith('\ufeffid;label;')).toBe(true);
    expect(da).toContain(';2,5;');
  });

  it('leaves negative numbers as numbers, writes booleans as 1/0 and null as an empty cell', () => {
    const text = renderCsv({ report: reportOf(dataset, ','), dataset }, { excel: undefined });
    const table = rows(text, ',');
    const header = table[0]!;
    const col = (name: string): number => header.indexOf(name);
    const byId = new Map(table.slice(1).map((r) => [r[0], r]));
    // E-I of "civil" actors: a's only tie is inside (-1), b has one inside and one across (0), c across (+1).
    expect(byId.get('a')![col('eiIndex')]).toBe('-1');
    expect(byId.get('c')![col('eiIndex')]).toBe('1');
    expect(byId.get('b')![col('articulationPoint')]).toBe('1');
    expect(byId.get('a')![col('articulationPoint')]).toBe('0');
    // b, the centre of the path a–b–c, leaves two parts of one actor: one stays, one is cut off.
    expect(byId.get('b')![col('cutOff')]).toBe('1');
    expect(byId.get('a')![col('cutOff')]).toBe('0');
    // Constraint and effective size are null for an isolate: empty cells.
    const withIsolate = makeDataset([['a', 'b']], { actors: ['a', 'b', 'z'] });
    const iso = rows(renderCsv({ report: reportOf(withIsolate, ','), dataset: withIsolate }, { excel: undefined }), ',');
    const z = iso.find((r) => r[0] === 'z')!;
    expect(z[iso[0]!.indexOf('constraint')]).toBe('');
    expect(z[iso[0]!.indexOf('effectiveSize')]).toBe('');
  });
});
