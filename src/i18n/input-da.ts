/**
 * Fejlene på dansk (typet af ErrorCatalogue i input.ts). Filer, kolonner,
 * værdier og id'er citeres som i de engelske; tilvalg og koder står som på
 * kommandolinjen; Excels menuer med deres danske navne.
 */

import { quote } from '../model/quote.js';
import type { ErrorCatalogue, ErrorParams } from './input.js';
import { columnList, idList } from './input-format.js';

const columns = (header: readonly string[]): string => columnList(header, '(ingen)', (n) => `${n} i alt`);
const ids = (list: readonly string[]): string => idList(list, (n) => `${n} i alt`);
const groupChoices = (cs: readonly string[]): string =>
  cs.length === 0 ? 'aktørerne har ingen kolonner at gruppere efter (tilføj en sektorkolonne)' : `kolonner at gruppere efter: ${columns(cs)}`;
const SAVE_AS_CSV = 'åbn den i Excel, og vælg Filer → Gem som → "CSV UTF-8 (kommasepareret) (*.csv)"';
const FS = {
  'not-found': 'filen eller mappen findes ikke',
  'not-dir': 'filen eller mappen findes ikke (en del af stien er en fil)',
  permission: 'ingen adgang (tilladelse nægtet)',
  'is-folder': 'er en mappe, ikke en CSV-fil',
  loop: 'for mange symbolske links',
} as const;
const ENDPOINT = { source: 'fra-kolonnen', target: 'til-kolonnen' } as const;
const fields = (n: number): string => `${n} ${n === 1 ? 'felt' : 'felter'}`;

const OUT = {
  permission: 'ingen adgang (tilladelse nægtet)',
  'not-dir': 'en del af stien er en fil, ikke en mappe',
  'read-only': 'filsystemet er skrivebeskyttet',
  'no-space': 'der er ikke mere plads på drevet',
} as const;
const REPORT = {
  'no-folder': 'mappen findes ikke',
  permission: 'ingen adgang (tilladelse nægtet)',
  'is-folder': 'det er en mappe',
  'no-space': 'der er ikke mere plads på drevet',
} as const;

const fs = (p: ErrorParams['fs-error']): string => (p.reason === 'other' ? `kan ikke læses (${p.code ?? 'ukendt fejl'})` : FS[p.reason]);

export const errorsDa: ErrorCatalogue = {
  'input-path-empty': () => 'stien til input er tom',
  'fs-error': (p) => fs(p),
  'is-folder': () => 'er en mappe, ikke en CSV-fil',
  'not-regular-file': () => 'er ikke en almindelig fil',
  'file-too-large': (p) => `er større end ${p.mib} MiB, som er det meste, tuff læser`,
  'folder-without-ties': (p) => {
    const found = p.csvs.length === 0 ? 'ingen CSV-filer i den' : `fundet: ${p.csvs.slice(0, 5).map((e) => quote(e)).join(', ')}${p.csvs.length > 5 ? ', …' : ''}`;
    return `mappen har hverken en ties.csv (eller relationer.csv, netværk.csv), en deltagerliste (deltagelse.csv, participation.csv) eller én Excel-projektmappe (${found}); angiv selve relationsfilen i stedet for mappen`
      + (p.unreadable.length === 0 ? '' : `; ${p.unreadable.slice(0, 3).map((e) => quote(e)).join(', ')} er ${p.unreadable.length === 1 ? 'en gammel Excel- eller OpenDocument-fil' : 'gamle Excel- eller OpenDocument-filer'}, som tuff ikke kan læse: gem som .xlsx eller CSV UTF-8`);
  },
  'sheet-option-on-text': (p) => `${p.option} gælder kun en Excel-projektmappe (.xlsx); ${p.file} er en tekstfil`,
  'directed-only-meta': (p) => `"${p.key}" gælder kun rettede svar: sæt "directed": true (eller angiv --directed), eller fjern "${p.key}"`,
  'directed-only-option': (p) => `${p.option} gælder kun rettede svar: tilføj --directed (eller "directed": true i meta.json)`,
  'group-by-unknown': (p) => `--group-by ${quote(p.name)}: aktørerne har ingen sådan kolonne; ${groupChoices(p.columns)}`,
  'meta-group-by-unknown': (p) => `"groupBy": ${quote(p.name)} er ikke en kolonne i aktørfilen; ${groupChoices(p.columns)}`,
  'xlsx-not-csv': () => `dette er en Excel-projektmappe (.xlsx), ikke en CSV-fil: ${SAVE_AS_CSV}`,
  'xls-not-csv': () => `dette er en gammel Excel-projektmappe (.xls), ikke en CSV-fil: ${SAVE_AS_CSV}`,
  'bom-invalid-utf8': () => 'filen begynder med et UTF-8-byte-order-mærke, men er ikke gyldig UTF-8 på denne linje',
  'binary-nul-char': () => 'binære data (et NUL-tegn), ikke en CSV-tekstfil',
  'binary-nul-byte': () => 'binære data (en NUL-byte), ikke en CSV-tekstfil (hvis det er tekst, så gem den som CSV UTF-8)',
  'utf16-odd-bytes': (p) => `ligner ${p.encoding.toUpperCase()}-tekst, men har et ulige antal bytes (er filen afkortet?)`,
  'utf16-invalid': (p) => `ligner ${p.encoding.toUpperCase()}-tekst, men er ikke gyldig ${p.encoding.toUpperCase()}`,
  'empty-file': () => 'filen er tom',
  'empty-file-blank': () => 'filen er tom (kun tomme linjer eller tomme celler)',
  'csv-unreadable': (p) => (p.code === null ? 'kan ikke læses som CSV' : `kan ikke læses som CSV (${p.code})`),
  'row-too-long': (p) =>
    `en række, der begynder her, er længere end ${p.mib} MiB, som er grænsen for én række (et anførselstegn, der aldrig lukkes, eller ikke en CSV-fil?)`,
  'quote-unclosed': () => 'et anførselstegn (") åbnes på denne linje og lukkes aldrig',
  'quote-text-after': () => 'der står tekst efter et afsluttende anførselstegn før næste skilletegn; inde i et felt i anførselstegn skrives et anførselstegn som ""',
  'quote-in-unquoted': () =>
    'et anførselstegn (") inde i et felt uden anførselstegn; sæt hele feltet i anførselstegn, og skriv anførselstegnet to gange, fx "Café ""Torvet"""',
  'row-too-few-fields': (p) => `denne række har ${fields(p.fields)}, overskriftsrækken har ${p.header}`,
  'row-too-many-fields': (p) =>
    `denne række har ${fields(p.fields)}, overskriftsrækken har ${p.header} (et skilletegn inde i en værdi? sæt værdien i anførselstegn)`,
  'missing-endpoint-column': (p) =>
    `ingen ${p.column === 'source' ? 'fra-kolonne (en overskrift som fra, kilde, from, source)' : 'til-kolonne (en overskrift som til, mål, to, target)'}; ` +
    `fundne kolonner: ${columns(p.found)}${p.looksLikeActors ? ' (er det aktørfilen?)' : ''}` +
    (p.looksLikeAttendance ? ': det ligner en deltagerliste (en aktør og en aktivitet pr. række); læs den med --two-mode' : ''),
  'missing-id-column': (p) => `ingen id-kolonne (en overskrift som id, aktør, actor); fundne kolonner: ${columns(p.found)}`,
  'weight-column-unknown': (p) => `${p.option} ${quote(p.name)}: relationsfilen har ingen sådan kolonne; fundne kolonner: ${columns(p.found)}`,
  'weight-column-endpoint': (p) => `${p.option} ${quote(p.name)} er ${ENDPOINT[p.column]}, ikke et tal pr. relation`,
  'column-twice': (p) => `kolonnerne ${quote(p.a)} og ${quote(p.b)} betyder begge ${quote(p.key)}; behold kun den ene`,
  'weight-empty': () => 'vægten er tom: angiv et positivt tal, eller fjern vægtkolonnen for et uvægtet netværk',
  'weight-not-positive': (p) => `vægten ${quote(p.text)} er ikke et positivt, endeligt tal`,
  'weight-decimal-comma': (p) => `vægten ${quote(p.text)} er ikke et tal (decimalkomma læses kun i filer adskilt med ; eller tabulator: skriv 2.5)`,
  'weight-thousands': (p) => `vægten ${quote(p.text)}: skriv tallet uden tusindtalsseparator (fx 1234,5)`,
  'weight-not-number': (p) => `vægten ${quote(p.text)} er ikke et tal`,
  'distance-too-small': (p) => `afstanden ${quote(p.text)} er for lille: styrken 1/d er ikke et endeligt tal`,
  'tie-type-no-column': (p) =>
    `--tie-type kræver en kolonne med hver relations type (en overskrift som type, relation, relationstype, type_of_tie); fundne kolonner: ${columns(p.found)}`,
  'tie-type-unknown': (p) =>
    `--tie-type ${quote(p.wanted)}: ingen relation af den type i kolonnen ${quote(p.column)}; fundne typer: ` +
    (p.kinds.length === 0 ? '(ingen)' : p.kinds.map((k) => quote(k)).join(', ')),
  'actor-id-twice': (p) => `aktør-id'et ${quote(p.id)} forekommer to gange (også på linje ${p.earlierLine})`,
  'no-ties': (p) =>
    p.actorsGiven ? 'ingen relationer og ingen aktører: begge filer har kun en overskriftsrække' : 'ingen relationer: filen har en overskriftsrække, men ingen brugbare rækker',
  'attribute-disagrees': (p) =>
    `kolonnen ${quote(p.column)} siger ${quote(p.value)} for ${quote(p.id)}, men linje ${p.firstLine} siger ${quote(p.firstValue)} ` +
    `(${quote(p.firstColumn)}); en aktør har kun én værdi pr. egenskab`,
  'id-control-character': (p) => `id'et ${quote(p.raw)} indeholder kontroltegnet U+${p.code}; et id skal stå på én linje`,
  'two-mode-column-missing': (p) =>
    `en deltagerliste skal have en kolonne ${p.column === 'actor' ? 'aktør (overskriften aktør eller actor)' : 'aktivitet (overskriften aktivitet, møde, arrangement eller activity)'}; fundne kolonner: ${p.found.map((h) => quote(h)).join(', ')}`,
  'activity-without-actor': (p) => `aktiviteten ${quote(p.activity)} har ingen aktør: udfyld kolonnen ${quote(p.column)}, eller fjern rækken`,
  'actor-without-activity': (p) => `aktøren ${quote(p.actor)} har ingen aktivitet: udfyld kolonnen ${quote(p.column)}, eller fjern rækken`,
  'projection-without-two-mode': () => '--projection gælder kun en deltagerliste: tilføj --two-mode (eller "twoMode": true i meta.json)',
  'meta-projection-without-two-mode': () => '"projection" gælder kun en deltagerliste: sæt "twoMode": true (eller angiv --two-mode), eller fjern "projection"',
  'two-mode-option': (p) => `${p.option} gælder ikke en deltagerliste (--two-mode): dens relationer er de aktiviteter, aktørerne deler, vægtet med --projection count eller newman`,
  'two-mode-meta': (p) => `"${p.key}" gælder ikke en deltagerliste: dens relationer er de aktiviteter, aktørerne deler, vægtet med "projection" (count eller newman); fjern "${p.key}"`,
  'meta-two-mode-type': () => '"twoMode" skal være true eller false (true: relationsfilen er en deltagerliste med aktør og aktivitet på hver række)',
  'meta-not-json': () => 'er ikke gyldig JSON',
  'meta-not-object': () => 'skal være et JSON-objekt ({"groupBy": …})',
  'meta-group-by-type': () => '"groupBy" skal være navnet på en kolonne eller null',
  'meta-aliases-type': () => '"headerAliases" skal være et objekt fra overskrift til kolonnenavn',
  'meta-alias-value': () => '"headerAliases" skal knytte hver overskrift til et kolonnenavn (en tekst)',
  'meta-directed-type': () => '"directed" skal være true eller false',
  'meta-weight-type': () => '"weight" skal være navnet på en kolonne i relationsfilen',
  'meta-one-of': (p) => `"${p.key}" skal være en af ${p.allowed.map((a) => `"${a}"`).join(', ')}`,
  'sheet-empty': () => 'arket er tomt',
  'sheet-unknown': (p) => `${p.option} ${quote(p.name)}: projektmappen har intet ark med det navn; fundne ark: ${p.sheets.map((s) => quote(s)).join(', ')}`,
  'no-ties-sheet': (p) =>
    `intet ark med ${p.twoMode ? 'deltagerlisten' : 'relationer'} (et ark, der hedder ${p.names.slice(0, 4).join(', ')}, …); fundne ark: ${p.sheets.map((s) => quote(s)).join(', ')}; vælg et med --sheet NAVN`,
  'sheet-both': (p) => `arket ${quote(p.name)} kan ikke både være relationerne og aktørerne`,
  'workbook-too-large': (p) => `projektmappen er større end ${p.mib} MiB, som er det meste, tuff læser fra Excel (gem arkene som CSV i stedet)`,
  'workbook-damaged': () => 'er ikke en læsbar Excel-projektmappe (en beskadiget eller ufuldstændig .xlsx-fil?)',
  'workbook-empty-zip': () => 'er ikke en læsbar Excel-projektmappe (et tomt zip-arkiv)',
  'workbook-unpacks-too-large': (p) => `projektmappen fylder udpakket mere end ${p.mib} MiB ark, som er det meste, tuff læser (gem arkene som CSV i stedet)`,
  'workbook-too-slow': (p) =>
    `kan ikke læse projektmappen: ${p.memory ? 'den kræver mere hukommelse, end tuff tillader' : `det tog mere end ${p.seconds} s`} (gem arkene som CSV i stedet)`,
  'workbook-unreadable': (p) => `er ikke en læsbar Excel-projektmappe (${p.reason})`,
  'workbook-too-many-cells': (p) => `projektmappen har ${p.cells} celler, flere end de ${p.max}, tuff læser (gem arkene som CSV i stedet)`,
  'pattern-no-match': (p) => `${p.pattern}: intet netværk passer til dette mønster (en mappe med ties.csv eller en .csv-fil)`,
  'out-empty': () => '--out er tom: angiv en mappe til rapporterne',
  'out-failed': (p) =>
    `${p.dir}: ${p.what === 'create' ? 'kan ikke oprette mappen til output' : 'kan ikke skrive rapporter i denne mappe'}: ` +
    (p.reason === 'other' ? (p.code ?? 'ukendt fejl') : OUT[p.reason]),
  'out-is-file': (p) => `${p.dir}: --out skal være en mappe, og dette er en fil`,
  'report-write-failed': (p) => `${p.file}: kan ikke skrive rapporten: ${p.reason === 'other' ? (p.code ?? 'ukendt fejl') : REPORT[p.reason]}`,
  'template-exists': (p) =>
    `${p.files.join(', ')}: findes allerede; tuff template overskriver aldrig en fil (intet er skrevet)`,
  'template-folder-failed': (p) => `${p.dir}: kan ikke oprette mappen (${p.code ?? 'ukendt fejl'})`,
  'template-write-failed': (p) => `${p.dir}: kan ikke skrive skabelonen (${p.code ?? 'ukendt fejl'}); intet er skrevet`,
  'keep-id-label': (p) => `--keep ${p.name}: id'er og navne erstattes altid af pseudonymer`,
  'keep-unknown': (p) =>
    `--keep ${p.name}: ingen aktør har denne egenskab; ${p.available.length === 0 ? 'aktørerne har ingen egenskaber ud over sektor' : `egenskaber: ${p.available.join(', ')}`}`,
  'key-unreadable': (p) => `--key ${p.file}: ${fs(p.fs)}`,
  'key-too-short': (p) => `--key ${p.file}: en nøgle skal have mindst ${p.min} bytes (${p.min * 2} hexcifre); denne har ${p.got}`,
  'key-exists': (p) => `${p.file} findes allerede: angiv den med --key ${p.file} for at genbruge nøglen (samme pseudonymer), eller fjern den`,
  'key-write-failed': (p) => `${p.file}: kan ikke skrive den nye nøgle: ${fs(p.fs)}`,
  'anonymise-out-failed': (p) => `${p.dir}: kan ikke oprette mappen til output: ${p.fs === null ? 'en del af stien er en fil, ikke en mappe' : fs(p.fs)}`,
  'out-overwrites-input': (p) => `--out ${p.out}: ville overskrive input ${p.target}; vælg en anden mappe`,
  'key-inside-out': (p) => `nøglefilen ${p.key} ligger i --out ${p.out}: hold nøglen adskilt fra de data, du deler`,
  'matrix-no-column-ids': () => 'en matrix skal have aktørernes id\'er i første række, efter den første celle',
  'matrix-column-without-id': (p) => `kolonne ${p.column} i matricen har intet aktør-id i første række`,
  'matrix-id-two-columns': (p) => `aktør-id'et ${quote(p.id)} står over to kolonner (${p.a} og ${p.b})`,
  'matrix-row-without-id': () => 'denne række i matricen har intet aktør-id i første celle',
  'matrix-id-two-rows': (p) => `aktør-id'et ${quote(p.id)} står foran to rækker (linje ${p.first} og ${p.second})`,
  'matrix-row-not-column': (p) =>
    `rækkens id ${quote(p.id)} er ikke blandt kolonnernes id'er i første række (${ids(p.columns)}): rækker og kolonner skal være de samme aktører`,
  'matrix-cell-not-number': (p) =>
    `cellen i række ${quote(p.row)}, kolonne ${quote(p.column)} er ${quote(p.raw)}, ikke et tal (0 eller tom = ingen relation)`,
  'matrix-cell-negative': (p) =>
    `cellen i række ${quote(p.row)}, kolonne ${quote(p.column)} er negativ (${p.raw}): en relations vægt er positiv, 0 = ingen relation`,
  'matrix-columns-without-row': (p) =>
    `kolonnernes id'er ${ids(p.ids)} har ingen række: en matrix har én række pr. kolonne, de samme aktører, i samme rækkefølge eller ej`,
  'matrix-ragged': (p) =>
    `denne række i matricen har ${p.cells} ${p.cells === 1 ? 'celle' : 'celler'}, første række har ${p.width} (en ujævn matrix: hver række skal have én celle pr. aktør)`,
  'option-one-of': (p) => `${p.option} skal være en af ${p.allowed.join(', ')} (fik "${p.value}")`,
  'option-whole-number': (p) =>
    `${p.option} skal være et helt tal fra ${p.min} til ${p.max} (fik ${typeof p.value === 'string' ? `"${p.value}"` : String(p.value)})`,
  'exact-and-samples': (p) => `${p.exact} og ${p.samples} udelukker hinanden: ${p.exact} beregner ud fra alle kilder`,
  'weight-option-empty': () => '--weight kræver navnet på en kolonne i relationsfilen',
  'tie-type-option-empty': () => '--tie-type kræver én eller flere typer af relationer, adskilt med komma (fx --tie-type information,resources)',
  'out-required': (p) =>
    p.command === 'batch'
      ? '--out <mappe> er påkrævet: mappen, hvor rapporterne og oversigten skal ligge'
      : '--out <mappe> er påkrævet: mappen, hvor de anonymiserede actors.csv og ties.csv skal ligge',
  'no-networks': () => 'ingen netværk at analysere: angiv mapper, CSV-filer eller mønstre',
  'template-needs-folder': () => 'tuff template skal have en mappe at skrive filerne i',
  'facilitator-empty': () => '--facilitator kræver et aktør-id',
  'facilitator-unknown': (p) =>
    `--facilitator: ingen aktør med id'et "${p.id}" i netværket` +
    (p.byLabel === null
      ? " (id'er skal stemme præcist, også store og små bogstaver)"
      : `; mente du id'et "${p.byLabel.id}" (navn "${p.byLabel.label}")?`),
};
