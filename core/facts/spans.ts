/**
 * The facts of a list that start within a stretch of one block, found without reading every fact of the list
 * (or of a long block) for each stretch asked about: a block with thousands of facts and sentences would otherwise
 * cost the square of its length.
 */

/** Facts grouped by block, built once per fact list; and whether each group is in order of `start`. */
const byBlockCache = new WeakMap<object, Map<number, { facts: unknown[]; ordered: boolean }>>();

function groupsOf<T extends { block: number; start: number }>(list: T[]): Map<number, { facts: T[]; ordered: boolean }> {
  let index = byBlockCache.get(list) as Map<number, { facts: T[]; ordered: boolean }> | undefined;
  if (!index) {
    index = new Map();
    for (const f of list) {
      const group = index.get(f.block);
      if (!group) index.set(f.block, { facts: [f], ordered: true });
      else {
        if (group.facts[group.facts.length - 1]!.start > f.start) group.ordered = false;
        group.facts.push(f);
      }
    }
    byBlockCache.set(list, index as Map<number, { facts: unknown[]; ordered: boolean }>);
  }
  return index;
}

/** The facts of `list` in `block`, in the list's order (the list's own group: not to be changed). */
export function factsOfBlock<T extends { block: number; start: number }>(list: T[], block: number): readonly T[] {
  return groupsOf(list).get(block)?.facts ?? [];
}

/** The facts of `list` in `block` whose start is in `[start, end)`, in the list's order. */
export function factsStartingIn<T extends { block: number; start: number }>(list: T[], block: number, start: number, end: number): T[] {
  const group = groupsOf(list).get(block);
  if (!group) return [];
  const facts = group.facts;
  // The extractors give each block's facts in order; anything else is filtered as it stands.
  if (!group.ordered) return facts.filter((f) => f.start >= start && f.start < end);
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (facts[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < facts.length && facts[last]!.start < end) last++;
  return facts.slice(lo, last);
}
