/**
 * The command-line parser's own errors (commander: an unknown option, a value
 * outside an option's choices, a missing argument) in the run's language. Commander
 * writes them in English; the Danish ones are recognised by their stable
 * wording (commander 14) and written again; a message not recognised stays
 * English. The CLI prints the result as `tuff: … (see tuff --help)`.
 */

import type { Lang } from '../options.js';

/** One recognised commander message and its Danish sentence. */
const DANISH: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (flag, value, choices) => `tilvalget '${flag}' skal være en af ${choices} (fik "${value}")`],
  [/^unknown option '(.+?)'(?: \(Did you mean (.+)\?\))?$/, (flag, like) => `ukendt tilvalg '${flag}'${like === undefined ? '' : ` (mente du ${like}?)`}`],
  [/^unknown command '(.+?)'(?: \(Did you mean (.+)\?\))?$/, (name, like) => `ukendt kommando '${name}'${like === undefined ? '' : ` (mente du ${like}?)`}`],
  [/^missing required argument '(.+)'$/, (name) => `argumentet '${name}' mangler`],
  [/^option '(.+)' argument missing$/, (flag) => `tilvalget '${flag}' mangler sin værdi`],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `for mange argumenter${command === undefined ? '' : ` til '${command}'`}: ${expected} forventet, ${got} givet`,
  ],
];

/** The message of a commander error (its "error: " cut, on one line) in `lang`, and where to read more. */
export function commanderMessage(message: string, lang: Lang): string {
  if (lang === 'da') {
    for (const [pattern, sentence] of DANISH) {
      const m = pattern.exec(message);
      if (m !== null) return `${sentence(...m.slice(1).map((s) => s as string))} (se tuff --help)`;
    }
  }
  return `${message} (see tuff --help)`;
}
