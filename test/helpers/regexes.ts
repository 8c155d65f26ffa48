/**
 * Collects the project's regular expressions for the ReDoS check (test/redos.test.ts), two ways, because neither
 * alone sees them all:
 *  - every regular-expression literal in the TypeScript sources of `core/` and `rules/`, read with the TypeScript
 *    parser (not a text search, so a `/` in a string, comment or division is never mistaken for one);
 *  - every RegExp *constructed* while those modules load and while the linter checks documents, recorded by
 *    wrapping the global `RegExp` for the duration: this catches the patterns assembled from shared sources
 *    (`new RegExp(\`(${NUMERAL_PATTERN})…\`)`) whatever their shape, including those built inside functions.
 * A constructed pattern is attributed to the first `core/` or `rules/` file on the stack.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it was found: `path:line` for a literal, the constructing file for a constructed one. */
  where: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) yield full;
  }
}

/** The regular-expression literals of every `.ts` file under `dirs` (relative to `root`). */
export function regexLiterals(root: string, dirs: string[]): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const close = literal.lastIndexOf('/');
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          out.push({ source: literal.slice(1, close), flags: literal.slice(close + 1), where: `${relative(root, file).split(sep).join('/')}:${line + 1}` });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

/**
 * Runs `body` with the global RegExp wrapped, and returns every pattern constructed by code under one of `dirs`
 * (as `new RegExp(…)`, `RegExp(…)`, or a regex method copying one) meanwhile.
 */
export async function constructedRegexes(root: string, dirs: string[], body: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const found = new Map<string, FoundRegex>();
  const prefixes = dirs.map((d) => join(root, d) + sep);
  const record = (re: RegExp): void => {
    const key = `${re.flags}/${re.source}`;
    if (found.has(key)) return;
    const stack = new Error().stack ?? '';
    const frame = stack.split('\n').find((l) => prefixes.some((p) => l.includes(p)) && !l.includes(`${sep}node_modules${sep}`));
    if (!frame) return;
    const prefix = prefixes.find((p) => frame.includes(p))!;
    const at = /^(.*?):(\d+):\d+/.exec(frame.slice(frame.indexOf(prefix)));
    const where = at ? `${relative(root, at[1]!).split(sep).join('/')}:${at[2]}` : frame.trim();
    found.set(key, { source: re.source, flags: re.flags, where });
  };
  const Hooked = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === Hooked ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, self, args) {
      const re = Reflect.apply(target, self, args) as RegExp;
      record(re);
      return re;
    },
  });
  globalThis.RegExp = Hooked;
  try {
    await body();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}
