/**
 * `tuff template`: the empty files a facilitator sends out to collect a
 * partnership's network (pure: texts and sheet contents; io/template-files.ts
 * writes them).
 *
 * - actors.csv and ties.csv with their headers only, in Danish Excel's
 *   dialect (`;`, UTF-8 byte-order mark, CRLF), so that a double click opens
 *   them in columns in Danish Excel and "Gem" keeps them readable by tuff;
 * - README.txt (same dialect: BOM, CRLF, for Notepad) explaining every column;
 * - the same as one workbook (network.xlsx / netvaerk.xlsx) with a README
 *   sheet, a ties sheet and an actors sheet named as tuff finds them.
 *
 * Headers are the ones tuff reads (English, or the Danish aliases with
 * --lang da): the filled-in files go straight into `tuff analyse FOLDER`.
 */

import type { Lang } from '../options.js';

export interface TemplateText {
  readonly name: string;
  readonly text: string;
}

export interface TemplateSheets {
  readonly name: string;
  readonly sheets: readonly { readonly sheet: string; readonly rows: readonly (readonly string[])[] }[];
}

export interface Template {
  readonly texts: readonly TemplateText[];
  readonly workbook: TemplateSheets;
}

const HEADERS = {
  en: { ties: ['source', 'target', 'weight', 'type'], actors: ['id', 'label', 'sector', 'vulnerable'] },
  da: { ties: ['fra', 'til', 'styrke', 'type af relation'], actors: ['aktør', 'navn', 'sektor', 'sårbar'] },
} as const;

const README: Record<Lang, readonly string[]> = {
  en: [
    'Network of the partnership: how to fill in these files',
    '',
    'actors.csv: one row per organisation or person in the partnership, also those with no ties.',
    '  id          a short unique name, used in ties.csv (e.g. school, library, tenants)',
    '  label       the full name shown in the report (optional)',
    '  sector      public, civil, private or citizen (or your own groups)',
    '  vulnerable  yes or no: citizens in vulnerable positions (optional)',
    '  Any other column you add (e.g. role) is kept and can be used with --group-by.',
    '',
    'ties.csv: one row per tie between two actors (working together, sharing information, ...).',
    '  source, target  the ids of the two actors, as written in actors.csv',
    '  weight          how strong the tie is, a positive number, e.g. 1 = occasional, 3 = close (optional)',
    '  type            the kind of tie, e.g. information, joint activity, resources (optional)',
    '  A tie is written once; the same pair twice is added up (tuff warns about it).',
    '',
    'Save as "CSV UTF-8" or "CSV (semicolon separated)" and keep the file names. The workbook',
    'network.xlsx holds the same two sheets (ties, actors) and can be filled in instead.',
    'Then: tuff analyse FOLDER',
  ],
  da: [
    'Partnerskabets netværk: sådan udfyldes filerne',
    '',
    'actors.csv: én række pr. organisation eller person i partnerskabet, også dem uden relationer.',
    '  aktør             et kort, entydigt navn, som bruges i ties.csv (fx skole, bibliotek, beboere)',
    '  navn              det fulde navn, som vises i rapporten (valgfrit)',
    '  sektor            offentlig, civil, privat eller borger (eller jeres egne grupper)',
    '  sårbar            ja eller nej: borgere i udsatte positioner (valgfrit)',
    '  Andre kolonner (fx rolle) bevares og kan bruges med --group-by.',
    '',
    'ties.csv: én række pr. relation mellem to aktører (samarbejde, videndeling, ...).',
    '  fra, til          de to aktørers navn, som i actors.csv',
    '  styrke            hvor stærk relationen er, et positivt tal, fx 1 = lejlighedsvis, 3 = tæt (valgfrit)',
    '  type af relation  slags relation, fx information, fælles aktivitet, ressourcer (valgfrit)',
    '  En relation skrives én gang; samme par to gange lægges sammen (tuff advarer om det).',
    '',
    'Gem som "CSV UTF-8 (kommasepareret)" eller "CSV (semikolonsepareret)" og behold filnavnene.',
    'Projektmappen netvaerk.xlsx har de samme to ark (relationer, aktører) og kan udfyldes i stedet.',
    'Derefter: tuff analyse MAPPE',
  ],
};

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The header line in Danish Excel's CSV dialect (`;`; a header never holds `;` or quotes). */
function csvHeader(fields: readonly string[]): string {
  return BOM + fields.join(';') + CRLF;
}

export function buildTemplate(lang: Lang): Template {
  const h = HEADERS[lang];
  const readme = README[lang];
  return {
    texts: [
      { name: 'actors.csv', text: csvHeader(h.actors) },
      { name: 'ties.csv', text: csvHeader(h.ties) },
      { name: 'README.txt', text: BOM + readme.join(CRLF) + CRLF },
    ],
    workbook: {
      name: lang === 'da' ? 'netvaerk.xlsx' : 'network.xlsx',
      sheets: [
        { sheet: 'README', rows: readme.map((line) => [line]) },
        { sheet: lang === 'da' ? 'Relationer' : 'ties', rows: [h.ties] },
        { sheet: lang === 'da' ? 'Aktører' : 'actors', rows: [h.actors] },
      ],
    },
  };
}
