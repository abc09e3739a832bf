/** CLI'ens meddelelser på dansk (typet af NoticeCatalogue i notices.ts). */

import type { NoticeCatalogue } from './notices.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const noticesDa: NoticeCatalogue = {
  wrote: (files) => `skrev ${files.join(', ')}`,
  batchStart: (total) => `batch: ${total} netværk`,
  batchDone: (c, files) =>
    `batch: ${c.ok} ok, ${c.failed} fejlede, ${c.crashed} brød sammen, ${c.missing} mangler; oversigt i ${files.join(' og ')}`,
  newKey: (file) =>
    `skrev en ny hemmelig nøgle til ${file} (kun du kan læse den). Hold den for dig selv og adskilt fra data: ` +
    `den, der har den, kan genkende aktører, vedkommende kender. Angiv den med --key ${file} ved senere runder, så de samme aktører får de samme pseudonymer`,
  keyReadable: (file, mode) => `nøglefilen ${file} kan læses af andre (tilstand ${mode}): chmod 600 ${file}`,
  smallGroup: (values, actors, k) =>
    `kun ${plural(actors, 'aktør', 'aktører')} har ` +
    `${values.map(([column, value]) => `${column}=${value === null ? '(tom)' : JSON.stringify(value)}`).join(', ')} ` +
    `(færre end --min-group ${k}): så lille en gruppe kan udpege personer; overvej at udelade eller slå værdier sammen`,
  moreSmallGroups: (count) => `… og ${plural(count, 'lille gruppe', 'små grupper')} til`,
  groupByDropped: (column) =>
    `grupperne kom fra "${column}", som udelades: det anonymiserede netværk har ingen grupper (tilføj --keep ${column})`,
  anonymised: (actors, ties, files, kept, dropped) =>
    `anonymiserede ${plural(actors, 'aktør', 'aktører')} og ${plural(ties, 'relation', 'relationer')} til ${files.join(', ')}` +
    ` (beholdt: ${kept.length === 0 ? 'ingen egenskaber' : kept.join(', ')}; udeladt: ${dropped.length === 0 ? 'intet' : dropped.join(', ')})`,
};
