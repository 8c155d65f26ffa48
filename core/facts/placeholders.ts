/**
 * Placeholders: the gaps a document leaves for someone to fill ("[insert date]", "{{ supplier_name }}", "TBC",
 * "£X", "dd/mm/yyyy"), each with its style, the field it stands for and what is wrong with its shape, and, for a
 * template, its fields (each placeholder, where, how many times).
 *
 * `extractPlaceholders` is the string → matches extractor (table-tested); `buildPlaceholders` locates them in a
 * document. In a template (`template: true`) the engine drops every money, date, duration and percentage fact
 * that falls inside a placeholder (`insidePlaceholder`), so a sample value in a gap is never read as the value.
 */
import type { BlockKind, TenderDocument, TextBlock } from '../model/types';
import { placeOf, samePlace, type Place } from './block-memo';
import { blockRange } from '../model/positions';
import { sentenceAt } from '../model/sentences';
import { proseTexts, TextMemo } from '../model/memo';
import type { PlaceholderFact, PlaceholderFacts, PlaceholderField, PlaceholderProblem, PlaceholderStyle, PlaceholderValue } from './placeholder-types';

/** Placeholder shapes, as data, each with the style it is written in. Square brackets count only when their content reads as an instruction. */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<{ style: PlaceholderStyle; pattern: RegExp }> = [
  // [insert date], [Insert name of Authority], [enter value], [TBC], [date], [name of organisation]
  {
    style: 'bracket',
    pattern:
      /\[\s*(?:insert|enter|add|specify|state|tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|determined|advised)|name\s+of|date|amount|value|number|details?|supplier|authority|organisation)\b[^\][]{0,120}\]/gi,
  },
  // [●], [•], [...], […], [___], [XX], [?]
  { style: 'blank', pattern: /\[\s*(?:[●•]+|\.{3,}|…|_{2,}|X{1,}|x{2,}|\?+)\s*\]/g },
  // TBC / TBA / TBD as words, in capitals
  { style: 'tbc', pattern: /\b(?:TBC|TBA|TBD)\b/g },
  // £X, £XX, £X,XXX, £xx.xx
  { style: 'x-value', pattern: /£\s?[Xx]+(?:[,.][Xx]+)*(?![A-Za-z])/g },
  // XX%, XX days, XX weeks
  { style: 'x-value', pattern: /\b[Xx]{2,}\s?(?:%|per\s?cent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b)/g },
  // {{ template_field }}, <<merge field>> (template logic such as {% if %} is left alone: it is not a gap)
  { style: 'mustache', pattern: /\{\{[^{}]{0,80}\}\}|<<[^<>]{1,60}>>/g },
  // dd/mm/yyyy, DD/MM/YY
  { style: 'date-mask', pattern: /\b(?:dd|DD)\/(?:mm|MM)\/(?:yy|YY){1,2}\b/g },
];

/** Block kinds searched: headings, paragraphs, list items and table cells (never code or raw HTML). */
export const PLACEHOLDER_BLOCKS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'tableCell'];

/** A bracketed instruction that is really "to be confirmed": style `tbc`, not `bracket`. */
const TBC_INSIDE = /^\[\s*(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|determined|advised))\b/i;
/** The opening of a bracketed instruction (for brackets never closed). */
const INSTRUCTION_OPENING = /^\[\s*(?:insert|enter|add|specify|state|name\s+of)\b/i;
/** An instruction word (for a closing bracket never opened: "by insert date]"). */
const INSTRUCTION_WORD = /\b(?:insert|enter|specify)\b/gi;
/** `text` without the trailing characters in `chars` (a loop, not a `[…]+$` pattern, which backtracks on long runs). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** "[insert]", "[enter …]": an instruction with nothing after it but spaces and punctuation. */
function emptyInstruction(text: string): boolean {
  const m = INSTRUCTION_OPENING.exec(text);
  if (!m || !text.endsWith(']')) return false;
  return trimEndOf(text.slice(m[0].length, -1), '.…:_-') === '';
}

/** Longest stretch read after an unclosed bracket, or before an unopened one. */
const MAX_RUN = 120;

function styleOf(style: PlaceholderStyle, text: string): PlaceholderStyle {
  if (style === 'bracket' && TBC_INSIDE.test(text)) return 'tbc';
  if (style === 'mustache' && text.startsWith('<<')) return 'merge-field';
  return style;
}

/** The field a placeholder stands for, as a key: "[Insert  date]" → "insert date", "{{ supplier_name | upper }}" → "supplier_name". */
export function placeholderField(text: string, style: PlaceholderStyle): string {
  let inner = text;
  if (style === 'mustache') inner = text.replace(/^\{\{|\}\}$/g, '').split('|')[0] ?? '';
  else if (style === 'merge-field') inner = text.replace(/^<<|>>$/g, '');
  else if (style === 'bracket' || style === 'blank' || style === 'tbc') inner = text.replace(/^\[|\]$/g, '');
  inner = trimEndOf(inner.replace(/\s+/g, ' '), '.:;,').trim();
  return style === 'mustache' ? inner : inner.toLowerCase();
}

function problemOf(text: string, style: PlaceholderStyle): PlaceholderProblem | null {
  if (style === 'bracket' && emptyInstruction(text)) return 'empty';
  if ((style === 'mustache' || style === 'merge-field') && placeholderField(text, style) === '') return 'empty';
  return null;
}

function value(text: string, start: number, style: PlaceholderStyle, problem: PlaceholderProblem | null): PlaceholderValue {
  return { text, start, end: start + text.length, style, problem, field: placeholderField(text, style) };
}

/** Square brackets and `{{ }}` pairs left open or closed without opening, read as malformed placeholders. */
function unbalanced(text: string): PlaceholderValue[] {
  const out: PlaceholderValue[] = [];
  // Square brackets.
  const open: number[] = [];
  const strayClose: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */) open.push(i);
    else if (ch === 93 /* ] */) {
      if (open.length) open.pop();
      else strayClose.push(i);
    }
  }
  for (const i of open) {
    let end = i + 1;
    while (end < text.length && end - i < MAX_RUN && text[end] !== '[' && text[end] !== ']') end++;
    const run = trimEndOf(text.slice(i, end), '.,;:');
    if (INSTRUCTION_OPENING.test(run)) out.push(value(run, i, 'bracket', 'unbalanced'));
  }
  for (const j of strayClose) {
    let from = j;
    while (from > 0 && j - from < MAX_RUN && text[from - 1] !== '[' && text[from - 1] !== ']') from--;
    const run = text.slice(from, j);
    INSTRUCTION_WORD.lastIndex = 0;
    let last = -1;
    let m: RegExpExecArray | null;
    while ((m = INSTRUCTION_WORD.exec(run))) last = m.index;
    if (last >= 0) out.push(value(text.slice(from + last, j + 1), from + last, 'bracket', 'unbalanced'));
  }
  // Template tags: "{{" … "}}".
  const tags = /\{\{|\}\}/g;
  let opened = -1;
  let m: RegExpExecArray | null;
  const tagRun = (from: number, to: number) => trimEndOf(text.slice(from, Math.min(to, from + MAX_RUN)), '');
  while ((m = tags.exec(text))) {
    if (m[0] === '{{') {
      if (opened >= 0) out.push(value(tagRun(opened, m.index), opened, 'mustache', 'unbalanced'));
      opened = m.index;
    } else if (opened >= 0) {
      opened = -1;
    } else {
      let from = m.index;
      while (from > 0 && m.index - from < 40 && !/[\s>]/.test(text[from - 1]!)) from--;
      out.push(value(text.slice(from, m.index + 2), from, 'mustache', 'unbalanced'));
    }
  }
  if (opened >= 0) out.push(value(tagRun(opened, text.length), opened, 'mustache', 'unbalanced'));
  for (const v of out) v.field = placeholderField(v.text.replace(/[\][{}]+/g, ' '), v.style === 'mustache' ? 'mustache' : 'bracket');
  return out;
}

/**
 * Every placeholder in a piece of text, in order: the shapes of `PLACEHOLDER_PATTERNS` (one per starting
 * offset, the first pattern winning) and brackets or tags left unbalanced.
 */
export function extractPlaceholders(text: string): PlaceholderValue[] {
  const out: PlaceholderValue[] = [];
  const seen = new Set<number>();
  for (const { style, pattern } of PLACEHOLDER_PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text))) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const s = styleOf(style, m[0]);
      out.push(value(m[0], m.index, s, problemOf(m[0], s)));
    }
  }
  if (text.includes('[') || text.includes(']') || text.includes('{{') || text.includes('}}')) {
    for (const v of unbalanced(text)) {
      // An unbalanced run that a well-formed shape already covers is that shape's business.
      if (out.some((o) => v.start < o.end && o.start < v.end)) continue;
      out.push(v);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Clauses whose wording the law fixes, so that a template must state them rather than leave a gap: a topic is
 * recognised when every pattern matches the sentence with the placeholder itself blanked out, and the
 * placeholder stands for the clause's term — "days" follows it in the sentence, or it names days or a period.
 */
export const FIXED_CLAUSES: ReadonlyArray<{ topic: string; all: readonly RegExp[] }> = [
  // Payment within 30 days of a valid invoice is implied into public contracts (PA 2023 s.68; PCR 2015 reg 113).
  { topic: 'payment period', all: [/\b(?:pay|pays|paid|payment|payments|invoices?)\b/i] },
  // The standstill period is set by statute (PA 2023 s.51: 8 working days; PCR 2015 reg 87: 10 days).
  { topic: 'standstill period', all: [/\bstandstill\b/i] },
];

/** A number of days stated outside the placeholder: the clause's fixed term is written, the gap is something else. */
const DAYS_STATED = /\b\d{1,3} (?:working |calendar )?days?\b/i;
/** The placeholder stands for a term: "days" right after it, or days or a period named inside it. */
const DAYS_AFTER = /^\s*(?:working |calendar )?days?\b/i;
const NAMES_TERM = /\b(?:days?|period|terms?)\b/i;

export function fixedClauseOf(sentence: string, placeholder: string): string | null {
  const at = sentence.indexOf(placeholder);
  const rest = (at < 0 ? sentence : sentence.slice(0, at) + ' ' + sentence.slice(at + placeholder.length)).replace(/\s+/g, ' ');
  if (DAYS_STATED.test(rest)) return null;
  const term = NAMES_TERM.test(placeholder) || (at >= 0 && DAYS_AFTER.test(sentence.slice(at + placeholder.length, at + placeholder.length + 30)));
  if (!term) return null;
  for (const { topic, all } of FIXED_CLAUSES) if (all.every((p) => p.test(rest))) return topic;
  return null;
}

const NONE: readonly PlaceholderValue[] = Object.freeze([]);
const memo = new TextMemo<readonly PlaceholderValue[]>((text) => {
  const found = extractPlaceholders(text);
  return found.length ? found : NONE;
});

/**
 * Where the placeholders of a text were last located (a few places, the newest first), by the text's values: a
 * located placeholder depends only on the block's text and its place (`Place`: id, source offsets, text-to-source
 * map and line starts), so a block unchanged and unmoved keeps the very objects of the last check.
 */
const placements = new WeakMap<readonly PlaceholderValue[], Array<{ place: Place; items: readonly PlaceholderFact[]; pass: number }>>();
/** Placements kept per text besides those of the current pass (a text several blocks share keeps one for each). */
const PLACEMENTS = 3;
/** Numbers the passes over a document (`buildPlaceholders` calls). */
let pass = 0;

function locatedIn(doc: TenderDocument, block: TextBlock, values: readonly PlaceholderValue[]): readonly PlaceholderFact[] {
  let known = placements.get(values);
  if (known) {
    for (const k of known) {
      if (!samePlace(doc, block, k.place)) continue;
      k.pass = pass;
      return k.items;
    }
  } else {
    placements.set(values, (known = []));
  }
  const items = values.map((v): PlaceholderFact => {
    const sentence = sentenceAt(block.text, v.start);
    return {
      ...v,
      block: block.id,
      range: blockRange(doc, block, v.start, v.end),
      sentence,
      fixedClause: fixedClauseOf(sentence, v.text),
    };
  });
  known.unshift({ place: placeOf(doc, block), items, pass });
  // Beyond the bound, the oldest placements no block of this pass is at go.
  let older = 0;
  for (const k of known) if (k.pass !== pass) older++;
  for (let i = known.length - 1; i >= 0 && older > PLACEMENTS; i--) {
    if (known[i]!.pass === pass) continue;
    known.splice(i, 1);
    older--;
  }
  return items;
}

export function emptyPlaceholders(): PlaceholderFacts {
  return { items: [], fields: [] };
}

/** Every placeholder of a document, located, with the fields they form. */
export function buildPlaceholders(doc: TenderDocument): PlaceholderFacts {
  const items: PlaceholderFact[] = [];
  const found = memo.values(proseTexts(doc));
  pass++;
  for (let b = 0; b < doc.blocks.length; b++) {
    const values = found[b]!;
    if (values.length === 0) continue;
    const block = doc.blocks[b]!;
    if (!PLACEHOLDER_BLOCKS.includes(block.kind)) continue;
    for (const item of locatedIn(doc, block, values)) items.push(item);
  }
  const byField = new Map<string, PlaceholderField>();
  for (const p of items) {
    if (p.problem) continue;
    const key = `${p.style}\u0000${p.field}`;
    const field = byField.get(key);
    if (field) {
      field.count++;
      field.lines.push(p.range.start.line);
    } else {
      byField.set(key, { field: p.field, text: p.text, style: p.style, count: 1, lines: [p.range.start.line] });
    }
  }
  return { items, fields: [...byField.values()] };
}

/** Whether a fact found at `[start, end)` of a block lies inside one of the block's placeholders. */
export function insidePlaceholder(facts: PlaceholderFacts, block: number, start: number, end: number): boolean {
  return facts.items.some((p) => p.block === block && start < p.end && p.start < end);
}

/** `--print-facts` lines for a template's fields. */
export function describePlaceholders(facts: PlaceholderFacts): string[] {
  const malformed = facts.items.filter((p) => p.problem);
  if (facts.fields.length === 0 && malformed.length === 0) return ['Template fields: none'];
  const lines = [`Template fields: ${facts.fields.length} (${facts.items.length - malformed.length} placeholders)`];
  for (const f of facts.fields) {
    const where = f.lines.length === 1 ? `line ${f.lines[0]}` : `lines ${[...new Set(f.lines)].join(', ')}`;
    lines.push(`  ${f.text.replace(/\s+/g, ' ')} (${f.style}): ${f.count} ${f.count === 1 ? 'time' : 'times'}, ${where}`);
  }
  for (const p of malformed) lines.push(`  malformed (${p.problem}): ${p.text}, line ${p.range.start.line}`);
  return lines;
}
