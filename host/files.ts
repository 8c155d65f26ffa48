/**
 * Turns command-line paths, folders and globs into the list of files to check, honouring
 * `.tenderlintignore` (gitignore syntax, in the working folder) and a config's `ignorePatterns`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions checked when a folder is given. */
export const CHECKED_EXTENSIONS = ['md', 'markdown', 'docx'];
/** Extensions accepted when named explicitly. */
export const ACCEPTED_EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'docx'];
const ALWAYS_IGNORED = ['node_modules/', '.git/'];

export const IGNORE_FILE = '.tenderlintignore';

export interface FileList {
  files: string[];
  /** Paths or globs that matched nothing, with the reason. */
  missing: Array<{ pattern: string; reason: string }>;
  /** Files named explicitly but ignored (a warning, as ESLint gives). */
  ignored: string[];
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

export function loadIgnore(cwd: string, useIgnoreFile = true): Ignore {
  const ig = ignore().add(ALWAYS_IGNORED);
  const file = resolve(cwd, IGNORE_FILE);
  if (useIgnoreFile && existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  return ig;
}

export async function collectFiles(patterns: string[], cwd: string, ig: Ignore): Promise<FileList> {
  const result: FileList = { files: [], missing: [], ignored: [] };
  const seen = new Set<string>();
  const isIgnored = (abs: string) => {
    const rel = toPosix(relative(cwd, abs));
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return ig.ignores(rel);
  };
  const add = (abs: string) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      result.files.push(abs);
    }
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    if (existsSync(abs)) {
      const stat = statSync(abs);
      if (stat.isDirectory()) {
        const found = await glob(`**/*.{${CHECKED_EXTENSIONS.join(',')}}`, {
          cwd: abs,
          absolute: true,
          dot: false,
          ignore: ['**/node_modules/**', '**/.git/**'],
        });
        const kept = found.map((f) => resolve(f)).filter((f) => !isIgnored(f)).sort();
        if (kept.length === 0) result.missing.push({ pattern, reason: `no Markdown or Word files in folder "${pattern}"` });
        kept.forEach(add);
      } else if (isIgnored(abs)) {
        result.ignored.push(abs);
      } else {
        add(abs);
      }
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const kept = found.map((f) => resolve(f)).filter((f) => !isIgnored(f)).sort();
      if (kept.length === 0) result.missing.push({ pattern, reason: `no files match the pattern "${pattern}"` });
      kept.forEach(add);
      continue;
    }
    result.missing.push({ pattern, reason: `no such file or folder: "${pattern}"` });
  }
  return result;
}
