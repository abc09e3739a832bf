/**
 * Every threshold of the recommendation rules, in one frozen object, each
 * with its reason. They are relative to the network (shares of actors, ties
 * or shortest paths; ranks; percentiles of this network's own distribution)
 * so that one set fits a 20-actor partnership and a 100,000-actor network.
 * "Domain n" refers to the numbered points of the domain notes (the VIVE
 * review of multi-actor partnerships, Espersen, Olsen & Andersen 2023), listed
 * at the top of docs/recommendations.md.
 * The rules and these values are documented for users in
 * docs/recommendations.md; change both together.
 */

export const THRESHOLDS = Object.freeze({
  /**
   * Output bounds. A rule returns its findings most important first; the
   * registry keeps this many per rule and replaces the rest by one summary
   * finding (the JSON stays readable on 100,000 actors). Lists of actor ids in
   * one finding are cut to `maxActorsPerFinding`; the evidence keeps the exact
   * counts.
   */
  maxFindingsPerRule: 50,
  maxActorsPerFinding: 200,

  /**
   * single-broker. An articulation point fires when it alone connects at least
   * `minGroup` actors to the centre of the partnership: one actor hanging on
   * one contact is a fragile tie (or a peripheral actor), a *group* hanging on
   * one actor is a single point of failure (domain 6). It is critical when
   * the group is at least `criticalShare` of the largest group: losing a
   * twentieth of the partnership at once is a loss of capacity to act.
   */
  singleBroker: Object.freeze({ minGroup: 2, criticalShare: 0.05 }),

  /**
   * fragile-tie. Every bridge inside the largest group fires (domain 6). It is
   * a warning when at least `warnHanging` actors hang on the tie (a group),
   * information when a single actor hangs on its only tie.
   */
  fragileTie: Object.freeze({ warnHanging: 2 }),

  /**
   * sector-silo (domain 2: bridging, not only bonding). A group is a silo when
   * (a) its E-I index is at most `maxEi` — at least two ties inside for every
   * tie outside — and (b) it is at least `margin` below the E-I its ties would
   * have if they were spread at random over all grouped actors,
   * 1 − 2·(n_g − 1)/(n − 1). (b) keeps a group that simply holds most of the
   * actors from being called a silo. A group needs `minActors` members and
   * `minTies` ties for an E-I to mean anything.
   */
  sectorSilo: Object.freeze({ maxEi: -1 / 3, margin: 0.5, minActors: 2, minTies: 3 }),

  /**
   * community-isolated (domain 5, 6): a Louvain community of at least
   * `minActors` inside the largest component, smaller than half of it, whose
   * share of tie ends leading out, external / (2·internal + external), is at
   * most `maxExternalShare` and, with `minCompared` or more such communities,
   * at most `relative` × their median share, linked to the rest through two or
   * more members (one member alone is single-broker's case).
   */
  communityIsolated: Object.freeze({ minActors: 4, maxExternalShare: 0.1, relative: 0.5, minCompared: 3 }),

  /**
   * community-crosses-sectors (domain 2; good practice to learn from): a
   * Louvain community of at least `minActors` whose grouped members come from
   * `minGroups` or more groups, none holding more than `maxGroupShare` of
   * them, and at least `minCrossShare` of whose internal ties join different
   * groups. At most `maxFindings`, most cross-group ties first. Only with up
   * to `maxGroups` groups in the network, as missing-sector-link: with more,
   * the column is not a sector and every cluster would "cross" it.
   */
  communityCrossesSectors: Object.freeze({ minActors: 4, minGroups: 3, maxGroups: 12, maxGroupShare: 0.5, minCrossShare: 0.5, maxFindings: 3 }),

  /**
   * missing-sector-link (domain 2, 5). Only with 2..`maxGroups` groups: beyond
   * that the grouping column is not a sector (pairs grow quadratically and
   * most are empty by chance). Both groups need at least one actor in the
   * largest group: a group of isolates or a detached group is already named
   * by isolated-actors or detached-groups, not once more per other sector.
   */
  missingLink: Object.freeze({ maxGroups: 12 }),

  /**
   * Small groups (issue 12): a claim comparing groups ("no tie between A and B", "the first tie between A and
   * B") that rests on a group of this many actors or fewer says so, since one or two people are not a sector's
   * pattern: a change of one person (or one missing answer) changes the finding.
   */
  smallGroup: Object.freeze({ maxActors: 2 }),

  /**
   * dominant-hub (domain 1: shared power, horizontal networks). An actor's tie
   * share is its ties / all ties; in a network where everyone had the same
   * number of ties it would be 2/n. Betweenness (normalised) is the share of
   * shortest paths between other actors that pass through it.
   * Warning: tie share ≥ max(`warnTieShare`, `warnTieFactor`·2/n) or
   * betweenness ≥ `warnBetweenness` (half of all routes). Information:
   * max(`infoTieShare`, `infoTieFactor`·2/n) or `infoBetweenness`. The factor
   * keeps small networks (where 2/n is already large) from firing on
   * ordinary actors. A hub has at least `minDegree` ties (with one or two,
   * an actor in a tiny network "holds" all ties without holding anything
   * together). At most `maxHubs` actors are named.
   */
  dominantHub: Object.freeze({
    warnTieShare: 0.25,
    warnTieFactor: 2,
    warnBetweenness: 0.5,
    infoTieShare: 0.1,
    infoTieFactor: 1.5,
    infoBetweenness: 0.25,
    minDegree: 3,
    maxHubs: 3,
  }),

  /**
   * vulnerable-citizens-peripheral (domain 4). "Few ties" is at most
   * `fewTiesFactor` × the median number of ties of actors that have ties (and
   * at least 1): peripheral relative to this network. "Only bonding": every
   * tie inside the actor's own group (actor E-I = −1). "Reachable only through
   * one actor": every path to the centre passes one actor (a cut vertex).
   * Critical when not connected to the largest group at all.
   */
  vulnerable: Object.freeze({ fewTiesFactor: 0.5 }),

  /**
   * potential-brokers (domain 3: the backbone needs brokers). Candidates have
   * at least `minDegree` ties, an effective size (non-redundant contacts) in
   * the top `effectiveSizeQuantile` of actors with ties, ties into at least
   * `minGroupsReached` groups when groups exist, and are not yet central:
   * outside the top `centralShare` of actors by betweenness (at least the top
   * `centralMin`), and not articulation points (those already carry a
   * broker's load and are named by single-broker). At most `max` are named.
   */
  potentialBrokers: Object.freeze({
    minDegree: 3,
    effectiveSizeQuantile: 0.75,
    minGroupsReached: 3,
    centralShare: 0.05,
    centralMin: 3,
    max: 5,
  }),

  /**
   * introductions (domain 3: who to introduce to whom). Pairs in different
   * groups (or, without groups, different Louvain communities), not tied,
   * sharing contacts; ranked first by how many reasons they have (link two
   * groups never tied, a second route around a single broker, bring a
   * peripheral vulnerable actor closer, join two informal clusters), then by
   * Adamic–Adar Σ 1/ln k_z over shared contacts z. Bounded work: shared
   * contacts with more than `maxMiddleDegree` ties are skipped (they add
   * little to Adamic–Adar and k² pairs each), and the search stops after
   * `budget` neighbour visits (focus actors are searched first). At most
   * `max` pairs, each actor in at most `maxPerActor` of them and each theme
   * (one group pair never tied, one single broker, one vulnerable actor) in at
   * most `maxPerTheme`, so the list stays varied.
   */
  introductions: Object.freeze({ maxMiddleDegree: 500, budget: 20_000_000, pool: 400, max: 10, maxPerActor: 2, maxPerTheme: 2 }),

  /**
   * what-if-leaves. The articulation points that cut off the most actors
   * (`maxCutPoints`) and the top brokers by betweenness (`maxBrokers`) among
   * those with at least `brokerFactor` × the mean betweenness (brokers that
   * stand out; in a network where everyone is alike there are none).
   */
  whatIf: Object.freeze({ maxCutPoints: 5, maxBrokers: 3, brokerFactor: 2 }),

  /**
   * facilitator-dependence (domain 1, 3: an independent backbone builds
   * relationships rather than becoming the only route). Warning when at least
   * `warnShare` of the cross-group shortest paths run through the
   * facilitator, or when anyone is cut off without it. Exact up to
   * `exactLimit` actors in its component; above, `samples` evenly spaced
   * source actors estimate the share.
   */
  facilitator: Object.freeze({ warnShare: 0.5, exactLimit: 2000, samples: 256 }),

  /**
   * unconfirmed-ties (directed answers; domain 3: the backbone builds shared
   * understanding). Ties a respondent reports to another respondent who does
   * not report it back; ties to non-respondents are left out (they could not
   * confirm). Fires when at least `minShare` of the ties between respondents
   * are unconfirmed (one in ten: below that it is noise of any survey), as
   * one finding naming all of them; information, since different
   * perceptions are a topic for the next meeting, not an error.
   */
  unconfirmedTies: Object.freeze({ minShare: 0.1 }),

  /**
   * named-not-naming (directed answers). Respondents many name but who name
   * few: named by at least `minTies` and by at least the `quantile` of all
   * in-degrees, and naming at most `ratio` × as many as name them; the reverse
   * likewise (naming many, named by few). Non-respondents are left out (they
   * name no one because they did not answer; low-response-rate names them).
   * One finding per direction, at most `maxActors` named in the message.
   */
  namedNotNaming: Object.freeze({ minTies: 3, quantile: 0.75, ratio: 1 / 3, maxActors: 6 }),

  /**
   * low-response-rate (directed answers; domain 5: everyone affected takes
   * part). Network measures on a survey degrade quickly with missing answers
   * (Kossinets 2006; Borgatti, Carley & Krackhardt 2006: below about 80 %
   * centrality rankings become unreliable). Information below `info`,
   * warning below `warning`, critical below `critical`. One finding naming
   * every non-respondent, most named first, to follow up personally.
   */
  lowResponse: Object.freeze({ info: 0.9, warning: 0.7, critical: 0.5 }),

  /**
   * Linking suggestions for isolates and detached groups: candidates are the
   * `candidatesPerValue` most central (closeness) largest-group actors for
   * each attribute value, scored by shared attribute values.
   */
  linking: Object.freeze({ candidatesPerValue: 25 }),
});

/** Widens the literal types Object.freeze infers (50 → number), so tests and callers can pass other values. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends number ? number : Widen<T[K]> };
export type Thresholds = Widen<typeof THRESHOLDS>;
