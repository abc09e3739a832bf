/** Danske ord i tekstrapporten. */

import type { Messages } from './messages.js';
import { docDa } from './doc-da.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const comma = (x: number, digits: number): string => x.toFixed(digits).replace('.', ',');

export const da: Messages = {
  title: (name) => `tuff · netværksanalyse af ${name}`,
  inputLine: (actors, ties, weighted) =>
    `${plural(actors, 'aktør', 'aktører')}, ${plural(ties, 'relation', 'relationer')}, ${weighted ? 'vægtet' : 'uvægtet'}`,
  groupedBy: (column) => `grupper fra kolonnen "${column}"`,
  directedLine: (arcs) => `${arcs} ${arcs === 1 ? 'nævnt relation' : 'nævnte relationer'} (pile)`,
  responseLine: (respondents, total, rate, oneSided) =>
    `${respondents} af ${total} aktører har svaret (${Math.round(rate * 100)} %); ${oneSided} ${oneSided === 1 ? 'relation' : 'relationer'} med en, der ikke har svaret, kendes kun fra den anden part`,
  restsOnNonRespondents: (findings, actors) =>
    `${findings} ${findings === 1 ? 'anbefaling nævner' : 'anbefalinger nævner'} ${actors === 1 ? 'én aktør' : `${actors} aktører`}, der ikke har svaret: de bygger på relationer, som kun den anden part har nævnt (se responses.findingsOnNonRespondents i --format json).`,
  sectionDirected: 'Hvem nævner hvem (svarene)',
  directedIntro: 'Aktører, som andre nævner mest; gensidighed = andel af de relationer, aktøren nævner, som den anden part nævner tilbage (blandt dem, der har svaret).',
  arcs: 'Nævnte relationer (pile)',
  reciprocity: 'Gensidighed (gensidige pile / alle pile)',
  dyads: 'Par: gensidige / ensidige / ingen',
  dyadsValue: (mutual, asymmetric, none) => `${mutual} / ${asymmetric} / ${none}`,
  responseRate: 'Svarprocent',
  reciprocityAmongRespondents: 'Gensidighed blandt svarende',
  colNamedBy: 'Nævnt af',
  colNames: 'Nævner',
  colReciprocity: 'Gensidighed',
  answered: (yes) => (yes ? 'ja' : 'nej'),
  colAnswered: 'Svaret',
  sectionTieTypes: 'Typer af relationer',
  tieTypesIntro: (column, selected) =>
    selected === null
      ? `Kolonnen "${column}" angiver hver relations type; alle typer analyseres samlet. For hver type: relationerne, andelen af mulige relationer (tæthed) og hvilke grupper de forbinder:`
      : `Kolonnen "${column}" angiver hver relations type; kun ${selected.map((k) => `"${k}"`).join(', ')} analyseres (--tie-type). For hver type: relationerne, andelen af mulige relationer (tæthed) og hvilke grupper de forbinder:`,
  multiplexLine: (pairs, policy) =>
    pairs === 0
      ? 'Ingen par af aktører har mere end én type relation blandt de analyserede typer.'
      : `${pairs === 1 ? '1 par af aktører har' : `${pairs} par af aktører har`} mere end én type relation (en multipleks relation, ikke en gentagelse): lagt sammen til én relation med --duplicates ${policy}.`,
  colKind: 'Type af relation',
  colDensity: 'Tæthed',
  colAnalysed: 'Analyseret',
  colGroupPairs: 'Grupper forbundet (relationer)',
  shapeNames: {
    'edge-list': () => 'en liste over relationer (én relation pr. række)',
    matrix: (d) =>
      d.matrix === null
        ? 'en matrix'
        : d.matrix.symmetric
          ? `en symmetrisk matrix med ${plural(d.matrix.actors, 'aktør', 'aktører')}`
          : `en ikke-symmetrisk matrix med ${plural(d.matrix.actors, 'aktør', 'aktører')} (hver række er det, aktøren selv har svaret)`,

    'two-mode': (d) =>
      d.twoMode === null
        ? 'en deltagerliste'
        : `en deltagerliste (${plural(d.twoMode.participations, 'deltagelse', 'deltagelser')} i ${plural(d.twoMode.activities, 'aktivitet', 'aktiviteter')})`,
  },
  inputDescription: (shape, d) => {
    const parts = [
      `læst fra ${shape} ${d.format === 'xlsx' && d.sheets !== null
        ? `i Excel-projektmappens ark "${d.sheets.ties}"${d.sheets.actors === null ? '' : `, aktører fra arket "${d.sheets.actors}"`}`
        : d.format === 'xlsx' ? 'i en Excel-projektmappe' : 'i en CSV-fil'}`,
    ];
    if (d.directed !== null) {
      parts.push(`rettede svar (hvem nævner hvem); de øvrige mål bruger ${d.directed.symmetrise === 'union' ? 'hver relation, som en af parterne nævner (--symmetrise union)' : 'kun relationer, som begge parter nævner (--symmetrise mutual)'}`);
      const r = d.directed.respondents;
      parts.push(r === null
        ? 'intet angiver, hvem der ikke har svaret: alle aktører regnes for at have svaret'
        : r.source === 'column'
          ? `hvem der har svaret: aktørkolonnen "${r.column ?? 'besvaret'}"`
          : 'en aktør uden egne rækker har ikke svaret (--non-respondents no-outgoing)');
    }
    if (d.twoMode !== null) {
      parts.push(d.twoMode.projection === 'count'
        ? 'to aktører har en relation, når de deltager i samme aktivitet, vægtet med antallet af aktiviteter, de deler (--projection count)'
        : 'to aktører har en relation, når de deltager i samme aktivitet, vægtet med Newmans 1/(deltagere − 1) pr. fælles aktivitet (--projection newman)');
    }
    if (d.tieTypes !== null) {
      parts.push(d.tieTypes.selected === null
        ? `alle typer relationer i kolonnen "${d.tieTypes.column}" analyseres samlet`
        : `kun ${d.tieTypes.selected.length === 1 ? 'typen' : 'typerne'} ${d.tieTypes.selected.map((k) => `"${k}"`).join(', ')} analyseres (--tie-type)`);
    }
    return parts.join('; ');
  },
  weightDistanceLine: (column) => `vægtkolonnen "${column}" læses som en afstand (et større tal er en svagere relation): vægt = 1/værdi`,
  noGroups: 'ingen gruppekolonne: brobyggende og bindende bånd beregnes ikke',
  sectionBringTogether: (sectors) => (sectors ? 'Aktiviteter der samler flere sektorer' : 'Aktiviteter der samler flere grupper'),
  bringTogetherIntro: (column) =>
    `Aktiviteter, hvor deltagerne kommer fra to eller flere grupper i kolonnen "${column}", flest grupper først: her mødes partnerskabet på tværs af grupperne.`,
  bringTogetherNoGroups: 'Ingen gruppekolonne: det beregnes ikke, hvilke aktiviteter der samler flere grupper.',
  activityGroups: (activity, participants, groups) => `${activity} (${plural(participants, 'deltager', 'deltagere')}): ${groups.join(', ')}`,
  noBringTogether: 'Ingen aktivitet har deltagere fra to eller flere grupper.',
  sectionSharingNothing: 'Aktører der ikke deler en aktivitet med nogen',
  sharingNothingIntro: 'De har ingen relationer i dette netværk: de deltager ikke i noget, eller kun i aktiviteter, som ingen andre deltager i.',
  sharesNothing: (name, activities) =>
    activities === 0 ? `${name}: deltager ikke i noget` : `${name}: ${plural(activities, 'aktivitet', 'aktiviteter')} uden andre deltagere`,
  everyoneShares: 'Alle aktører deler mindst én aktivitet med en anden aktør.',
  warningsLine: (count) => `${plural(count, 'advarsel', 'advarsler')} om data (vist på stderr og i JSON-rapporten)`,
  estimatesLine: 'betweenness, closeness og afstande er skøn ud fra udvalgte aktører på et så stort netværk (fejlgrænserne står på stderr og i JSON-rapporten; --exact beregner dem eksakt)',
  topUncertainLine: 'skønnene kan ikke afgøre præcist, hvilke aktører der har de 20 højeste betweenness-værdier (de usikre placeringer står i advarslerne om data; --exact afgør dem)',
  eigenvectorLine: 'eigenvektorcentraliteten konvergerede ikke på dette netværk (de to største egenværdier er næsten lige store): brug den ikke til at rangere aktørerne',

  sectionRecommendations: 'Hvad nu?',
  noRecommendations: 'Intet kræver handling.',
  severity: { critical: 'Kritisk', warning: 'Advarsel', info: 'Godt at vide' },

  sectionSummary: 'Netværket',
  actors: 'Aktører',
  ties: 'Relationer',
  density: 'Tæthed (andel af mulige relationer)',
  components: 'Adskilte dele (komponenter)',
  isolates: 'Isolerede aktører',
  transitivity: 'Transitivitet',
  averageClustering: 'Gennemsnitlig klyngekoefficient',
  degreeCentralization: 'Centralisering (grad)',
  diameter: 'Diameter af den største del',
  averagePath: 'Gennemsnitligt antal skridt mellem to aktører',
  networkEi: 'Brobyggende mod bindende bånd (E-I-indeks)',
  eiMeaning: (ei) =>
    ei === null
      ? ''
      : ei <= -0.5
        ? 'mest bånd inden for grupperne (bindende)'
        : ei < -0.1
          ? 'flere bindende end brobyggende bånd'
          : ei <= 0.1
            ? 'bindende og brobyggende bånd i balance'
            : ei < 0.5
              ? 'flere brobyggende end bindende bånd'
              : 'mest bånd på tværs af grupperne (brobyggende)',
  notDefined: '–',

  sectionBrokers: 'Hvem holder netværket sammen?',
  brokersIntro: 'Aktører på flest korteste veje mellem andre (betweenness).',
  colRank: 'nr.',
  colActor: 'Aktør',
  colSector: 'Sektor',
  colTies: 'Bånd',
  colBetweenness: 'Betweenness',
  colConstraint: 'Constraint',
  colEffectiveSize: 'Eff. str.',
  colCutPoint: 'Snitpunkt',
  yes: 'ja',
  no: '',
  cutPoints: (count) =>
    count === 1
      ? '1 aktør, hvis udtræden ville splitte netværket (snitpunkt):'
      : `${count} aktører, hvis udtræden ville splitte netværket (snitpunkter), flest afskåret først:`,
  cutsOff: (count) => (count === 1 ? 'afskærer 1 aktør' : `afskærer ${count} aktører`),
  noCutPoints: 'Ingen enkelt aktør holder netværket sammen: ingen snitpunkter.',
  lowConstraint: 'Brobyggere med mange ikke-overlappende kontakter (lavest constraint, mindst 3 bånd):',
  noLowConstraint: 'Ingen aktør har tre eller flere bånd.',

  sectionSectors: 'Bindende og brobyggende bånd pr. gruppe',
  sectorsIntro: 'Bånd inden for gruppen (bindende) mod bånd til andre grupper (brobyggende); E-I fra −1 (alt indenfor) til +1 (alt på tværs).',
  colGroup: 'Gruppe',
  colInternal: 'Indenfor',
  colExternal: 'På tværs',
  colEi: 'E-I',
  colReading: 'Læsning',
  noSectors: 'Ingen gruppekolonne, så ingen tabel over bindende og brobyggende bånd.',

  sectionFragility: 'Dele, isolerede aktører og skrøbelige bånd',
  componentsLine: (count, largest, total) =>
    count === 1
      ? `Netværket hænger sammen som én helhed (${plural(total, 'aktør', 'aktører')}).`
      : `${count} adskilte dele; den største rummer ${largest} af ${plural(total, 'aktør', 'aktører')}.`,
  detachedGroup: (index, size) => `Del ${index} (${plural(size, 'aktør', 'aktører')}):`,
  isolatesLine: (count) => `${plural(count, 'aktør', 'aktører')} uden nogen relation:`,
  bridgesLine: (count) =>
    count === 1
      ? '1 relation, der alene forbinder to dele (bro):'
      : `${count} relationer, der alene forbinder to dele (broer):`,
  moreNotShown: (count) => `… og ${count} til (se --format json)`,

  sectionCommunities: 'Uformelle klynger (Louvain-fællesskaber)',
  communitiesLine: (count, modularity, runs) =>
    `${plural(count, 'klynge', 'klynger')}, modularitet ${modularity === null ? '–' : comma(modularity, 3)} (bedste af ${runs} kørsler med fast frø; isolerede aktører tæller som egen klynge).`,
  communityLine: (index, size) => `Klynge ${index} (${plural(size, 'aktør', 'aktører')})`,
  communityMix: 'grupper',

  footer: 'Alle mål for hver aktør: tuff analyse … --format json',

  doc: docDa,
};
