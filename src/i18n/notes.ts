/**
 * The sentences of the analysis notes (types.ts AnalysisNoteFigures: how
 * values were computed — estimates and their bounds, a sample replaced by
 * exact values, an eigenvector that did not converge), one catalogue per
 * language (notes-en.ts, notes-da.ts), both typed by `NoteCatalogue`: every
 * note code has a sentence over that code's figures, so a note added to the
 * analysis without its sentences is a compile error. The analysis returns only
 * the code and the figures; the report builder asks for the sentence in the
 * report's language (report/notes.ts).
 */

import type { Lang } from '../options.js';
import type { AnalysisNote, AnalysisNoteCode, AnalysisNoteFigures } from '../types.js';
import { notesEn } from './notes-en.js';
import { notesDa } from './notes-da.js';

export type NoteCatalogue = { readonly [C in AnalysisNoteCode]: (figures: AnalysisNoteFigures[C]) => string };

export function noteCatalogue(lang: Lang): NoteCatalogue {
  return lang === 'da' ? notesDa : notesEn;
}

/** The sentence of one note in `lang`. */
export function noteMessage(note: AnalysisNote, lang: Lang): string {
  // The catalogue is indexed by the note's own code, so the figures fit the sentence (TypeScript cannot follow the pairing).
  const sentence = noteCatalogue(lang)[note.code] as (figures: AnalysisNote['figures']) => string;
  return sentence(note.figures);
}
