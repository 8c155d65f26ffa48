/**
 * Weight ranges a buyer chooses from, set out as a heading per criterion under a weightings heading: a buyer's
 * brief form reads "Evaluation weighting", then "Technical competence" with "This can be between 10% and 75%",
 * "Price" with "between 20% and 85%", and so on. The ranges show which criteria the award uses (so a split with
 * no social value criterion can be told), but they are not weights: nothing here is added up or compared.
 */
import type { TenderDocument } from '../model/types';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { extractPercentRanges } from './percentages';
import { classifyCriterion, isPassFail, NUMBER_PREFIX } from './criteria';
import type { Criterion, EvaluationTable } from './types';

const WEIGHTING_TITLE = /\bweight(?:ing)?s?\b/i;
/** How many blocks of a criterion's section are read for its range: the range is stated near its heading. */
const LOOK_AHEAD = 6;

/** Criteria with weight ranges, one section each, under a weightings heading. */
export function fromRangeSections(doc: TenderDocument): EvaluationTable[] {
  const out: EvaluationTable[] = [];
  // Most documents have no weightings section: nothing more is read of them.
  if (!doc.sections.some((section) => section.children.length >= 2 && WEIGHTING_TITLE.test(section.title))) return out;
  const blocksBySection = new Map<number, number[]>();
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    const list = blocksBySection.get(b.section) ?? [];
    list.push(b.id);
    blocksBySection.set(b.section, list);
  }
  for (const section of doc.sections) {
    if (!WEIGHTING_TITLE.test(section.title) || section.children.length < 2) continue;
    const criteria: Criterion[] = [];
    for (const childIndex of section.children) {
      const child = doc.sections[childIndex]!;
      const numbered = NUMBER_PREFIX.exec(child.title);
      const name = numbered ? child.title.slice(numbered[0].length).trim() : child.title.trim();
      let found: Criterion | null = null;
      for (const id of (blocksBySection.get(childIndex) ?? []).slice(0, LOOK_AHEAD)) {
        const block = doc.blocks[id]!;
        const range = extractPercentRanges(block.text)[0];
        if (!range) continue;
        found = {
          name,
          weight: null,
          weightRange: blockRange(doc, block, range.start, range.end),
          range: child.range,
          number: numbered ? numbered[1]! : child.number,
          children: [],
          category: classifyCriterion(name),
          passFail: isPassFail(name),
          weightBounds: { min: range.min, max: range.max },
        };
        break;
      }
      // A criterion heading with no range is still a criterion of the split (it may be the social value one).
      criteria.push(found ?? { name, weight: null, weightRange: null, range: child.range, number: child.number, children: [], category: classifyCriterion(name), passFail: isPassFail(name), weightBounds: null });
    }
    const bounded = criteria.filter((c) => c.weightBounds);
    if (bounded.length < 2) continue;
    const first = doc.sections[section.children[0]!]!;
    const last = doc.sections[section.children[section.children.length - 1]!]!;
    out.push({
      origin: 'sections',
      table: null,
      range: rangeFromOffsets(doc, first.range.start.offset, last.range.end.offset),
      weightLabel: section.title,
      unit: 'percent',
      criteria,
      statedTotal: null,
      ranges: true,
      ...(bounded.length < criteria.length ? { uncertain: true } : {}),
    });
  }
  return out;
}
