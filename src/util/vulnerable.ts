/**
 * Whether an actor is flagged as a vulnerable citizen: the one reading used by
 * the recommendations (recommend/context.ts), the reports (HTML table, map and
 * panel) and `tuff compare`, so they never disagree about who is vulnerable.
 *
 * - The flag is the actor's `vulnerable` attribute (the reader maps the Danish
 *   header `sårbar` to it); for a Dataset built by hand, any attribute whose
 *   name is `vulnerable` or `sårbar` after trimming, NFC and lower-casing.
 * - It says yes when its value, trimmed, NFC-normalised and lower-cased, is
 *   ja / yes / true / 1 / x / sårbar / vulnerable (`x` as in a column ticked
 *   with crosses). Anything else (nej, no, false, 0, -, empty, unknown words,
 *   no such attribute) is not a flag.
 * - A column whose values are all neither a yes nor a recognised no
 *   (nej / no / false / 0 / -) is not read as "no one is vulnerable": the
 *   reader warns, listing the values (`vulnerable-unrecognised`).
 */

import type { Actor } from '../types.js';

const VULNERABLE_YES = new Set(['ja', 'yes', 'true', '1', 'x', 'sårbar', 'vulnerable']);
const VULNERABLE_NO = new Set(['nej', 'no', 'false', '0', '-']);
const VULNERABLE_NAMES = new Set(['vulnerable', 'sårbar']);

function fold(text: string): string {
  return text.trim().normalize('NFC').toLowerCase();
}

/** Whether an attribute value flags an actor as vulnerable (see header). */
export function isVulnerableValue(value: string | undefined): boolean {
  return value !== undefined && VULNERABLE_YES.has(fold(value));
}

/** Whether a value is a recognised answer, yes or no (see header). */
export function isRecognisedVulnerableValue(value: string): boolean {
  const folded = fold(value);
  return VULNERABLE_YES.has(folded) || VULNERABLE_NO.has(folded);
}

/** Whether an attribute name is the flag's column (`vulnerable`, `Sårbar`…). */
export function isVulnerableColumn(name: string): boolean {
  return VULNERABLE_NAMES.has(fold(name));
}

/** The attribute holding the flag: `vulnerable`, or a header spelled `Vulnerable`, `sårbar`, `Sårbar`…; undefined when none. */
export function vulnerableValue(actor: Pick<Actor, 'attributes'>): string | undefined {
  const attrs = actor.attributes;
  if (Object.hasOwn(attrs, 'vulnerable')) return attrs.vulnerable;
  for (const key of Object.keys(attrs)) if (VULNERABLE_NAMES.has(fold(key))) return attrs[key];
  return undefined;
}

/** Whether the actor (an Actor or a ReportActor; undefined = not in this network) is flagged vulnerable. */
export function isVulnerable(actor: Pick<Actor, 'attributes'> | undefined): boolean {
  return actor !== undefined && isVulnerableValue(vulnerableValue(actor));
}
