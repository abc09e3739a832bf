#!/usr/bin/env node
/**
 * Child process of bench/two-mode.mjs while the built CLI has no --two-mode:
 * the attendance-list path through the built library, as one process, for
 * the same /usr/bin/time measurement as the CLI runs.
 *
 *   node bench/two-mode-library.mjs DIR     (DIR/participation.csv, DIR/../projected/)
 *
 * 1. DIR/participation.csv: decode, parseCsv, model/two-mode readParticipation
 *    and projectParticipation (count: networkx weighted_projected_graph);
 *    the projection is checked tie by tie against the bench's own
 *    (DIR/../projected/ties.csv), exit 1 on any difference;
 * 2. the analysis and JSON report of that network exactly as `tuff analyse
 *    --format json` makes them (pipeline buildAnalysisReport, renderFormat),
 *    from DIR/../projected read with readNetwork (actors.csv beside it).
 * Step 2 reads the projection back from a CSV, which a wired --two-mode does
 * not need to do, so this is an upper bound of the two-mode time: the
 * undirected run plus reading and projecting the attendance list.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = process.env.TUFF_DIST ? path.resolve(process.env.TUFF_DIST) : path.resolve(here, '../dist');
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);

const folder = process.argv[2];
const { decodeBytes } = await load('io/decode.js');
const { parseCsv } = await load('io/csv.js');
const { createIdNormaliser } = await load('model/ids.js');
const { readParticipation, projectParticipation } = await load('model/two-mode.js');
const { readNetwork } = await load('io/read-network.js');
const { buildAnalysisReport } = await load('pipeline.js');
const { renderFormat } = await load('report/index.js');

const file = path.join(folder, 'participation.csv');
const warnings = [];
const table = parseCsv(decodeBytes(readFileSync(file), file).text, file);
const participation = readParticipation(table, file, { decimalComma: false, normaliseId: createIdNormaliser(warnings), warnings });
const projection = projectParticipation(participation.rows, 'count');

const projected = path.join(folder, '..', 'projected');
const rows = readFileSync(path.join(projected, 'ties.csv'), 'utf8').trim().split('\n').slice(1);
const same = rows.length === projection.ties.length && projection.ties.every((t, i) => rows[i] === `${t.source},${t.target},${t.weight}`);
if (!same) {
  process.stderr.write(`two-mode-library: tuff's projection (${projection.ties.length} ties) differs from ${projected}/ties.csv (${rows.length})\n`);
  process.exit(1);
}

const read = readNetwork(projected, { duplicates: 'sum' });
const report = buildAnalysisReport(read, { lang: 'en', threads: os.availableParallelism() });
process.stdout.write(renderFormat('json', { report, dataset: read.dataset }, {
  chalk: new Chalk({ level: 0 }), lang: 'en', top: 10, name: path.basename(folder), excel: undefined,
}));
