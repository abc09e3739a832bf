/**
 * User text inside messages: quoted, at most QUOTE_MAX_CHARS characters
 * (code points, then "…"), control and bidi-override characters shown as
 * \uXXXX so a hostile cell can neither flood nor corrupt a terminal line.
 */

export const QUOTE_MAX_CHARS = 40;

// C0, DEL, C1, line/paragraph separators, bidi embeddings/overrides/isolates, BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export function quote(value: string, max: number = QUOTE_MAX_CHARS): string {
  const chars = Array.from(value.length > 4 * max ? value.slice(0, 4 * max) : value);
  const cut = chars.length > max;
  const shown = (cut ? chars.slice(0, max) : chars).join('');
  const safe = shown.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${safe}${cut ? '…' : ''}"`;
}
