/**
 * Actor ids: trimmed, Unicode NFC, stray byte-order marks (U+FEFF, e.g. from
 * files pasted together) removed, then compared by code units ("10" ≠ "010").
 * An id holding NUL or a line break (CR, LF, U+2028, U+2029; only possible in a
 * quoted cell) is refused at its line: it cannot be printed on one line. Other
 * control characters are kept and escaped wherever an id is echoed.
 * An id that trimming or NFC changed is reported once per resulting id, at the
 * first place it was seen changed (`id-normalised`), across both files.
 */

import type { DataWarning } from '../types.js';
import { InputError } from '../errors.js';
import { dataWarning } from '../i18n/warnings.js';

/** NUL and line breaks: an id holding one cannot be printed on one line nor kept in a C string. */
const CONTROL = /[\u0000\n\r\u2028\u2029]/;

export type IdNormaliser = (raw: string, file: string, line: number) => string;

/** Normalise a cell that is not an id (labels, attributes): trimmed, NFC, silently. */
export function normaliseText(raw: string): string {
  return raw.trim().normalize('NFC');
}

export function createIdNormaliser(warnings: DataWarning[]): IdNormaliser {
  const reported = new Set<string>();
  return (raw, file, line) => {
    const id = normaliseText(raw.replace(/\uFEFF/g, ''));
    const control = CONTROL.exec(id);
    if (control !== null) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new InputError(file, line, { code: 'id-control-character', params: { raw, code } });
    }
    if (id !== raw && id !== '' && !reported.has(id)) {
      reported.add(id);
      const trimmed = raw.trim();
      const how: ('bom' | 'spaces' | 'nfc')[] = [];
      if (raw.includes('\uFEFF')) how.push('bom');
      if (raw.replace(/\uFEFF/g, '').trim() !== raw.replace(/\uFEFF/g, '')) how.push('spaces');
      if (trimmed.normalize('NFC') !== trimmed) how.push('nfc');
      warnings.push(dataWarning(file, line, { code: 'id-normalised', params: { raw, id, how } }));
    }
    return id;
  };
}
