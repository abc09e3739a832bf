/**
 * Colour has one home: the only module that imports chalk. The CLI decides
 * once whether output is coloured (`chooseColour`, with the environment and
 * the terminal handed in, so this module never reads `process`); renderers
 * (report/text.ts, compare/render.ts) receive the instance and only paint;
 * files and the library default to no colour (`noColour`).
 *
 * Colour is on only when the command wants it (text to stdout, no
 * `--no-color`), `NO_COLOR` is unset or empty, and stdout is a terminal or
 * `FORCE_COLOR` is set to something other than `0`; the level is chalk's
 * detected one.
 */

import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export type { ChalkInstance };

export interface ColourContext {
  /** The command would colour this output (text to stdout, no --no-color). */
  readonly wanted: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal. */
  readonly isTTY: boolean;
}

/** A chalk instance that paints nothing (a new one each time: a caller may change its level). */
export function noColour(): ChalkInstance {
  return new Chalk({ level: 0 });
}

export function chooseColour({ wanted, env, isTTY }: ColourContext): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  if (!wanted || noColor || (!isTTY && !forced)) return noColour();
  return new Chalk({ level: supportsColor === false ? 0 : supportsColor.level });
}
