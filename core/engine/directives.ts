/**
 * Inline directives in HTML comments:
 *   <!-- tenderlint-disable [RULE, ...] [-- reason] -->        until a matching enable (or the end)
 *   <!-- tenderlint-enable [RULE, ...] -->
 *   <!-- tenderlint-disable-next-line [RULE, ...] [-- reason] -->
 *   <!-- tenderlint-disable-line [RULE, ...] [-- reason] -->
 *   <!-- tenderlint-disable-file [RULE, ...] [-- reason] -->
 * A RULE may be a rule id (`drafting/placeholder`) or a whole family (`drafting`). No rule means all rules.
 */
import type { CommentNode } from '../model/types';
import type { Finding, Suppression } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or family names; empty means every rule. */
  rules: string[];
  justification: string;
  comment: CommentNode;
}

const DIRECTIVE = /^tenderlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(comments: CommentNode[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.value.trim());
    if (!m) continue;
    const [body = '', reason = ''] = splitOnce(m[2]!, '--');
    const rules = body
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    directives.push({ kind: m[1] as DirectiveKind, rules, justification: reason.trim(), comment });
  }
  return directives;
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

function matches(directive: Directive, finding: Finding): boolean {
  if (directive.rules.length === 0) return true;
  return directive.rules.some((r) => r === finding.ruleId || r === finding.family);
}

/**
 * Marks findings covered by a directive with a suppression carrying the directive's justification.
 * Fatal findings are never suppressed.
 */
export function applyDirectives(findings: Finding[], directives: Directive[]): void {
  if (directives.length === 0) return;
  const ordered = [...directives].sort((a, b) => a.comment.range.start.offset - b.comment.range.start.offset);
  for (const finding of findings) {
    if (finding.fatal) continue;
    const suppressor = findSuppressor(ordered, finding);
    if (suppressor) {
      const suppression: Suppression = { kind: 'inline', justification: suppressor.justification };
      finding.suppressions = [suppression];
    }
  }
}

function findSuppressor(directives: Directive[], finding: Finding): Directive | null {
  const line = finding.range.start.line;
  const offset = finding.range.start.offset;
  let active: Directive | null = null;
  for (const d of directives) {
    if (!matches(d, finding)) continue;
    switch (d.kind) {
      case 'disable-file':
        return d;
      case 'disable-line':
        if (d.comment.range.start.line <= line && d.comment.range.end.line >= line) return d;
        break;
      case 'disable-next-line':
        if (d.comment.range.end.line + 1 === line) return d;
        break;
      case 'disable':
        if (d.comment.range.start.offset <= offset) active = d;
        break;
      case 'enable':
        if (d.comment.range.start.offset <= offset) active = null;
        break;
    }
  }
  return active;
}
