/**
 * Actor ids: trimmed, Unicode NFC, then compared by code units ("10" ≠ "010").
 * An id that trimming or NFC changed is reported once per resulting id, at the
 * first place it was seen changed (`id-normalised`), across both files.
 */

import type { DataWarning } from '../types.js';
import { quote } from './quote.js';

export type IdNormaliser = (raw: string, file: string, line: number) => string;

/** Normalise a cell that is not an id (labels, attributes): trimmed, NFC, silently. */
export function normaliseText(raw: string): string {
  return raw.trim().normalize('NFC');
}

export function createIdNormaliser(warnings: DataWarning[]): IdNormaliser {
  const reported = new Set<string>();
  return (raw, file, line) => {
    const id = normaliseText(raw);
    if (id !== raw && id !== '' && !reported.has(id)) {
      reported.add(id);
      const trimmed = raw.trim();
      const how = [trimmed !== raw ? 'surrounding spaces removed' : '', trimmed.normalize('NFC') !== trimmed ? 'Unicode NFC normalisation' : '']
        .filter((s) => s !== '')
        .join(', ');
      warnings.push({ file, line, code: 'id-normalised', message: `id ${quote(raw)} read as ${quote(id)} (${how}; reported once)` });
    }
    return id;
  };
}
