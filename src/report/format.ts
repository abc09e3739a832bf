/**
 * Number and table formatting for the reports for people (text, Markdown,
 * HTML, the comparison): rounded, with the language's decimal mark and a
 * true minus sign. Every such renderer formats its numbers through
 * `numberFormatter`; JSON, CSV, GEXF and GraphML keep full precision and
 * never pass through here.
 */

import type { Lang } from '../options.js';

export function formatNumber(value: number | null, digits: number, lang: Lang, empty = '–'): string {
  if (value === null || !Number.isFinite(value)) return empty;
  // Avoid "-0.000" for tiny negatives produced by rounding.
  const rounded = Number(value.toFixed(digits));
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(digits);
  const signed = text.startsWith('-') ? `−${text.slice(1)}` : text;
  return lang === 'da' ? signed.replace('.', ',') : signed;
}

/** `num(value, digits = 3)`: a number for people; null, undefined or not finite → the "not defined" mark. */
export type NumberFormatter = (value: number | null | undefined, digits?: number) => string;

/** The one number formatter of a report for people in `lang`, with `empty` for a value that is not defined. */
export function numberFormatter(lang: Lang, empty: string): NumberFormatter {
  return (value, digits = 3) => formatNumber(value ?? null, digits, lang, empty);
}

export function formatPercent(value: number, digits: number, lang: Lang): string {
  return `${formatNumber(value * 100, digits, lang)} %`;
}

/** Cut a string to `max` characters with an ellipsis; control characters shown as spaces. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

function width(text: string): number {
  return [...text].length;
}

export type Align = 'left' | 'right';

/**
 * A plain-text table: header row, then rows; columns padded to the widest
 * cell. `style` decorates a cell after padding (colour codes do not count
 * towards width).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  style: { header: (s: string) => string } = { header: (s) => s },
  indent = '  ',
): string[] {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const pad = (cell: string, c: number): string => {
    const gap = ' '.repeat((widths[c] ?? 0) - width(cell));
    return align[c] === 'right' ? gap + cell : cell + gap;
  };
  const line = (cells: readonly string[]): string => (indent + cells.map((cell, c) => pad(cell, c)).join('  ')).trimEnd();
  return [style.header(line(header)), ...rows.map((r) => line(r))];
}
