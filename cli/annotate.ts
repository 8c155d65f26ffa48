/**
 * `--annotate-docx <dir>`: after a check, writes for each Word document a copy in `dir` with a comment for
 * every finding shown (`host/annotate-file.ts`), and says on stderr what was written or why not.
 */
import { relative, resolve } from 'node:path';
import type { Finding } from '../core/engine/types';
import type { DocxLimits } from '../host/docx/limits';
import type { FileResult } from '../host/types';
import { annotateDocxFile, annotatedPath } from '../host/annotate-file';

export interface AnnotateRun {
  outDir: string;
  force: boolean;
  limits?: Partial<DocxLimits>;
  cwd: string;
  stderr: (text: string) => void;
}

/** Writes the annotated copies; returns false when any Word document could not be written. */
export async function writeAnnotatedCopies(results: Array<{ result: FileResult; findings: Finding[] }>, run: AnnotateRun): Promise<boolean> {
  let ok = true;
  const outDir = resolve(run.cwd, run.outDir);
  const taken = new Set<string>();
  const show = (p: string) => {
    const rel = relative(run.cwd, p);
    return rel === '' || rel.startsWith('..') ? p : rel;
  };
  for (const { result, findings } of results) {
    if (!result.filePath.toLowerCase().endsWith('.docx')) {
      run.stderr(`tenderlint: ${show(result.filePath)} is not a Word document; --annotate-docx writes copies of .docx files only, so no copy was written.\n`);
      continue;
    }
    if (result.readError) {
      run.stderr(`tenderlint: ${show(result.filePath)} could not be read, so no annotated copy was written.\n`);
      ok = false;
      continue;
    }
    const output = annotatedPath(result.filePath, outDir);
    if (taken.has(output)) {
      run.stderr(`tenderlint: ${show(output)}: another document of the same name was written there in this run; annotate ${show(result.filePath)} into another folder.\n`);
      ok = false;
      continue;
    }
    taken.add(output);
    const outcome = await annotateDocxFile(result.filePath, findings, output, { force: run.force, limits: run.limits });
    if ('error' in outcome) {
      run.stderr(`tenderlint: ${outcome.error}\n`);
      ok = false;
      continue;
    }
    const a = outcome.anchors;
    const placed = a.control + a.paragraph + a.cell + a.note + a.nearby;
    const detail =
      outcome.comments === 0
        ? ''
        : placed === 0
          ? ', each on its text'
          : `: ${a.text} on their text, ${a.control + a.paragraph + a.cell} on their content control, paragraph or cell, ${a.note} on a note reference, ${a.nearby} near their place`;
    run.stderr(`tenderlint: wrote ${show(outcome.written)} (${outcome.comments} comment${outcome.comments === 1 ? '' : 's'}${detail}).\n`);
  }
  return ok;
}
