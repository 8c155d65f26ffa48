/**
 * The invariants the fuzz suite checks on a model and on a whole check, shared by its tests: every range inside the
 * text (line and column agreeing with the offset), every plain-text offset of a block mapping inside the block, no
 * rule failing with an internal error.
 */
import { expect } from 'vitest';
import { blockOffsetToSource } from '../../core/model/positions';
import { lintDocument } from '../../core/engine/linter';
import { resolveFileConfig } from '../../core/config/resolve';
import type { Range, TenderDocument } from '../../core/model/types';
import { rules } from '../../rules/index';

const config = resolveFileConfig(rules, null, 'tender.md');

function rangeInside(doc: TenderDocument, range: Range, what: string): void {
  const n = doc.text.length;
  const ok = range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= n;
  expect(ok, `${what} ${JSON.stringify(range)} outside 0..${n}`).toBe(true);
  // Line and column agree with the offset.
  for (const p of [range.start, range.end]) {
    const lineStart = doc.lineStarts[p.line - 1];
    expect(lineStart !== undefined && lineStart + p.column - 1 === p.offset, `${what}: position ${JSON.stringify(p)} does not match its offset`).toBe(true);
  }
}

/** Every range of the model inside the text; every block offset maps inside its block. */
export function modelInside(doc: TenderDocument): void {
  const source = doc.text;
  for (const block of doc.blocks) {
    rangeInside(doc, block.range, `block ${block.id} (${block.kind})`);
    for (const seg of block.segments) {
      expect(seg.sourceStart >= 0 && seg.sourceStart + (seg.map ? 0 : seg.length) <= source.length, `segment ${JSON.stringify(seg)} outside`).toBe(true);
      expect(seg.textStart + seg.length <= block.text.length, `segment past block text`).toBe(true);
      if (!seg.map) expect(source.slice(seg.sourceStart, seg.sourceStart + seg.length)).toBe(block.text.slice(seg.textStart, seg.textStart + seg.length));
      else for (const m of seg.map) expect(seg.sourceStart + m >= 0 && seg.sourceStart + m < source.length, `segment map ${m} outside`).toBe(true);
    }
    for (let i = 0; i < block.text.length; i++) {
      const at = blockOffsetToSource(block, i);
      // A table cell's range is its trimmed content: white space around it may fall outside (not outside the text).
      const outside = at < 0 || at >= source.length;
      if (outside || (!(at >= block.range.start.offset && at < block.range.end.offset) && !/\s/.test(block.text[i]!))) {
        expect.fail(`block ${block.id} (${block.kind}) offset ${i} maps to ${at}, outside its range ${block.range.start.offset}..${block.range.end.offset}`);
      }
    }
  }
  for (const s of doc.sections) rangeInside(doc, s.range, `section ${s.index}`);
  for (const t of doc.tables) {
    rangeInside(doc, t.range, `table ${t.index}`);
    for (const row of t.rows) for (const c of row) rangeInside(doc, c.range, `table ${t.index} cell`);
  }
  for (const c of doc.comments) rangeInside(doc, c.range, 'comment');
  if (doc.frontMatter) rangeInside(doc, doc.frontMatter.range, 'front matter');
}

/** The whole check never throws, no rule fails, every range of every finding inside the document. */
export function lintInside(doc: TenderDocument): void {
  const out = lintDocument(doc, config, rules);
  for (const f of out.findings) {
    expect(f.messageId, `${f.ruleId}: ${f.message}`).not.toBe('internalError');
    rangeInside(doc, f.range, `finding ${f.ruleId}`);
    for (const r of f.related ?? []) rangeInside(doc, r.range, `related range of ${f.ruleId}`);
    for (const fix of [f.fix, ...(f.suggestions ?? []).map((s) => s.fix)]) {
      if (!fix) continue;
      const [start, end] = fix.range;
      expect(start >= 0 && start <= end && end <= doc.text.length, `fix of ${f.ruleId} [${start}, ${end}] outside 0..${doc.text.length}`).toBe(true);
    }
  }
}
