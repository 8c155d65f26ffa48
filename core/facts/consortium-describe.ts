/** The consortium facts as lines for `--print-facts` and reports (see `consortium.ts`). */
import type { FactLocation } from './types';
import type { ConsortiumFacts } from './consortium';

const line = (f: FactLocation): number => f.range.start.line;

/** "permitted (lines 12, 40)": the first few lines of each group. */
function grouped<T extends FactLocation>(list: T[], key: (f: T) => string): string[] {
  const groups = new Map<string, number[]>();
  for (const f of list) {
    const k = key(f);
    const lines = groups.get(k) ?? [];
    if (!lines.includes(line(f))) lines.push(line(f));
    groups.set(k, lines);
  }
  return [...groups].map(([k, lines]) => `${k} (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 4).join(', ')}${lines.length > 4 ? ', …' : ''})`);
}

export function describeConsortium(c: ConsortiumFacts): string[] {
  const read = c.groupBids.length + c.legalForm.length + c.standing.length + c.leadMember.length + c.jointLiability.length + c.subcontracting.length + c.conflicts.length + c.suitability.length;
  // Nothing on the subject: no section (the rules that report silence say so themselves).
  if (read === 0 && !c.conflictDefinition && !c.foreign) return [];
  const parts: string[] = [];
  const add = (label: string, items: string[]) => {
    if (items.length) parts.push(`  ${label}: ${items.join('; ')}`);
  };
  add('group bids', c.groupBids.length ? grouped(c.groupBids, (g) => (g.stance === 'prohibited' && g.singleEntity ? 'single legal entity demanded' : g.stance)) : ['not mentioned']);
  add(
    'legal form',
    grouped(c.legalForm, (f) =>
      f.stance === 'not-required'
        ? 'not required'
        : `demanded ${f.timing === 'submission' ? 'before bidding' : f.timing === 'award' ? 'before award' : f.timing === 'after-award' ? 'after award' : '(timing not stated)'}${f.conditional ? ', conditionally' : ''}`,
    ),
  );
  add('financial standing of a group', grouped(c.standing, (s) => (s.basis === 'each-member' ? 'each member separately' : s.basis === 'lead' ? 'lead member only' : 'combined')));
  add('lead member and roles', grouped(c.leadMember, (l) => (l.topic === 'lead' ? 'lead member' : l.topic === 'roles' ? 'members\' roles' : 'what each member completes')));
  add('joint and several liability', grouped(c.jointLiability, (j) => (j.relied ? 'for relied-on standing' : j.fromSubmission ? 'from submission' : 'for the contract')));
  add('subcontracting', grouped(c.subcontracting, (s) => `${s.stance}${s.stance === 'prohibited' || s.stance === 'restricted' ? (s.reason ? ' with a reason' : ' with no reason') : ''}`));
  add('conflicts of interest', [
    ...grouped(c.conflicts, (x) => (x.kind === 'market-engagement' ? 'market-engagement participants excluded' : 'undefined term as a ground of exclusion')),
    ...(c.conflictDefinition ? [`defined (line ${line(c.conflictDefinition)})`] : []),
  ]);
  add('SME/VCSE suitability', c.suitability.length ? grouped(c.suitability, (s) => `stated for ${[s.sme ? 'SMEs' : '', s.vcse ? 'VCSEs' : ''].filter(Boolean).join(' and ') || 'small organisations'}`) : ['not stated']);
  if (c.contractTerms) parts.push(`  reads as contract terms (from line ${line(c.contractTerms)}): demands on bidders not read when the kind is not stated`);
  if (c.foreign) parts.push(`  reads as a United States federal solicitation (line ${line(c.foreign)}): consortium rules not applied`);
  return parts.length ? ['Consortium:', ...parts] : [];
}
