/** English sentences of the recommendations (typed by RuleCatalogue in rules.ts). */

import type { BrokerageRole, IntroductionReason, SmallGroup } from '../recommend/types.js';
import type { GroupKind, MergedTexts, RuleCatalogue, RuleFormat } from './rules.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one actor", "six actors", "14 actors". */
function count(n: number, one: string, many: string): string {
  const number = n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
  return `${number} ${n === 1 ? one : many}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function pct(x: number): string {
  if (x > 0 && x < 0.005) return 'under 1%';
  return `${Math.round(x * 100)}%`;
}

function num(x: number, digits: number): string {
  const text = Math.abs(x).toFixed(digits);
  return x < 0 && Number(text) !== 0 ? `−${text}` : text;
}

function signed(x: number, digits: number): string {
  const text = num(x, digits);
  return x > 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? `+${text}` : text;
}

const noun = (kind: GroupKind): string => (kind === 'sector' ? 'sector' : 'group');
const nouns = (kind: GroupKind): string => (kind === 'sector' ? 'sectors' : 'groups');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function attributes(keys: readonly string[]): string {
  const words = keys.map((k) => (k === 'sector' ? 'sector' : k));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function pairs(list: readonly (readonly [string, string])[], f: RuleFormat): string {
  return list.map(([a, b]) => `${f.group(a)}–${f.group(b)}`).join(', ');
}

function role(r: BrokerageRole, kind: GroupKind): string {
  switch (r) {
    case 'liaison':
      return `liaison (links two other ${nouns(kind)})`;
    case 'gatekeeper':
    case 'representative':
      return `gatekeeper/representative (links their own ${noun(kind)} with others)`;
    case 'itinerant':
      return `itinerant (links members of another ${noun(kind)})`;
    case 'coordinator':
      return `coordinator (links members of their own ${noun(kind)})`;
  }
}

/** The note on a finding that compares groups of one or two actors (thresholds.smallGroup), or ''. */
function smallNote(small: readonly SmallGroup[], f: RuleFormat): string {
  if (small.length === 0) return '';
  const parts = small.map((s) => `${f.group(s.group)} has only ${s.actors === 1 ? 'one actor' : `${s.actors} actors`}`);
  return ` Note: ${parts.join(' and ')}; a finding about so few actors is about these people, not a pattern of the ${nouns(f.kind)}.`;
}

function reason(r: IntroductionReason, p: { groupA: string | null; groupB: string | null; around: string | null; vulnerable: string | null }, f: RuleFormat): string {
  switch (r) {
    case 'new-sector-link':
      return `It would be the first tie between ${f.group(p.groupA ?? '')} and ${f.group(p.groupB ?? '')}.`;
    case 'second-route':
      return p.around === null ? '' : `It gives a second route around ${f.name(p.around)}, who alone holds part of the network together.`;
    case 'vulnerable-closer':
      return p.vulnerable === null ? '' : `It brings ${f.short(p.vulnerable)}, who is on the edge, closer to the partnership.`;
    case 'across-clusters':
      return 'It joins two informal clusters.';
  }
}

const merged: MergedTexts = {
  vulnerable: (actors, of, f) =>
    actors.length === of
      ? `${of === 1 ? 'They are' : of === 2 ? 'Both are' : `All ${of < WORDS.length ? WORDS[of]! : String(of)} are`} flagged as vulnerable: make a personal invitation, follow up, and go to them rather than inviting them in.`
      : `${f.names(actors, actors.length, 8)} ${actors.length === 1 ? 'is' : 'are'} flagged as vulnerable: make a personal invitation, follow up, and go to them rather than inviting them in.`,
  fragileTie: (p, f) =>
    p.count === 1
      ? `${f.name(p.far)} hangs on a single tie, to ${f.short(p.near)}.`
      : `${cap(count(p.count, 'actor', 'actors'))} (${f.names(p.hanging, p.count)}) hang on a single tie, between ${f.short(p.near)} and ${f.name(p.far)}.`,
  hub: (p, f) =>
    `${f.short(p.actor)} is also a hub: part of ${pct(p.tieShare)} of all ties, on ${pct(p.betweenness)} of the shortest paths between other actors` +
    (p.strong ? '; share facilitation and decision power.' : '.'),
  facilitator: (p, f) =>
    `${f.short(p.actor)} is the facilitator and lies on ${pct(p.share)}${p.exact ? '' : ' (estimated from a sample)'} of the shortest paths ` +
    `${p.crossGroup ? `between actors in different ${nouns(f.kind)}` : 'between other actors'}` +
    (p.allThrough > 0 ? ` (for ${pct(p.allThrough)} of those pairs every one)` : '') +
    (p.strong ? ': help the partners build direct relationships, so that the partnership can carry itself.' : '.') +
    (p.sectorLinksLost.length === 0 ? '' : ` Without ${f.short(p.actor)} these ${nouns(f.kind)} would lose all their ties to each other: ${pairs(p.sectorLinksLost, f)}.`),
  whatIf: (p, f) =>
    `If ${f.short(p.actor)} left, their ${count(p.ties, 'tie', 'ties')} would go with them` +
    (p.sectorLinksLost.length === 0 ? '.' : `, and these ${nouns(f.kind)} would lose all their ties to each other: ${pairs(p.sectorLinksLost, f)}.`),
  around: (list, broker, others, f) =>
    `${others ? 'Other introductions' : 'Introductions'} that go around ${f.short(broker)}: ` +
    `${list.map(([a, b]) => `${f.name(a)} and ${f.name(b)}`).join('; ')}.`,
  closer: (partners, actor, f) =>
    `To bring ${f.short(actor)} closer, introduce them to ${partners.map(f.name).join(' or ')}: they already share contacts.`,
  across: (list, f) =>
    `${list.length === 1 ? 'Another introduction' : 'Other introductions'} across the gap: ${list.map(([a, b]) => `${f.name(a)} and ${f.name(b)}`).join('; ')}.`,
  firstContact: (p, f) =>
    p.contact === null
      ? 'Find the one relationship that would bring them in.'
      : `A first contact: for example ${f.name(p.contact)}${p.shared.length > 0 ? `, with the same ${attributes(p.shared)}` : ''}.`,
};

export const rulesEn: RuleCatalogue = {
  merged,
  and: 'and',
  others: (n) => `${n} more`,
  titles: (kind) => ({
    'community-crosses-sectors': `Clusters that work across ${nouns(kind)}`,
    'community-isolated': 'Clusters that keep to themselves',
    'detached-groups': 'Groups cut off from the partnership',
    'dominant-hub': 'Hubs',
    'facilitator-dependence': 'Dependence on the facilitator',
    'fragile-tie': 'Fragile ties',
    introductions: 'Introductions to make',
    'isolated-actors': 'Actors without ties',
    'low-response-rate': 'Actors who did not answer',
    'missing-sector-link': `${cap(nouns(kind))} never tied to each other`,
    'named-not-naming': 'Named by many, naming few (or the reverse)',
    'potential-brokers': 'Potential bridge-builders',
    'sector-silo': `${cap(nouns(kind))} keeping to themselves`,
    'single-broker': 'Groups hanging on one actor',
    'unconfirmed-ties': 'Ties only one side reports',
    'vulnerable-citizens-peripheral': 'Vulnerable citizens on the edge',
    'what-if-leaves': 'If an actor leaves',
  }),
  omitted: (title, n, shown) =>
    `${cap(count(n, 'more finding', 'more findings'))} of this kind (${title.toLowerCase()}) ${n === 1 ? 'is' : 'are'} not listed one by one; ${shown === 1 ? 'only the first is' : `only the first ${shown} are`}.`,
  laterSuggestions: (n, more) =>
    `${n === 1 ? `One${more ? ' more' : ''} suggestion (good to know) is` : `${cap(n < WORDS.length ? WORDS[n]! : String(n))}${more ? ' more' : ''} suggestions (good to know) are`} ` +
    'listed at the end of this report; --format markdown, html and json show everything in one list.',
  nothingUrgent: 'Nothing critical and no warnings: nothing needs acting on this month.',
  laterHeading: 'More suggestions',
  moreOfKind: (n) => `… and ${n} more like this (see --format json)`,
  messages: {
    'unconfirmed-ties': (p, f) =>
      `${cap(count(p.count, 'tie', 'ties'))} of the ${p.total} that respondents report to each other ${p.count === 1 ? 'is' : 'are'} reported by one side only` +
      (p.examples.length === 0 ? '' : `, for example ${p.examples.map(([a, b]) => `${f.name(a)} names ${f.short(b)}`).join('; ')}`) +
      (p.most.length === 0 ? '. ' : `; most of them involve ${f.names(p.most)}. `) +
      'This is not an error in the data: the partners see their relationship differently. ' +
      'Make it a topic at the next network meeting: what does working together mean to each of you?',

    'named-not-naming': (p, f) => {
      const list = p.actors.map((a) => `${f.name(a.actor)} (named by ${a.named}, names ${a.names})`).join(', ');
      const more = p.count > p.actors.length ? ` and ${p.count - p.actors.length} more` : '';
      return p.direction === 'named'
        ? `Many name ${list}${more}, but they name few partners in return. ` +
            'They are seen as central partners, or answered briefly: ask how they see their own place in the partnership, and whether the others can count on them.'
        : `${list}${more} ${p.count === 1 ? 'names' : 'name'} many partners, but few name them back. ` +
            'They reach out more than they are reached: their view of the network is an offer to build on; help the ties they name become mutual.';
    },

    'low-response-rate': (p, f) =>
      `Only ${p.respondents} of ${p.total} actors answered (${pct(p.rate)}). The ties of the other ${p.count} are known only from what others report ` +
      `(${count(p.oneSided, 'tie', 'ties')} of the network), so their measures are incomplete. ` +
      `Follow up personally with ${f.names(p.followUp, p.count, 8)}; those named by most partners first.`,

    'community-isolated': (p, f) =>
      `Cluster ${p.community} (${count(p.size, 'actor', 'actors')}, found by community detection) has ${count(p.internal, 'tie', 'ties')} inside ` +
      `and only ${count(p.external, 'tie', 'ties')} to the rest of the partnership, through ${f.names(p.connectors, p.connectorCount)}. ` +
      'Ask them what would make joint activities with the others worthwhile, and invite the cluster in through those who already have ties out.',

    'community-crosses-sectors': (p, f) =>
      `Cluster ${p.community} (${count(p.size, 'actor', 'actors')}: ${p.groups.map((g) => `${g.actors} ${f.group(g.group)}`).join(', ')}) ` +
      `works across ${nouns(f.kind)}: ${p.cross === p.internal ? `all ${p.internal}` : `${p.cross} of its ${p.internal}`} ties inside the cluster link different ${nouns(f.kind)}` +
      (p.members.length === 0 ? '. ' : `, especially through ${f.names(p.members)}. `) +
      'Good practice to learn from: ask what brought these actors together, and build on it elsewhere.',

    'isolated-actors': (p, f) =>
      `${f.name(p.actor)} has no ties in the network. Invite them personally and ` +
      (p.contact === null
        ? 'find the one relationship that would bring them in.'
        : `find a first contact: for example ${f.name(p.contact)}${p.shared.length > 0 ? `, with the same ${attributes(p.shared)}` : ''}.`),

    'detached-groups': (p, f) =>
      `A group of ${count(p.size, 'actor', 'actors')} is cut off from the rest of the partnership: ${f.names(p.members, p.size)}. ` +
      'They are tied only to each other. Link the group in: ' +
      (p.contact === null
        ? `start with ${f.name(p.entry)}, its best-connected member.`
        : `introduce ${f.name(p.entry)}, its best-connected member, to ${f.name(p.contact)}` +
          (p.sharedWithEntry.length > 0
            ? `, who has the same ${attributes(p.sharedWithEntry)}.`
            : p.shared.length > 0
            ? `, who has the same ${attributes(p.shared)} as other members of the group.`
            : '.')),

    'single-broker': (p, f) =>
      p.largestPart < p.count
        ? `${f.name(p.broker)} alone holds the partnership together: if ${f.short(p.broker)} leaves, it falls apart into ` +
          `${count(p.parts, 'part', 'parts')}, the largest with only ${count(p.largestPart, 'actor', 'actors')}. ` +
          `Build relationships between the partners that do not run through ${f.short(p.broker)}, and share the role.`
        : `Only ${f.name(p.broker)} connects ${count(p.count, 'actor', 'actors')} to the rest of the partnership: ${f.names(p.cutOff, p.count, 12)}. ` +
      (p.viaTie === null ? '' : `The whole group hangs on one tie, between ${f.short(p.broker)} and ${f.short(p.viaTie)}. `) +
      `If ${f.short(p.broker)} leaves, they are cut off. Build a second relationship into the group` +
      (p.suggestion === null ? '' : ` (for example between ${f.name(p.suggestion[0])} and ${f.name(p.suggestion[1])}, who both know ${f.short(p.broker)})`) +
      `, and support ${f.short(p.broker)} in the bridging role.`,

    'fragile-tie': (p, f) =>
      p.count === 1
        ? `${f.name(p.far)} is tied to the partnership only through their tie to ${f.name(p.near)}. ` +
          `If that relationship ends, ${f.short(p.far)} is left outside. Help ${f.short(p.far)} build a second relationship.`
        : `The tie between ${f.name(p.near)} and ${f.name(p.far)} is the only connection between ` +
          `${count(p.count, 'actor', 'actors')} (${f.names(p.hanging, p.count)}) and the rest of the partnership. ` +
          'One more tie into that part makes it robust.',

    'sector-silo': (p, f) =>
      `${cap(noun(f.kind))} ${f.group(p.group)} mostly keeps to itself: ` +
      (p.external === 0 ? `all ${p.internal} of its ties stay inside the ${noun(f.kind)} ` : `${p.internal} of its ${p.internal + p.external} ties stay inside the ${noun(f.kind)} `) +
      `(E-I ${num(p.ei, 2)}; with ties spread at random it would be about ${signed(p.expected, 2)}). ` +
      (p.bridgeActors.length === 0 ? '' : `Its ties to other ${nouns(f.kind)} run mainly through ${f.names(p.bridgeActors)}. `) +
      `Plan activities across ${nouns(f.kind)} with this ${noun(f.kind)}, and support those who already build bridges.`,

    'missing-sector-link': (p, f) =>
      `${cap(nouns(f.kind))} ${f.group(p.groupA)} and ${f.group(p.groupB)} have no tie between them ` +
      `(${p.actorsA} and ${p.actorsB} ${p.actorsB === 1 ? 'actor' : 'actors'}). ` +
      (p.suggestion === null
        ? 'A first step: find one actor on each side who could start a relationship.'
        : `A first step: introduce ${f.name(p.suggestion.a)} and ${f.name(p.suggestion.b)} to each other; ` +
          `they already have ${count(p.suggestion.common, 'contact', 'contacts')} in common.`) +
      smallNote(p.smallGroups, f),

    'dominant-hub': (p, f) =>
      `${f.name(p.actor)} takes part in ${pct(p.tieShare)} of all ties and lies on ${pct(p.betweenness)} of the shortest paths between other actors: ` +
      (p.strong
        ? 'much of the partnership runs through one actor. Share facilitation and decision power: let other partners host meetings, and help them build direct relationships with each other.'
        : 'a hub of the network. Keep an eye on whether contact and decision power are shared.'),

    'vulnerable-citizens-peripheral': (p, f) => {
      if (p.outside) {
        return (
          `${f.name(p.actor)}, flagged as vulnerable, ` +
          (p.degree === 0 ? 'has no ties at all. ' : 'has no connection to the rest of the partnership, only to a small separate group. ') +
          'Go out to them: a personal invitation, follow-up and lasting support.'
        );
      }
      const reasons: string[] = [];
      if (p.few) {
        reasons.push(
          p.degree === 1
            ? `only one tie (to ${f.names(p.contacts)})`
            : `only ${count(p.degree, 'tie', 'ties')} (to ${f.names(p.contacts, p.degree)})`,
        );
      }
      if (p.onlyBonding) reasons.push(`all their ties are inside their own ${noun(f.kind)} (bonding, no bridging ties)`);
      if (p.gate !== null) reasons.push(`they reach the rest of the partnership only through ${f.name(p.gate)}`);
      return (
        `${f.name(p.actor)}, flagged as vulnerable, is on the edge of the partnership: ${reasons.join('; ')}. ` +
        'Make a personal invitation, follow up, and go to them rather than inviting them in.'
      );
    },

    'potential-brokers': (p, f) =>
      `${f.name(p.actor)} could become a bridge-builder: ${count(p.degree, 'tie', 'ties')} to contacts who mostly do not know each other ` +
      `(effective size ${num(p.effectiveSize, 1)})` +
      (p.groupsReached >= 2 ? `, spread over ${count(p.groupsReached, noun(f.kind), nouns(f.kind))}` : '') +
      `, yet ranked ${ordinal(p.betweennessRank)} of ${p.ranked} by betweenness, outside the top ${p.centralRanks}. ` +
      (p.role === null ? '' : `Most frequent brokerage role: ${role(p.role, f.kind)}. `) +
      `Consider involving ${f.short(p.actor)} in facilitation.`,

    introductions: (p, f) => {
      const where =
        p.groupA !== null && p.groupB !== null
          ? `are in different ${nouns(f.kind)} (${f.group(p.groupA)} and ${f.group(p.groupB)})`
          : 'are in different informal clusters';
      // "Joins two clusters" is said only when it is the one reason: most cross-group pairs have it.
      const reasons = p.reasons.length > 1 ? p.reasons.filter((r) => r !== 'across-clusters') : p.reasons;
      const why = reasons.map((r) => reason(r, p, f)).filter((s) => s !== '');
      return (
        `Introduce ${f.name(p.a)} and ${f.name(p.b)} to each other: they ${where}, are not yet tied, ` +
        `and have ${count(p.commonCount, 'contact', 'contacts')} in common (${f.names(p.common, p.commonCount)}).` +
        (why.length === 0 ? '' : ` ${why.join(' ')}`) +
        smallNote(p.smallGroups, f)
      );
    },

    'what-if-leaves': (p, f) =>
      (p.count > 0 && p.largestPart < p.count
        ? `If ${f.name(p.actor)} left, the partnership would fall apart into ${count(p.parts, 'part', 'parts')}, ` +
          `the largest with only ${count(p.largestPart, 'actor', 'actors')}, and ${count(p.ties, 'tie', 'ties')} would go.`
        : p.count > 0
        ? `If ${f.name(p.actor)} left, ${count(p.count, 'actor', 'actors')} would lose their connection to the rest of the partnership ` +
          `(${f.names(p.cutOff, p.count)}), and ${count(p.ties, 'tie', 'ties')} would go.`
        : `If ${f.name(p.actor)} left, nobody would be cut off, but ${count(p.ties, 'tie', 'ties')} would go, and the routes through ` +
          `${f.short(p.actor)} (${pct(p.betweenness)} of the shortest paths between other actors) would get longer.`) +
      (p.sectorLinksLost.length === 0
        ? ''
        : ` These ${nouns(f.kind)} would lose all their ties to each other: ${pairs(p.sectorLinksLost, f)}.`),

    'facilitator-dependence': (p, f) => {
      const between = p.crossGroup ? `between actors in different ${nouns(f.kind)}` : 'between other actors';
      const estimate = p.exact ? '' : ' (estimated from a sample)';
      return (
        `The facilitator ${f.name(p.actor)} lies on ${pct(p.share)}${estimate} of the shortest paths ${between}` +
        (p.allThrough > 0 ? `; for ${pct(p.allThrough)} of those pairs every shortest path runs through ${f.short(p.actor)}. ` : '. ') +
        (p.count > 0
          ? `Without ${f.short(p.actor)}, ${count(p.count, 'actor', 'actors')} would be cut off (${f.names(p.cutOff, p.count)}).`
          : `Without ${f.short(p.actor)}, nobody would be cut off.`) +
        (p.sectorLinksLost.length === 0
          ? ''
          : ` These ${nouns(f.kind)} would lose all their ties to each other: ${pairs(p.sectorLinksLost, f)}.`) +
        (p.strong
          ? ' The partnership leans heavily on the facilitator: help the partners build direct relationships, so that it can carry itself.'
          : ' The partners do not depend on the facilitator for most of their contact.')
      );
    },
  },
};
