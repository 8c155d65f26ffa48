/**
 * Writes a Word copy of a checked DOCX with its findings as comments (`docx/annotate.ts`), as the CLI and the
 * language server ask for it: the original is never written, an existing output is refused unless forced, and a
 * document that cannot be annotated safely is refused with the reason, with nothing written.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Finding } from '../core/engine/types';
import { docsUrl } from '../core/engine/docs-url';
import type { AnchorKind } from './docx/annotate';
import { DocxRefused, type DocxLimits } from './docx/limits';

export interface AnnotateFileOptions {
  /** Replace an existing output file. */
  force?: boolean;
  limits?: Partial<DocxLimits>;
  date?: Date;
}

export type AnnotateFileOutcome =
  | { written: string; comments: number; anchors: Record<AnchorKind, number> }
  | { error: string };

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b) || resolve(a) === resolve(b);
}

/** The output path of `input` in `outDir`. */
export function annotatedPath(input: string, outDir: string): string {
  return join(outDir, basename(input));
}

/** Annotates `input` (a DOCX) with `findings` into `output`. */
export async function annotateDocxFile(input: string, findings: readonly Finding[], output: string, options: AnnotateFileOptions = {}): Promise<AnnotateFileOutcome> {
  if (samePath(input, output)) return { error: `${output}: is the original document; tenderlint never writes it. Choose another output folder.` };
  if (existsSync(output) && !options.force) return { error: `${output}: already exists; use --force to replace it.` };
  try {
    const { readDocx } = await import('./docx/read');
    const { annotateDocx } = await import('./docx/annotate');
    const buffer = await readFile(input);
    const doc = await readDocx(buffer, input, options.limits);
    const result = await annotateDocx(
      buffer,
      doc,
      findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.fatal ? 'error' : f.severity,
        message: f.message,
        start: f.range.start.offset,
        end: f.range.end.offset,
        docsUrl: f.fatal ? undefined : docsUrl(f.ruleId),
      })),
      { limits: options.limits, date: options.date },
    );
    await mkdir(dirname(output), { recursive: true });
    const temp = `${output}.${process.pid}.tmp`;
    await writeFile(temp, result.buffer);
    await rename(temp, output);
    const anchors: Record<AnchorKind, number> = { text: 0, control: 0, paragraph: 0, cell: 0, note: 0, nearby: 0 };
    for (const c of result.comments) anchors[c.anchor]++;
    return { written: output, comments: result.comments.length, anchors };
  } catch (err) {
    if (err instanceof DocxRefused) return { error: `${input}: ${err.message}. Nothing was written.` };
    return { error: `${input}: could not be annotated (${(err as Error).message}). Nothing was written; please report this with the file.` };
  }
}
