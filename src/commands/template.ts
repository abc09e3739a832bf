/**
 * `tuff template DIR [--lang da]`: the empty files a facilitator sends out to
 * collect the data (template/template.ts says what they hold; io/template-files.ts
 * writes them, never over an existing file). Orchestration only.
 */

import { UsageError } from '../errors.js';
import { writeTemplate } from '../io/template-files.js';
import type { Lang } from '../options.js';
import { buildTemplate } from '../template/template.js';

export interface TemplateCommandOptions {
  readonly dir: string;
  readonly lang: Lang;
}

export interface TemplateRunResult {
  readonly files: readonly string[];
}

export async function runTemplate(options: TemplateCommandOptions): Promise<TemplateRunResult> {
  if (options.dir.trim() === '') throw new UsageError({ code: 'template-needs-folder', params: {} });
  return { files: await writeTemplate(options.dir, buildTemplate(options.lang)) };
}
