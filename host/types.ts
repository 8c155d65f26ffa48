import type { FileConfig } from '../core/config/types';
import type { Facts } from '../core/facts/types';
import type { PhaseTimes } from '../core/engine/timing';
import type { Finding, ResolvedSettings, RuleMeta } from '../core/engine/types';

/** The outcome of checking one file, as the CLI and formatters see it. */
export interface FileResult {
  /** Absolute path of the file. */
  filePath: string;
  /** The document text findings refer to (for excerpts); the CLI leaves it out, as no output format prints it. */
  source?: string;
  /** Findings, including suppressed ones (which carry `suppressions`). */
  findings: Finding[];
  facts?: Facts;
  settings?: ResolvedSettings;
  /** The rules' severities and options in force for the file (kept with the facts; the report reads the minimums from them). */
  config?: FileConfig;
  /** Set when `--fix` changed the text: the fixed text (already written by the CLI). */
  output?: string;
  /** Set when the file could not be read or parsed at all; `findings` then holds one fatal finding. */
  readError?: string;
  /** 'docx' for a Word document: `source` is then its read-only text view and findings carry `docx` addresses. */
  format?: 'docx';
  /** With `--timing`: milliseconds by phase for this file (`read`, `parse`, `facts/…`, `rules/<id>`, `directives`). */
  timing?: PhaseTimes;
}

export interface FormatContext {
  cwd: string;
  /** Whether info-level findings are shown (`--include-info`). */
  includeInfo: boolean;
  /** Metadata of every known rule, by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** URL of a rule's documentation page. */
  docsUrl(ruleId: string): string;
  /** Tool version, for SARIF/JUnit. */
  version: string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
