/** English lines of the CLI's notices (typed by NoticeCatalogue in notices.ts). */

import type { NoticeCatalogue } from './notices.js';

export const noticesEn: NoticeCatalogue = {
  wrote: (files) => `wrote ${files.join(', ')}`,
  batchStart: (total) => `batch: ${total} network${total === 1 ? '' : 's'}`,
  batchDone: (c, files) => `batch: ${c.ok} ok, ${c.failed} failed, ${c.crashed} crashed, ${c.missing} missing; summary in ${files.join(' and ')}`,
  newKey: (file) =>
    `wrote a new secret key to ${file} (readable by you only). Keep it private and apart from the data: ` +
    `whoever has it can recognise actors they know. Pass it with --key ${file} for later waves, so the same actors get the same pseudonyms`,
  keyReadable: (file, mode) => `the key file ${file} can be read by others (mode ${mode}): chmod 600 ${file}`,
  smallGroup: (values, actors, k) =>
    `${actors === 1 ? 'only 1 actor has' : `only ${actors} actors have`} ` +
    `${values.map(([column, value]) => `${column}=${value === null ? '(empty)' : JSON.stringify(value)}`).join(', ')} ` +
    `(fewer than --min-group ${k}): such a small group can identify people; consider dropping or merging values`,
  moreSmallGroups: (count) => `… and ${count} more small groups`,
  groupByDropped: (column) => `the groups came from "${column}", which is dropped: the anonymised network has no groups (add --keep ${column})`,
  anonymised: (actors, ties, files, kept, dropped) =>
    `anonymised ${actors} actors and ${ties} ties into ${files.join(', ')}` +
    ` (kept: ${kept.length === 0 ? 'no attributes' : kept.join(', ')}; dropped: ${dropped.length === 0 ? 'nothing' : dropped.join(', ')})`,
};
