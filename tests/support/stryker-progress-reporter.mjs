// A StrykerJS reporter that appends each mutant's result to reports/mutation/<name>/progress.ndjson as it is known.
// Why: a full run takes an hour or more on a shared machine; Stryker's own reports appear only at the end, so an
// interrupted run would otherwise leave nothing. `node tests/support/mutation-score.mjs` reads these files.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PluginKind, commonTokens, declareClassPlugin } from '@stryker-mutator/api/plugin';

class ProgressReporter {
  static inject = [commonTokens.options];
  constructor(options) {
    this.file = path.join(path.dirname(options.jsonReporter.fileName), 'progress.ndjson');
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, '');
  }
  onMutantTested(result) {
    appendFileSync(
      this.file,
      `${JSON.stringify({ file: result.fileName, status: result.status, mutator: result.mutatorName, line: result.location.start.line, replacement: result.replacement })}\n`,
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'progress-ndjson', ProgressReporter)];
