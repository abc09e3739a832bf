/**
 * Progress of `tuff batch` on stderr: a cli-progress bar when stderr is a
 * terminal (a maintained library, not hand-drawn), otherwise one plain line
 * per finished network, which logs and CI read well. Problems (failed,
 * crashed) are printed as lines in both modes. The stream is passed in, so
 * only cli.ts decides what stderr is.
 */

import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { BatchOutcome, PlannedNetwork } from './plan.js';
import type { Lang } from '../options.js';
import { noticeCatalogue } from '../i18n/notices.js';

export interface BatchProgress {
  start(total: number): void;
  done(network: PlannedNetwork, outcome: BatchOutcome, finished: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, tty: boolean, lang: Lang = 'en'): BatchProgress {
  return tty ? barProgress(stream) : lineProgress(stream, lang);
}

function describe(network: PlannedNetwork, outcome: BatchOutcome): string {
  return outcome.status === 'ok' ? `ok ${network.name}` : `${outcome.status} ${network.name}: ${outcome.error}`;
}

function lineProgress(stream: NodeJS.WritableStream, lang: Lang): BatchProgress {
  return {
    start(total) {
      stream.write(`tuff: ${noticeCatalogue(lang).batchStart(total)}\n`);
    },
    done(network, outcome, finished, total) {
      stream.write(`tuff: batch [${finished}/${total}] ${describe(network, outcome)}\n`);
    },
    stop() {},
  };
}

function barProgress(stream: NodeJS.WritableStream): BatchProgress {
  const multi = new MultiBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'tuff batch [{bar}] {value}/{total} {name}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      autopadding: true,
    },
    Presets.shades_classic,
  );
  let bar: SingleBar | null = null;
  return {
    start(total) {
      bar = multi.create(total, 0, { name: '' });
    },
    done(network, outcome, finished) {
      if (outcome.status !== 'ok') multi.log(`tuff: ${describe(network, outcome)}\n`);
      bar?.update(finished, { name: network.name });
    },
    stop() {
      multi.stop();
    },
  };
}
