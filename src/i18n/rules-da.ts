/**
 * Anbefalingernes sætninger på dansk (typet af RuleCatalogue i rules.ts).
 * Tal op til ti skrives med bogstaver, og "én"/"ét" følger navneordets køn;
 * hvert navneord har ental og flertal her, så ingen sætning bygges af
 * engelske endelser.
 */

import type { BrokerageRole, IntroductionReason, SmallGroup } from '../recommend/types.js';
import type { GroupKind, MergedTexts, RuleCatalogue, RuleFormat } from './rules.js';

interface Noun {
  readonly one: string;
  readonly many: string;
  /** Intetkøn (et bånd): "ét" i stedet for "én". */
  readonly neuter?: boolean;
}

const AKTØR: Noun = { one: 'aktør', many: 'aktører' };
const RELATION: Noun = { one: 'relation', many: 'relationer' };
const FÆLLES_KONTAKT: Noun = { one: 'fælles kontakt', many: 'fælles kontakter' };
const SEKTOR: Noun = { one: 'sektor', many: 'sektorer' };
const GRUPPE: Noun = { one: 'gruppe', many: 'grupper' };
const DEL: Noun = { one: 'del', many: 'dele' };

const WORDS = ['nul', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'];

/** "én aktør", "seks aktører", "14 aktører". */
function count(n: number, noun: Noun): string {
  const number = n === 1 && noun.neuter === true ? 'ét' : n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
  return `${number} ${n === 1 ? noun.one : noun.many}`;
}

function pct(x: number): string {
  if (x > 0 && x < 0.005) return 'under 1 %';
  return `${Math.round(x * 100)} %`;
}

function num(x: number, digits: number): string {
  const text = Math.abs(x).toFixed(digits).replace('.', ',');
  return x < 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? `−${text}` : text;
}

function signed(x: number, digits: number): string {
  const text = num(x, digits);
  return x > 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? `+${text}` : text;
}

const noun = (kind: GroupKind): Noun => (kind === 'sector' ? SEKTOR : GRUPPE);
/** "sektoren", "gruppen". */
const definite = (kind: GroupKind): string => (kind === 'sector' ? 'sektoren' : 'gruppen');
/** "sektorerne", "grupperne". */
const definitePlural = (kind: GroupKind): string => (kind === 'sector' ? 'sektorerne' : 'grupperne');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function attributes(keys: readonly string[]): string {
  const words = keys.map((k) => (k === 'sector' ? 'sektor' : k));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} og ${words[words.length - 1]}`;
}

function pairs(list: readonly (readonly [string, string])[], f: RuleFormat): string {
  return list.map(([a, b]) => `${f.group(a)}–${f.group(b)}`).join(', ');
}

function role(r: BrokerageRole, kind: GroupKind): string {
  switch (r) {
    case 'liaison':
      return `forbindelsesled (forbinder to andre ${noun(kind).many})`;
    case 'gatekeeper':
    case 'representative':
      return `dørvogter/repræsentant (forbinder egen ${noun(kind).one} med andre)`;
    case 'itinerant':
      return `konsulent (forbinder aktører fra en anden ${noun(kind).one})`;
    case 'coordinator':
      return `koordinator (forbinder aktører i egen ${noun(kind).one})`;
  }
}

function reason(r: IntroductionReason, p: { groupA: string | null; groupB: string | null; around: string | null; vulnerable: string | null }, f: RuleFormat): string {
  switch (r) {
    case 'new-sector-link':
      return `Det bliver den første relation mellem ${f.group(p.groupA ?? '')} og ${f.group(p.groupB ?? '')}.`;
    case 'second-route':
      return p.around === null ? '' : `Det giver en ekstra vej uden om ${f.name(p.around)}, som i dag alene holder en del af netværket sammen.`;
    case 'vulnerable-closer':
      return p.vulnerable === null ? '' : `Det bringer ${f.short(p.vulnerable)}, der er i udkanten, tættere på partnerskabet.`;
    case 'across-clusters':
      return 'Det forbinder to uformelle klynger.';
  }
}

/** Bemærkningen til et fund, der sammenligner grupper med én eller to aktører (thresholds.smallGroup), eller ''. */
function smallNote(small: readonly SmallGroup[], f: RuleFormat): string {
  if (small.length === 0) return '';
  const parts = small.map((s) => `${f.group(s.group)} har kun ${s.actors === 1 ? 'én aktør' : `${s.actors} aktører`}`);
  return ` Bemærk: ${parts.join(' og ')}; et fund om så få aktører handler om netop dem, ikke om et mønster i ${definitePlural(f.kind)}.`;
}

const merged: MergedTexts = {
  vulnerable: (actors, of, f) =>
    (actors.length === of
      ? of === 1
        ? 'Personen er markeret som sårbar'
        : `${of === 2 ? 'Begge' : `Alle ${of < WORDS.length ? WORDS[of]! : String(of)}`} er markeret som sårbare`
      : `${f.names(actors, actors.length, 8)} er markeret som ${actors.length === 1 ? 'sårbar' : 'sårbare'}`) +
    ': giv en personlig invitation, følg op, og gå ud til dem frem for at invitere ind.',
  fragileTie: (p, f) =>
    p.count === 1
      ? `${f.name(p.far)} er kun forbundet gennem én relation, til ${f.short(p.near)}.`
      : `${cap(count(p.count, AKTØR))} (${f.names(p.hanging, p.count)}) er kun forbundet gennem én relation, mellem ${f.short(p.near)} og ${f.name(p.far)}.`,
  hub: (p, f) =>
    `${f.short(p.actor)} er også et knudepunkt: indgår i ${pct(p.tieShare)} af alle relationer og ligger på ${pct(p.betweenness)} af de korteste veje mellem andre aktører` +
    (p.strong ? '; del facilitering og beslutningskraft.' : '.'),
  facilitator: (p, f) =>
    `${f.short(p.actor)} er facilitator og ligger på ${pct(p.share)}${p.exact ? '' : ' (anslået ud fra en stikprøve)'} af de korteste veje ` +
    `${p.crossGroup ? `mellem aktører i forskellige ${noun(f.kind).many}` : 'mellem andre aktører'}` +
    (p.allThrough > 0 ? ` (for ${pct(p.allThrough)} af disse par alle de korteste veje)` : '') +
    (p.strong ? ': hjælp parterne med at skabe direkte relationer, så partnerskabet kan bære sig selv.' : '.') +
    (p.sectorLinksLost.length === 0 ? '' : ` Uden ${f.short(p.actor)} ville disse ${noun(f.kind).many} miste alle deres relationer til hinanden: ${pairs(p.sectorLinksLost, f)}.`),
  whatIf: (p, f) =>
    `Hvis ${f.short(p.actor)} faldt fra, ville aktørens ${count(p.ties, RELATION)} forsvinde` +
    (p.sectorLinksLost.length === 0 ? '.' : `, og disse ${noun(f.kind).many} ville miste alle deres relationer til hinanden: ${pairs(p.sectorLinksLost, f)}.`),
  around: (list, broker, others, f) =>
    `${others ? 'Andre introduktioner' : 'Introduktioner'}, der går uden om ${f.short(broker)}: ` +
    `${list.map(([a, b]) => `${f.name(a)} og ${f.name(b)}`).join('; ')}.`,
  closer: (partners, actor, f) =>
    `For at bringe ${f.short(actor)} tættere på: introducér personen for ${partners.map(f.name).join(' eller ')}; de har allerede fælles kontakter.`,
  across: (list, f) =>
    `${list.length === 1 ? 'En anden introduktion' : 'Andre introduktioner'} på tværs af kløften: ${list.map(([a, b]) => `${f.name(a)} og ${f.name(b)}`).join('; ')}.`,
  firstContact: (p, f) =>
    p.contact === null
      ? 'Find den relation, der kan bringe personen ind i netværket.'
      : `En første kontakt: fx ${f.name(p.contact)}${p.shared.length > 0 ? `, der har samme ${attributes(p.shared)}` : ''}.`,
};

export const rulesDa: RuleCatalogue = {
  merged,
  and: 'og',
  others: (n) => (n === 1 ? 'én anden' : `${n} andre`),
  titles: (kind) => ({
    'community-crosses-sectors': `Klynger, der arbejder på tværs af ${noun(kind).many}`,
    'community-isolated': 'Klynger, der holder sig for sig selv',
    'detached-groups': 'Grupper uden forbindelse til partnerskabet',
    'dominant-hub': 'Knudepunkter',
    'facilitator-dependence': 'Afhængighed af facilitatoren',
    'fragile-tie': 'Skrøbelige bånd',
    introductions: 'Forslag til introduktioner',
    'isolated-actors': 'Aktører uden relationer',
    'low-response-rate': 'Aktører, der ikke har svaret',
    'missing-sector-link': `${cap(noun(kind).many)} uden indbyrdes relationer`,
    'named-not-naming': 'Nævnt af mange, nævner få (eller omvendt)',
    'potential-brokers': 'Mulige brobyggere',
    'sector-silo': `${cap(noun(kind).many)}, der holder sig for sig selv`,
    'single-broker': 'Grupper, der hænger på én aktør',
    'unconfirmed-ties': 'Relationer, kun den ene part nævner',
    'vulnerable-citizens-peripheral': 'Sårbare borgere i udkanten',
    'what-if-leaves': 'Hvis en aktør falder fra',
  }),
  omitted: (title, n, shown) =>
    `Yderligere ${n} fund af samme slags (${title.toLowerCase()}) er ikke vist enkeltvis; ${shown === 1 ? 'kun det første er' : `kun de første ${shown} er`}.`,
  laterSuggestions: (n, more) =>
    `${n === 1 ? 'Ét forslag' : `${cap(n < WORDS.length ? WORDS[n]! : String(n))} forslag`}${more ? ' mere' : ''} (godt at vide) står sidst i rapporten; ` +
    '--format markdown, html og json viser det hele i én liste.',
  nothingUrgent: 'Intet kritisk og ingen advarsler: intet kræver handling i denne måned.',
  laterHeading: 'Flere forslag',
  moreOfKind: (n) => (n === 1 ? '… og én mere af samme slags (se --format json)' : `… og ${n} flere af samme slags (se --format json)`),
  messages: {
    'unconfirmed-ties': (p, f) =>
      `${cap(count(p.count, RELATION))} af de ${p.total}, som de svarende nævner over for hinanden, nævnes kun af den ene part` +
      (p.examples.length === 0 ? '' : `, fx nævner ${p.examples.map(([a, b]) => `${f.name(a)} ${f.short(b)}`).join('; ')}`) +
      (p.most.length === 0 ? '. ' : `; flest af dem involverer ${f.names(p.most)}. `) +
      'Det er ikke en fejl i data: parterne ser deres relation forskelligt. ' +
      'Tag det op på næste netværksmøde: hvad betyder samarbejdet for hver af jer?',

    'named-not-naming': (p, f) => {
      const list = p.actors.map((a) => `${f.name(a.actor)} (nævnt af ${a.named}, nævner ${a.names})`).join(', ');
      const more = p.count > p.actors.length ? ` og ${p.count - p.actors.length === 1 ? 'én anden' : `${p.count - p.actors.length} andre`}` : '';
      const they = p.count === 1 ? 'aktøren' : 'de';
      return p.direction === 'named'
        ? `Mange nævner ${list}${more}, men ${they} nævner selv få partnere. ` +
            `${cap(they)} ses som ${p.count === 1 ? 'en central partner' : 'centrale partnere'} eller har svaret kort: spørg, hvordan ${they} ser ${p.count === 1 ? 'sin' : 'deres'} egen plads i partnerskabet, og om de andre kan regne med ${p.count === 1 ? 'aktøren' : 'dem'}.`
        : `${list}${more} nævner mange partnere, men få nævner ${p.count === 1 ? 'aktøren' : 'dem'} tilbage. ` +
            `${cap(they)} rækker mere ud, end ${they} bliver nået: billedet af netværket er et tilbud at bygge videre på; hjælp de relationer, ${they} nævner, til at blive gensidige.`;
    },

    'low-response-rate': (p, f) =>
      `Kun ${p.respondents} af ${p.total} aktører har svaret (${pct(p.rate)}). ${p.count === 1 ? 'Den sidste aktørs' : `De øvrige ${count(p.count, AKTØR)}s`} relationer kendes kun fra det, andre har svaret ` +
      `(${count(p.oneSided, RELATION)} i netværket), så deres mål er ufuldstændige. ` +
      `Følg personligt op hos ${f.names(p.followUp, p.count, 8)}; først dem, flest partnere nævner.`,

    'community-isolated': (p, f) =>
      `Klynge ${p.community} (${count(p.size, AKTØR)}, fundet ved klyngeanalyse) har ${count(p.internal, RELATION)} indadtil ` +
      `og kun ${count(p.external, RELATION)} til resten af partnerskabet, gennem ${f.names(p.connectors, p.connectorCount)}. ` +
      'Spørg, hvad der ville gøre det værd at deltage i fælles aktiviteter med de andre, og invitér klyngen ind gennem dem, der allerede har relationer udadtil.',

    'community-crosses-sectors': (p, f) =>
      `Klynge ${p.community} (${count(p.size, AKTØR)}: ${p.groups.map((g) => `${g.actors} ${f.group(g.group)}`).join(', ')}) ` +
      `arbejder på tværs af ${noun(f.kind).many}: ${p.cross === p.internal ? `alle ${p.internal}` : `${p.cross} af dens ${p.internal}`} relationer inden for klyngen forbinder forskellige ${noun(f.kind).many}` +
      (p.members.length === 0 ? '. ' : `, især gennem ${f.names(p.members)}. `) +
      'God praksis at lære af: spørg, hvad der bragte aktørerne sammen, og byg videre på det andre steder.',

    'isolated-actors': (p, f) =>
      `${f.name(p.actor)} har ingen relationer i netværket. Invitér personligt, og ` +
      (p.contact === null
        ? 'find den relation, der kan bringe aktøren ind i netværket.'
        : `find en første kontakt: fx ${f.name(p.contact)}${p.shared.length > 0 ? `, der har samme ${attributes(p.shared)}` : ''}.`),

    'detached-groups': (p, f) =>
      `En gruppe på ${count(p.size, AKTØR)} er afskåret fra resten af partnerskabet: ${f.names(p.members, p.size)}. ` +
      'De har kun relationer til hinanden. Bring gruppen ind: ' +
      (p.contact === null
        ? `begynd med ${f.name(p.entry)}, der har flest relationer i gruppen.`
        : `introducér ${f.name(p.entry)}, der har flest relationer i gruppen, for ${f.name(p.contact)}` +
          (p.sharedWithEntry.length > 0
            ? `, der har samme ${attributes(p.sharedWithEntry)}.`
            : p.shared.length > 0
            ? `, der har samme ${attributes(p.shared)} som andre i gruppen.`
            : '.')),

    'single-broker': (p, f) =>
      p.largestPart < p.count
        ? `${f.name(p.broker)} holder alene partnerskabet sammen: hvis ${f.short(p.broker)} forsvinder, går det i stykker i ` +
          `${count(p.parts, DEL)}, og den største har kun ${count(p.largestPart, AKTØR)}. ` +
          `Byg relationer mellem parterne, der ikke går gennem ${f.short(p.broker)}, og del rollen.`
        : `Kun ${f.name(p.broker)} forbinder ${count(p.count, AKTØR)} med resten af partnerskabet: ${f.names(p.cutOff, p.count, 12)}. ` +
      (p.viaTie === null ? '' : `Hele gruppen hænger på én relation, mellem ${f.short(p.broker)} og ${f.short(p.viaTie)}. `) +
      `Hvis ${f.short(p.broker)} falder fra, bliver de afskåret. Byg en relation mere ind i gruppen` +
      (p.suggestion === null ? '' : ` (fx mellem ${f.name(p.suggestion[0])} og ${f.name(p.suggestion[1])}, der begge kender ${f.short(p.broker)})`) +
      `, og støt ${f.short(p.broker)} i rollen som brobygger.`,

    'fragile-tie': (p, f) =>
      p.count === 1
        ? `${f.name(p.far)} er kun knyttet til partnerskabet gennem sin relation til ${f.name(p.near)}. ` +
          `Hvis den relation ophører, står ${f.short(p.far)} udenfor. Hjælp ${f.short(p.far)} med at få en relation mere.`
        : `Relationen mellem ${f.name(p.near)} og ${f.name(p.far)} er den eneste forbindelse mellem ` +
          `${count(p.count, AKTØR)} (${f.names(p.hanging, p.count)}) og resten af partnerskabet. ` +
          'Én relation mere ind i den del gør den robust.',

    'sector-silo': (p, f) =>
      `${cap(definite(f.kind))} ${f.group(p.group)} holder sig mest for sig selv: ` +
      (p.external === 0 ? `alle dens ${p.internal} relationer ` : `${p.internal} af dens ${p.internal + p.external} relationer `) +
      `er inden for ${definite(f.kind)} (E-I-indeks ${num(p.ei, 2)}; ved tilfældig fordeling af relationerne ca. ${signed(p.expected, 2)}). ` +
      (p.bridgeActors.length === 0 ? '' : `Forbindelserne til andre ${noun(f.kind).many} går især gennem ${f.names(p.bridgeActors)}. `) +
      `Planlæg aktiviteter på tværs af ${noun(f.kind).many} sammen med denne ${noun(f.kind).one}, og støt dem, der allerede bygger bro.`,

    'missing-sector-link': (p, f) =>
      `Der er ingen relation mellem ${definitePlural(f.kind)} ${f.group(p.groupA)} og ${f.group(p.groupB)} ` +
      `(${p.actorsA} og ${p.actorsB} ${p.actorsB === 1 ? AKTØR.one : AKTØR.many}). ` +
      (p.suggestion === null
        ? 'Et første skridt: find én aktør på hver side, der kan starte en relation.'
        : `Et første skridt: introducér ${f.name(p.suggestion.a)} og ${f.name(p.suggestion.b)} for hinanden; ` +
          `de har allerede ${count(p.suggestion.common, FÆLLES_KONTAKT)}.`) +
      smallNote(p.smallGroups, f),

    'dominant-hub': (p, f) =>
      `${f.name(p.actor)} indgår i ${pct(p.tieShare)} af alle relationer og ligger på ${pct(p.betweenness)} af de korteste veje mellem andre aktører: ` +
      (p.strong
        ? 'meget af partnerskabet går gennem én aktør. Del facilitering og beslutningskraft: lad andre partnere stå for møder, og hjælp dem med at skabe direkte relationer til hinanden.'
        : 'et knudepunkt i netværket. Hold øje med, at kontakt og beslutningskraft bliver delt.'),

    'vulnerable-citizens-peripheral': (p, f) => {
      if (p.outside) {
        return (
          `${f.name(p.actor)}, der er markeret som sårbar, ` +
          (p.degree === 0 ? 'har ingen relationer overhovedet. ' : 'har ingen forbindelse til resten af partnerskabet, kun til en lille gruppe for sig. ') +
          'Opsøg personen: personlig invitation, opfølgning og vedvarende støtte.'
        );
      }
      const reasons: string[] = [];
      if (p.few) {
        reasons.push(
          p.degree === 1
            ? `kun én relation (til ${f.names(p.contacts)})`
            : `kun ${count(p.degree, RELATION)} (til ${f.names(p.contacts, p.degree)})`,
        );
      }
      if (p.onlyBonding) reasons.push(`alle relationer er inden for egen ${noun(f.kind).one} (bindende bånd, ingen brobyggende)`);
      if (p.gate !== null) reasons.push(`kan kun nå resten af partnerskabet gennem ${f.name(p.gate)}`);
      return (
        `${f.name(p.actor)}, der er markeret som sårbar, er i udkanten af partnerskabet: ${reasons.join('; ')}. ` +
        'Giv en personlig invitation, følg op, og gå ud til personen frem for at invitere ind.'
      );
    },

    'potential-brokers': (p, f) =>
      `${f.name(p.actor)} kan blive brobygger: ${count(p.degree, RELATION)} til kontakter, der for det meste ikke kender hinanden ` +
      `(effektiv størrelse ${num(p.effectiveSize, 1)})` +
      (p.groupsReached >= 2 ? `, fordelt på ${count(p.groupsReached, noun(f.kind))}` : '') +
      `, men ligger som nr. ${p.betweennessRank} af ${p.ranked} efter betweenness, uden for top ${p.centralRanks}. ` +
      (p.role === null ? '' : `Hyppigste mæglerrolle: ${role(p.role, f.kind)}. `) +
      `Overvej at inddrage ${f.short(p.actor)} i faciliteringen.`,

    introductions: (p, f) => {
      const where =
        p.groupA !== null && p.groupB !== null
          ? `de er i forskellige ${noun(f.kind).many} (${f.group(p.groupA)} og ${f.group(p.groupB)})`
          : 'de er i forskellige uformelle klynger';
      // "Joins two clusters" is said only when it is the one reason: most cross-group pairs have it.
      const reasons = p.reasons.length > 1 ? p.reasons.filter((r) => r !== 'across-clusters') : p.reasons;
      const why = reasons.map((r) => reason(r, p, f)).filter((s) => s !== '');
      return (
        `Introducér ${f.name(p.a)} og ${f.name(p.b)} for hinanden: ${where}, har endnu ingen relation ` +
        `og har ${count(p.commonCount, FÆLLES_KONTAKT)} (${f.names(p.common, p.commonCount)}).` +
        (why.length === 0 ? '' : ` ${why.join(' ')}`) +
        smallNote(p.smallGroups, f)
      );
    },

    'what-if-leaves': (p, f) =>
      (p.count > 0 && p.largestPart < p.count
        ? `Hvis ${f.name(p.actor)} faldt fra, ville partnerskabet gå i stykker i ${count(p.parts, DEL)}, ` +
          `hvor den største kun har ${count(p.largestPart, AKTØR)}, og ${count(p.ties, RELATION)} ville forsvinde.`
        : p.count > 0
        ? `Hvis ${f.name(p.actor)} faldt fra, ville ${count(p.count, AKTØR)} miste forbindelsen til resten af partnerskabet ` +
          `(${f.names(p.cutOff, p.count)}), og ${count(p.ties, RELATION)} ville forsvinde.`
        : `Hvis ${f.name(p.actor)} faldt fra, ville ingen blive afskåret, men ${count(p.ties, RELATION)} ville forsvinde, og vejene gennem ` +
          `${f.short(p.actor)} (${pct(p.betweenness)} af de korteste veje mellem andre aktører) ville blive længere.`) +
      (p.sectorLinksLost.length === 0
        ? ''
        : ` Disse ${noun(f.kind).many} ville miste alle deres relationer til hinanden: ${pairs(p.sectorLinksLost, f)}.`),

    'facilitator-dependence': (p, f) => {
      const between = p.crossGroup ? `mellem aktører i forskellige ${noun(f.kind).many}` : 'mellem andre aktører';
      const estimate = p.exact ? '' : ' (anslået ud fra en stikprøve)';
      return (
        `Facilitatoren ${f.name(p.actor)} ligger på ${pct(p.share)}${estimate} af de korteste veje ${between}` +
        (p.allThrough > 0 ? `; for ${pct(p.allThrough)} af disse par går alle korteste veje gennem ${f.short(p.actor)}. ` : '. ') +
        (p.count > 0
          ? `Uden ${f.short(p.actor)} ville ${count(p.count, AKTØR)} blive afskåret (${f.names(p.cutOff, p.count)}).`
          : `Uden ${f.short(p.actor)} ville ingen blive afskåret.`) +
        (p.sectorLinksLost.length === 0
          ? ''
          : ` Disse ${noun(f.kind).many} ville miste alle deres relationer til hinanden: ${pairs(p.sectorLinksLost, f)}.`) +
        (p.strong
          ? ' Partnerskabet læner sig tungt op ad facilitatoren: hjælp parterne med at skabe direkte relationer, så partnerskabet kan bære sig selv.'
          : ' Parterne er ikke afhængige af facilitatoren for det meste af deres kontakt.')
      );
    },
  },
};
