/**
 * Advarslerne om data på dansk (typet af WarningCatalogue i warnings.ts).
 * Kolonner, værdier og id'er citeres som i de engelske; tilvalgene og
 * koderne står som på kommandolinjen; tal med decimalkomma.
 */

import { quote } from '../model/quote.js';
import type { ValueVariant, WarningCatalogue } from './warnings.js';
import { linesByFile, someLines } from './warnings-format.js';

/** Et tal med decimalkomma (2,5). */
const dk = (x: number): string => String(x).replace('.', ',');

/** "linje 4" / "linjerne 4, 7". */
const lines = (ls: readonly number[], text: string = ls.join(', ')): string => `${ls.length === 1 ? 'linje' : 'linjerne'} ${text}`;

function where(v: ValueVariant, home: string): string {
  return linesByFile(v.lines, home)
    .map((f) => `${f.file === null ? '' : `${f.file} `}${lines(f.lines)}`)
    .join('; ');
}

const HOW = { bom: 'byte-order-mærker fjernet', spaces: 'mellemrum før og efter fjernet', nfc: 'Unicode-normaliseret (NFC)' } as const;
const EMPTY = { source: 'tom kilde (fra)', target: 'tomt mål (til)', both: 'tom kilde (fra) og tomt mål (til)' } as const;

const UNREADABLE = { xls: 'gamle Excel-projektmapper (.xls)', ods: 'OpenDocument-regneark (.ods)' } as const;

export const warningsDa: WarningCatalogue = {
  warning: 'advarsel',
  moreOfCode: (count, code, places) =>
    `— og ${count} ${count === 1 ? 'advarsel' : 'advarsler'} mere af samme slags (${code}; linje ${places}; alle i --format json)`,
  moreWarnings: (count) => `… og ${count} ${count === 1 ? 'advarsel' : 'advarsler'} mere (alle står under dataQuality i --format json)`,
  messages: {
    'actors-beside': (p) => `aktørfilen ved siden af, ${p.actorsFile}, er læst sammen med den (angiv --actors for at vælge en anden)`,
    'file-not-read': (p) => {
      const network = `mappens netværk er ${p.ties}${p.actors === null ? '' : `, med aktørerne i ${p.actors}`}`;
      return p.unreadable !== null
        ? `ikke læst: tuff kan ikke læse ${UNREADABLE[p.unreadable]}; gem den som .xlsx eller CSV UTF-8 for at bruge den (${network})`
        : `ikke læst: ${network}; angiv filen i stedet for mappen for at analysere den (eller med --actors, hvis den er listen over aktørerne)`;
    },
    'batch-file-skipped': (p) => {
      const networks = p.by === 'subfolders'
        ? `${p.folder} står for ${p.count === 1 ? 'sin undermappe' : `sine ${p.count} undermapper`} med et netværk`
        : `${p.folder} står for ${p.count === 1 ? 'sin Excel-projektmappe' : `sine ${p.count} Excel-projektmapper, hver et netværk`}`;
      return p.unreadable !== null
        ? `ikke med i kørslen: tuff kan ikke læse ${UNREADABLE[p.unreadable]}; gem den som .xlsx eller CSV UTF-8, og angiv den selv (${networks})`
        : `ikke med i kørslen: ${networks}; angiv filen selv for også at analysere den`;
    },
    'workbook-not-csv': () => 'filen er en Excel-projektmappe (.xlsx), ikke en CSV-fil, uanset navnet: læst som projektmappe',
    'asymmetric-matrix': (p) => {
      const what =
        `matricen er ikke symmetrisk (række ${quote(p.row)}, kolonne ${quote(p.column)} er forskellig fra ` +
        `række ${quote(p.column)}, kolonne ${quote(p.row)})`;
      return p.directed
        ? `${what}: læst som rettede svar, række → kolonne (hver række er det, dens aktør selv har svaret); de ikke-rettede mål bruger det symmetriserede netværk`
        : `${what}, men data er angivet som ikke-rettede: hvert pars to celler slås sammen med --duplicates ${p.duplicates} (advarslerne om gentagne relationer nævner dem)`;
    },
    'id-normalised': (p) => `id'et ${quote(p.raw)} er læst som ${quote(p.id)} (${p.how.map((h) => HOW[h]).join(', ')}; nævnes kun én gang)`,
    'id-case-variant': (p) =>
      `aktøren ${quote(p.id)} adskiller sig kun fra ${quote(p.like)} ved store og små bogstaver og læses som en anden aktør; mente du ${quote(p.like)}?`,
    'unknown-actor': (p) => `aktøren ${quote(p.id)} findes ikke i ${p.actorsFile}; tilføjet uden oplysninger`,
    'attribute-conflict': (p) =>
      `kolonnen ${quote(p.column)} siger ${quote(p.value)} for ${quote(p.id)}, men ${p.actorsFile}:${p.actorsLine} siger ${quote(p.current)}; aktørfilen har forrang`,
    'vulnerable-unrecognised': (p) =>
      `kolonnen ${quote(p.column)} har kun værdier, der hverken er ja eller nej (${p.values.map((v) => quote(v)).join(', ')}); ` +
      'ingen læses som sårbar — skriv ja eller x for ja og nej eller en tom celle for nej',
    'empty-id': () => 'tomt id; rækken er sprunget over',
    'empty-endpoint': (p) => `${EMPTY[p.which]}; rækken er sprunget over`,
    'empty-tie-type': () => 'ingen type af relation angivet; rækken tæller kun med, når alle typer analyseres',
    'self-loop': (p) => `relationen ${quote(p.id)}–${quote(p.id)} går fra en aktør til den samme aktør og er udeladt`,
    'duplicate-tie': (p) =>
      `gentaget relation ${quote(p.source)}${p.directed ? '→' : '–'}${quote(p.target)}${p.kind === null ? '' : ` af typen ${quote(p.kind)}`} ` +
      `(første gang på linje ${p.firstLine}) slået sammen` +
      (p.merged === null ? '' : ` med --duplicates ${p.merged.by}: vægt ${dk(p.merged.weight)}`),
    'unused-numeric-column': (p) =>
      `kolonnen ${quote(p.column)} indeholder tal, men bruges ikke (${p.weight === null ? 'relationerne læses som uvægtede' : `vægten er ${quote(p.weight)}`}); ` +
      `angiv --weight ${quote(p.column)} for at bruge den som relationernes vægt` +
      ' (og --weight-means distance, hvis et større tal betyder en svagere eller sjældnere relation, fx 1 = dagligt)',
    'participation-weight-unused': (p) =>
      `kolonnen ${quote(p.column)} kontrolleres, men bruges ikke: en relations vægt er antallet af aktiviteter, som begge aktører deltager i (--projection count), eller Newmans sum af 1/(deltagere − 1) over dem (--projection newman)`,
    'repeated-participation': (p) => `${quote(p.actor)} deltager igen i ${quote(p.activity)} (første gang på linje ${p.firstLine}): talt med én gang`,
    'respondent-unrecognised': (p) =>
      `kolonnen ${quote(p.column)} siger ${quote(p.raw)} for ${quote(p.id)}: ikke en ja/nej-værdi (yes, ja, x / no, nej); ` +
      `talt som ${p.answered ? 'svaret: aktøren har sine egne rækker' : 'ikke svaret: aktøren har ingen rækker selv'}`,
    'respondent-has-answers': (p) =>
      `${quote(p.id)} er markeret som ikke at have svaret (${p.actorsFile}:${p.actorsLine}), men nævner relationer fra denne linje; talt med som svarende`,
    'respondent-empty': (p) =>
      `kolonnen ${quote(p.column)} er tom på ${lines(p.lines, someLines(p.lines, 10, (n) => `${n} i alt`))}; ` +
      'om de aktører har svaret, afgøres ud fra deres egne rækker',
    'group-variants-merged': (p) =>
      `værdierne ${p.variants.map((v) => `${quote(v.value)} (${where(v, p.home)})`).join(', ')} i kolonnen ${quote(p.column)} ` +
      `adskiller sig kun ved store og små bogstaver, mellemrum eller en flertalsendelse; slået sammen som ${quote(p.winner)}`,
    'group-near-variants': (p) =>
      `værdierne ${quote(p.a.value)} (${where(p.a, p.home)}) og ${quote(p.b.value)} (${where(p.b, p.home)}) i kolonnen ${quote(p.column)} ` +
      'adskiller sig med ét bogstav; beholdt som to grupper — tjek stavningen',
  },
};
