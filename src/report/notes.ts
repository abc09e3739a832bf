/**
 * The analysis notes (Analysis.estimates: codes and figures, types.ts
 * AnalysisNoteFigures) as warnings of the report: on the ties file, line 0,
 * with the sentence in the report's language (src/i18n/notes-*.ts) and the
 * figures beside it, for stderr and the JSON report's dataQuality.
 */

import type { Lang } from '../options.js';
import type { AnalysisNote, DataWarning } from '../types.js';
import { noteMessage } from '../i18n/notes.js';

export function noteWarnings(notes: readonly AnalysisNote[], tiesFile: string, lang: Lang): DataWarning[] {
  return notes.map((note) => ({ file: tiesFile, line: 0, code: note.code, message: noteMessage(note, lang), figures: note.figures }));
}
