/**
 * The words of the shareable reports (HTML, Markdown) beyond those of the
 * text report: `Messages.doc`, one catalogue per language (doc-en.ts,
 * doc-da.ts), typed here so a missing translation is a compile error.
 * Counts go through functions (plural forms), never string building in the
 * renderer. Strings are plain text; the renderers escape them.
 */

export interface DocMessages {
  /** Page title and main heading. */
  readonly heading: (name: string) => string;
  readonly warningsHtml: (count: number) => string;

  readonly cardDensity: string;
  readonly cardParts: string;
  readonly cardCutPoints: string;
  readonly cardBridges: string;
  readonly cardEi: string;
  readonly allFigures: string;
  readonly clusters: string;
  readonly clustersValue: (count: number, modularity: string) => string;

  readonly recActors: string;
  readonly recGroups: string;
  readonly recEvidence: string;
  readonly no: string;
  readonly moreRecommendations: (count: number, severity: string) => string;
  readonly criticalCount: (count: number) => string;
  readonly andMore: (count: number) => string;

  readonly mapTitle: string;
  /** How to read the map; `column` is what the colours show, or null (one colour). */
  readonly mapHowTo: (column: string | null) => string;
  readonly mapAria: (actors: number, ties: number) => string;
  readonly panelHint: string;
  readonly panelTie: string;
  /** With `{n}` for the number of ties (filled in by the page script). */
  readonly panelTies: string;
  readonly panelNoTies: string;
  readonly badgeCutPoint: string;
  readonly badgeVulnerable: string;
  /** The panel's button that scrolls to the actor's row in the table of all actors. */
  readonly panelRow: string;

  /** The map's search field and zoom buttons (html-map.ts `renderControls`; texts with `{q}`/`{n}` are filled in by the page script). */
  readonly mapFind: string;
  readonly mapFindPlaceholder: string;
  readonly mapFindButton: string;
  /** With `{q}`, the text searched for. */
  readonly mapFindNone: string;
  /** With `{n}` matches and `{q}`. */
  readonly mapFindMany: string;
  readonly mapZoom: string;
  readonly mapZoomIn: string;
  readonly mapZoomOut: string;
  readonly mapZoomReset: string;

  readonly legendColour: (column: string) => string;
  readonly legendOther: (groups: number, actors: number) => string;
  readonly legendNone: string;
  readonly legendSymbols: string;
  readonly legendSize: string;
  readonly legendCutPoint: string;
  readonly legendBridge: string;
  readonly legendVulnerable: string;
  readonly legendDetached: string;
  readonly legendNames: string;
  /** Which names the zoomable map shows, at `px` CSS pixels, and how to zoom. */
  readonly legendNamesRule: (px: number) => string;

  readonly sectionActors: string;
  readonly actorsHint: string;
  /** Heading of the group column: "Sector" for `sector`, else the column name. */
  readonly colGroup: (column: string) => string;
  readonly colStrength: string;
  readonly colCloseness: string;
  readonly colEigenvector: string;
  readonly colClustering: string;
  readonly colCluster: string;
  readonly colVulnerable: string;
  readonly colPart: string;
  readonly colMembers: string;

  readonly noBridges: string;
  readonly footerHtml: (version: string) => string;
  readonly footerMarkdown: (version: string) => string;
}
