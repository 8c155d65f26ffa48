/**
 * Award facts beside the weighted criteria (`evaluation.ts`): how answers are scored (scales and their
 * descriptors, written in the document or referred to an annex), statements of relative importance that take
 * the place of weights ("in descending order of importance", "equally weighted", "more important than price"),
 * and social value questions with whether each asks for something measurable and specific.
 */
import type { Range, Table, TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { splitSentences } from '../model/sentences';
import { PatternScreen, proseTexts, rememberClearable, TextMemo } from '../model/memo';
import { inEvaluationSection, isScaleTable } from './evaluation';
import type { Facts } from './types';

export interface ScoringScale {
  /** Lowest and highest score when stated ("scored 0 to 5" → 0 and 5; "out of 10" → null and 10). */
  min: number | null;
  max: number | null;
  /** Where the descriptors are: a table of scores and descriptors, wording in the text, or a named annex. */
  descriptors: 'table' | 'text' | 'annex' | null;
  /** The annex, appendix, schedule or attachment referred to ("Annex C"), if any. */
  reference: string | null;
  block: number;
  range: Range;
}

export type ImportanceKind = 'ranking' | 'equal' | 'description';

/** A statement of relative importance given instead of (or beside) weights: PA 2023 s.23(3). */
export interface ImportanceStatement {
  kind: ImportanceKind;
  text: string;
  block: number;
  range: Range;
}

export interface SocialValueQuestion {
  /** The question as written (without its number). */
  text: string;
  block: number;
  range: Range;
  /** Asks for something that can be counted or checked: numbers, targets, KPIs, reporting, a model award criterion. */
  measurable: boolean;
  /** Names a concrete theme or outcome (local jobs, carbon, volunteering…) rather than "social value" in general. */
  specific: boolean;
}

export interface AwardFacts {
  scales: ScoringScale[];
  importance: ImportanceStatement[];
  socialValueQuestions: SocialValueQuestion[];
}

export function emptyAwardFacts(): AwardFacts {
  return { scales: [], importance: [], socialValueQuestions: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Scoring scales

const SCALE_RANGE =
  /\b(?:scored?|scoring|marked|rated|assessed|evaluated|scale\s+of|score\s+(?:of|between|from)|marks?\s+(?:of|between|from)|between)\b[^.;]{0,40}?\b(\d{1,2})\s*(?:to|-|–|—)\s*(\d{1,3})\b(?!\s*(?:%|per\s*cent|words|pages|days|weeks|months|years|hours))/i;
const SCALE_NUMBERS_FIRST = /\b(\d{1,2})\s*(?:to|-|–|—)\s*(\d{1,3})\s+(?:scoring\s+|point\s+|marking\s+)?(?:scale|scoring|score|marks?\b|points\b)/i;
const OUT_OF = /\b(?:scored?|marked|rated)\s+out\s+of\s+(\d{1,3})\b/i;
const SCALE_NAMED = /\b(?:scoring|evaluation|marking|assessment)\s+(?:scale|matrix|methodology|descriptors|mechanism|framework|guidance|criteria\s+and\s+descriptors)\b|\bscore\s+descriptors\b|\bdescriptors?\b/i;
const DESCRIPTORS = /\bdescriptors?\b|\bscoring\s+(?:matrix|guidance|methodology|table|mechanism|framework)\b|\bmarking\s+scheme\b/i;
const ANNEX = /\b(annex|appendix|schedule|attachment|enclosure)\s+([A-Z]{1,2}\b|\d+(?:\.\d+)*)/i;
/** "5 – Excellent: …", "0 = Unacceptable". Exported for tests. */
export const DESCRIPTOR_LINE =
  /^\s*\(?(\d{1,2})\)?\s*(?:(?:marks?|points?)\s*)?(?:[-–—:=.)]\s*|(?<=\s))\(?(?:excellent|very\s+good|good|acceptable|adequate|satisfactory|poor|weak|limited|unacceptable|unsatisfactory|fail|no\s+response|outstanding|strong|moderate|minor|major|serious|exceeds|meets|partially|does\s+not|fully|substantially|minimal|inadequate|very\s+poor|insufficient|non-compliant|compliant)\b/i;
const DESCRIPTOR_WORD =
  /^\s*(?:excellent|very\s+good|good|acceptable|adequate|satisfactory|poor|weak|limited|unacceptable|unsatisfactory|fail|no\s+response|outstanding|strong|moderate|minor|major|serious|exceeds|meets|partially|does\s+not|fully|substantially|minimal|inadequate|very\s+poor|insufficient|non-compliant|compliant)\b/i;

/** The blocks the award facts are read from: paragraphs, list items and table cells. */
function isTextBlock(block: TextBlock): boolean {
  return block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'tableCell';
}

/** Whether a sentence matches any scale pattern (most do not), remembered by sentence text. */
const scaleScreen = new PatternScreen([SCALE_RANGE, SCALE_NUMBERS_FIRST, OUT_OF, SCALE_NAMED].map((re) => [re, re] as const));

/** Scoring scales in a document: stated in sentences, laid out as a table, or written as a run of descriptor lines. */
export function findScales(doc: TenderDocument): ScoringScale[] {
  const out: ScoringScale[] = [];
  const screens = scaleScreen.ofSentences(doc, splitSentences);
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const bits = screens[block.id]!;
    if (!anySet(bits) || !isTextBlock(block)) continue;
    const spans = splitSentences(block.text);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const sentence = span.text;
      if (bits[i] === 0) continue;
      const range = SCALE_RANGE.exec(sentence) ?? SCALE_NUMBERS_FIRST.exec(sentence);
      const outOf = range ? null : OUT_OF.exec(sentence);
      const named = range || outOf ? null : SCALE_NAMED.exec(sentence);
      if (!range && !outOf && !named) continue;
      if (named && !/\b(?:scor\w*|mark\w*|evaluat\w*|assess\w*|answers?|responses?|questions?)\b/i.test(sentence)) continue;
      const annex = DESCRIPTORS.test(sentence) || named ? ANNEX.exec(sentence) : null;
      const min = range ? Number(range[1]) : null;
      const max = range ? Number(range[2]) : outOf ? Number(outOf[1]) : null;
      if (min !== null && max !== null && (max <= min || max > 100)) continue;
      out.push({
        min,
        max,
        descriptors: annex ? 'annex' : DESCRIPTORS.test(sentence) ? 'text' : null,
        reference: annex ? `${capitalise(annex[1]!)} ${annex[2]!}` : null,
        block: block.id,
        range: blockRange(doc, block, span.start, span.end),
      });
    }
  }
  // Tables of scores and descriptors.
  const tables = scaleTables(doc);
  for (let t = 0; t < doc.tables.length; t++) {
    const scale = tables[t];
    if (!scale) continue;
    const table = doc.tables[t]!;
    const first = doc.blocks[table.rows[0]![0]!.block]!;
    out.push({ min: scale.min, max: scale.max, descriptors: 'table', reference: null, block: first.id, range: table.range });
  }
  // Runs of descriptor lines ("5 – Excellent …") in lists or paragraphs.
  const scores = descriptorScores.values(proseTexts(doc));
  let firstLine: TextBlock | null = null;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let b = 0; b < blocks.length; b++) {
    const score = scores[b]!;
    const block = blocks[b]!;
    if (score < 0 || (block.kind !== 'listItem' && block.kind !== 'paragraph')) continue;
    firstLine ??= block;
    count++;
    if (score < min) min = score;
    if (score > max) max = score;
  }
  if (count >= 3 && firstLine) {
    out.push({ min, max, descriptors: 'text', reference: null, block: firstLine.id, range: firstLine.range });
  }
  return out.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

function anySet(bits: readonly number[]): boolean {
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) return true;
  return false;
}

/** The score of a descriptor line ("5 – Excellent …"), -1 for any other text; remembered by text. */
const descriptorScores = new TextMemo<number>((text) => {
  const m = DESCRIPTOR_LINE.exec(text);
  return m ? Number(m[1]) : -1;
});

/** What a table gives as a scale of scores and descriptors: its lowest and highest score. */
interface TableScale {
  min: number | null;
  max: number | null;
}

/** The scale a table is, if any, from its header and its rows' cell texts alone. */
function tableScale(table: Table): TableScale | null {
  const body = table.rows.slice(1);
  // Rows pairing a score ("5", "100") with a descriptor ("Excellent…", "The response fully addresses…"), in
  // descending order or down to 0 (a numbered list of steps counts up from 1).
  const described = body.filter(
    (row) =>
      row.length >= 2 &&
      /^\s*\d{1,3}\s*$/.test(row[0]!.text) &&
      row.slice(1).some((c) => DESCRIPTOR_WORD.test(c.text) || c.text.trim().split(/\s+/).length >= 3),
  );
  const scores = described.map((row) => Number(row[0]!.text.trim()));
  const descending = scores.every((n, k) => k === 0 || n < scores[k - 1]!);
  if (!isScaleTable(table.header) && !(scores.length >= 2 && (descending || scores.includes(0)))) return null;
  return { min: scores.length ? Math.min(...scores) : null, max: scores.length ? Math.max(...scores) : null };
}

/** A table's scale with what it was read from: the header and every cell's text, row by row. */
interface TableRecord {
  header: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  scale: TableScale | null;
}

/**
 * The last document's table records, by table index (a table whose header and cells are the same is not read
 * again). Held here, since `rememberClearable` holds it weakly.
 */
const tableRecords = {
  last: [] as ReadonlyArray<TableRecord>,
  clear(): void {
    this.last = [];
  },
};
rememberClearable(tableRecords);

function sameTable(table: Table, r: TableRecord): boolean {
  if (r.header.length !== table.header.length || r.rows.length !== table.rows.length) return false;
  for (let i = 0; i < r.header.length; i++) if (r.header[i] !== table.header[i]) return false;
  for (let i = 0; i < r.rows.length; i++) {
    const cells = table.rows[i]!;
    const texts = r.rows[i]!;
    if (cells.length !== texts.length) return false;
    for (let k = 0; k < cells.length; k++) if (cells[k]!.text !== texts[k]) return false;
  }
  return true;
}

/** The scale of each table of `doc`, by table index, read again only for a table whose header or cells changed. */
function scaleTables(doc: TenderDocument): ReadonlyArray<TableScale | null> {
  const records = new Array<TableRecord>(doc.tables.length);
  for (let t = 0; t < doc.tables.length; t++) {
    const table = doc.tables[t]!;
    const last = tableRecords.last[t];
    records[t] =
      last && sameTable(table, last)
        ? last
        : { header: table.header.slice(), rows: table.rows.map((row) => row.map((c) => c.text)), scale: tableScale(table) };
  }
  tableRecords.last = records;
  return records.map((r) => r.scale);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Relative importance

const IMPORTANCE: ReadonlyArray<[ImportanceKind, RegExp]> = [
  ['ranking', /\b(?:in\s+(?:descending|decreasing)\s+order\s+of\s+(?:importance|priority)|(?:listed|set\s+out|ranked|shown)\s+in\s+(?:descending\s+)?order\s+of\s+(?:importance|priority)|in\s+order\s+of\s+(?:importance|priority))\b/i],
  ['equal', /\b(?:equally\s+weighted|weighted\s+equally|equal\s+(?:weighting|weight|importance)|of\s+equal\s+(?:importance|value|weight(?:ing)?)|carry\s+(?:the\s+same|equal)\s+weight(?:ing)?|the\s+same\s+weight(?:ing)?)\b/i],
  ['description', /\b(?:(?:significantly|considerably|much|slightly|somewhat)\s+)?(?:more|less)\s+important\s+than\b|\bas\s+important\s+as\b|\bapproximately\s+equal\s+(?:in\s+)?importance\b/i],
];

/** The first match of each importance pattern in a block's text, remembered by text. */
const importanceIn = new TextMemo<ReadonlyArray<{ kind: ImportanceStatement['kind']; index: number; text: string }>>((text) =>
  IMPORTANCE.flatMap(([kind, re]) => {
    const m = re.exec(text);
    return m ? [{ kind, index: m.index, text: m[0] }] : [];
  }),
);

export function findImportance(doc: TenderDocument): ImportanceStatement[] {
  const out: ImportanceStatement[] = [];
  const found = importanceIn.values(proseTexts(doc));
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const matches = found[b]!;
    if (matches.length === 0) continue;
    const block = blocks[b]!;
    if (!isTextBlock(block)) continue;
    for (const m of matches) {
      out.push({ kind: m.kind, text: m.text, block: block.id, range: blockRange(doc, block, m.index, m.index + m.text.length) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Social value questions

const SOCIAL_VALUE_HEADING = /\b(?:social\s+value|community\s+benefits?)\b/i;
const SOCIAL_VALUE_WORDS = /\b(?:social\s+value|community\s+benefits?|social\s+impact)\b/i;
const QUESTION_START =
  /^\s*(?:(?:Q(?:uestion)?\s*)?[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[:.)–-]?\s*)?(?:[A-Z][\w ]{0,30}:\s*)?(?:please\s+)?(?:describe|explain|demonstrate|set\s+out|tell\s+us|outline|detail|show|state|confirm\s+how|how\s+(?:will|would|do|does)|what\s+(?:will|would|commitments?))\b/i;
const QUESTION_NUMBER = /^\s*(?:Q(?:uestion)?\s*)?[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[:.)–-]?\s*/i;
/** Answer-format instructions that are not questions. */
const FORMAT_ONLY = /^\s*(?:please\s+)?(?:provide|submit|limit|keep)\s+(?:your|the|all)\s+(?:answer|response|submission)s?\b|\b(?:maximum|max\.?|no\s+more\s+than|up\s+to)\s+\d+\s+(?:words|pages|characters)\b.*$/i;
const MEASURE =
  /\b(?:how\s+many|number\s+of|numbers\b|measur\w*|KPIs?|key\s+performance|targets?|metrics?|quantif\w*|monitor\w*|report\w*\s+(?:on|against|progress|quarterly|annually|monthly)|per\s+(?:year|annum|month|quarter)|percentage|proportion|timescales?|milestones?|baseline|Model\s+Award\s+Criteri\w+|MAC\s*\d|TOMs|hours\s+of|£)/i;
const SPECIFIC =
  /\b(?:employment|jobs?|apprentice\w*|training|skills|volunteer\w*|local\s+(?:people|residents|suppliers?|businesses|spend|supply|organisations)|SMEs?|VCSEs?|voluntary|carbon|emissions|net\s+zero|climate|environment\w*|waste|recycl\w*|wellbeing|well-being|mental\s+health|disab\w*|homeless\w*|care\s+leavers|ex-offenders|veterans|young\s+people|diversity|inclusion|modern\s+slavery|living\s+wage|community\s+(?:groups|organisations|engagement)|work\s+placements?|schools?|education|poverty|isolation)\b/i;

function measurable(text: string): boolean {
  const stripped = text
    .replace(QUESTION_NUMBER, '')
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .replace(/\b\d+\s+(?:words|pages|characters|sides)\b/gi, '')
    .replace(/\bPPN\s*\d+\/\d+\b/gi, '');
  return /\d/.test(stripped) || MEASURE.test(stripped);
}

function inSocialValueSection(doc: TenderDocument, sectionIndex: number): boolean {
  for (let s = sectionIndex >= 0 ? doc.sections[sectionIndex] : undefined; s; s = s.parent === null ? undefined : doc.sections[s.parent]) {
    if (SOCIAL_VALUE_HEADING.test(s.title)) return true;
  }
  return false;
}

/** Questions bidders answer about social value: in a social value section, or naming social value. */
export function findSocialValueQuestions(doc: TenderDocument): SocialValueQuestion[] {
  const out: SocialValueQuestion[] = [];
  const candidates = questionShapes.values(proseTexts(doc));
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const shape = candidates[b];
    if (!shape) continue;
    const block = blocks[b]!;
    if (!isTextBlock(block)) continue;
    const svSection = inSocialValueSection(doc, block.section);
    const evaluation = svSection || inEvaluationSection(doc, block.section);
    if (!(svSection || (evaluation && shape.socialValue))) continue;
    out.push({
      text: shape.question,
      block: block.id,
      range: block.range,
      measurable: shape.measurable,
      specific: shape.specific,
    });
  }
  return out;
}

/** What a block's text gives as a possible social value question, before its section is known. */
interface QuestionShape {
  /** The question without its number. */
  question: string;
  /** Names social value, community benefits or social impact. */
  socialValue: boolean;
  measurable: boolean;
  specific: boolean;
}

/** The shape of each text worded as a question (null for any other), remembered by text. */
const questionShapes = new TextMemo<QuestionShape | null>((raw) => {
  const text = raw.trim();
  if (!QUESTION_START.test(text) && !/\?\s*$/.test(text)) return null;
  if (FORMAT_ONLY.test(text) && !SOCIAL_VALUE_WORDS.test(text)) return null;
  if (text.split(/\s+/).length < 6) return null;
  const question = text.replace(QUESTION_NUMBER, '');
  return { question, socialValue: SOCIAL_VALUE_WORDS.test(text), measurable: measurable(text), specific: SPECIFIC.test(question) };
});

export function buildAward(doc: TenderDocument, _facts: Facts): AwardFacts {
  return { scales: findScales(doc), importance: findImportance(doc), socialValueQuestions: findSocialValueQuestions(doc) };
}
