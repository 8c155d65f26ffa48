/**
 * The proportionality, response and value facts cost a comparison per unchanged block: the proportionality
 * builders read only the blocks some builder may read anything from (and reporting demands are remembered by
 * block text and placement), bidder paragraphs that moved get their markers shifted. These tests hold them to a
 * reading of every sentence, and to a fresh check after edits that change only what is around an unchanged block.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../core/model/markdown';
import { lintDocument } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { PatternScreen } from '../core/model/memo';
import { extractFacts } from '../core/facts/extract';
import type { Facts } from '../core/facts/types';
import type { TenderDocument } from '../core/model/types';
import { buildProportionality } from '../core/facts/proportionality';
import { sentencesOf } from '../core/facts/proportionality/sentences';
import { turnover } from '../core/facts/proportionality/turnover';
import { insurance } from '../core/facts/proportionality/insurance';
import { accounts } from '../core/facts/proportionality/accounts';
import { experience } from '../core/facts/proportionality/experience';
import { selection } from '../core/facts/proportionality/selection';
import { kpis, reporting } from '../core/facts/proportionality/reporting';
import { penalties } from '../core/facts/proportionality/penalties';
import { liability } from '../core/facts/proportionality/liability';
import { lots } from '../core/facts/proportionality/lots';
import { rules } from '../rules/index';
import { CORPUS, skipCorpus } from './helpers/corpus';
import { expectEditsMatchFreshChecks } from './helpers/incremental';

const root = join(__dirname, '..');
const config = resolveFileConfig(rules, {}, 'tender.md');

/** Every builder over every sentence of the document, with no screen: what the builders read without skipping. */
function everySentence(doc: TenderDocument, facts: Facts): unknown {
  const sentences = sentencesOf(doc, new PatternScreen<RegExp>([]));
  return {
    turnover: turnover(doc, facts, sentences),
    insurance: insurance(doc, facts, sentences),
    accounts: accounts(doc, facts, sentences),
    experience: experience(doc, facts, sentences),
    selection: selection(doc, sentences),
    reporting: reporting(doc),
    kpis: kpis(doc, sentences),
    penalties: penalties(doc, facts, sentences),
    liability: liability(doc, facts, sentences),
    lots: lots(doc, sentences),
  };
}

function expectSameAsEverySentence(text: string, template = false): Facts {
  const doc = parseMarkdown(text, 'tender.md', 'markdown');
  const facts = extractFacts(doc, undefined, { template });
  expect(JSON.stringify(buildProportionality(doc, facts))).toEqual(JSON.stringify(everySentence(doc, facts)));
  return facts;
}

describe('the proportionality builders read what a reading of every sentence reads', () => {
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'examples', f));
  it.each(examples.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
    expectSameAsEverySentence(readFileSync(file, 'utf8'));
  });

  it.skipIf(skipCorpus)('on the corpus documents', () => {
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.md'))) expectSameAsEverySentence(readFileSync(join(CORPUS, f), 'utf8'));
  });

  it('reads a table cell whose row or header names turnover or insurance', () => {
    const facts = expectSameAsEverySentence(
      [
        '# Selection',
        '',
        '| Requirement | Level |',
        '| --- | --- |',
        '| Minimum annual turnover required | £2,000,000 |',
        '| Public liability insurance required | £5,000,000 |',
        '',
        '| Minimum annual turnover required |',
        '| --- |',
        '| £1,500,000 |',
        '',
      ].join('\n'),
    );
    expect(facts.proportionality.turnover.map((t) => t.amount.amount)).toEqual([2_000_000, 1_500_000]);
    expect(facts.proportionality.insurance.map((i) => i.type)).toEqual(['public-liability']);
  });

  it('reads experience from a duration in years, and drops it in a template when the years are a sample', () => {
    const text = ['# Experience', '', 'Bidders must have at least [insert years, for example 5 years’ experience] of delivering similar services.', ''].join('\n');
    expect(expectSameAsEverySentence(text).proportionality.experience.map((e) => e.years)).toEqual([5]);
    expect(expectSameAsEverySentence(text, true).proportionality.experience).toEqual([]);
  });

  it('reads the reason for not dividing into lots from the next paragraph', () => {
    const facts = expectSameAsEverySentence(
      ['# Lots', '', 'The contract will not be divided into lots.', '', 'This is because the service must be delivered as one pathway.', ''].join('\n'),
    );
    expect(facts.proportionality.lots.reason?.sentence).toBe('This is because the service must be delivered as one pathway.');
  });

  it('reads penalties only where a sentence names one', () => {
    const facts = expectSameAsEverySentence(
      [
        '# Payment',
        '',
        'Invoices will be paid within 30 days. Service credits will be applied for any failure to meet a KPI.',
        '',
        'Payments are subject to the annual budget.',
        '',
      ].join('\n'),
    );
    expect(facts.proportionality.penalties.map((p) => p.kind)).toEqual(['service-credit']);
  });
});

describe('incremental checking after edits around an unchanged block (proportionality and response)', () => {
  const start = [
    '# Invitation to tender',
    '',
    'The Provider must submit monthly reports',
    'on the service and its outcomes.',
    '',
    'The Provider must report weekly on referrals received.',
    '',
    '| Requirement | Level |',
    '| --- | --- |',
    '| Annual budget | £2,000,000 |',
    '',
    'The contract will not be divided into lots.',
    '',
    'Other matters are set out below.',
    '',
    '- First point of the answer.',
    '- We ran 40 sessions for 212 older people in 2026, saving £12,000.',
    '',
    '> We reached 120 families, 15% more than planned.',
    '',
    'We answered **95** calls a day in 2026, 10% more than planned.',
    '',
  ].join('\n');
  const edits: Array<(text: string) => string> = [
    // A line break in the paragraph above instead of a space: nothing moves, but the lines below change.
    (t) => t.replace('must submit monthly reports\non the service', 'must submit monthly\nreports on the service'),
    (t) => t.replace('must submit monthly\nreports on the service and', 'must submit monthly\nreports\non the service and'),
    // Words added above: every block below moves.
    (t) => t.replace('# Invitation to tender', '# Invitation to tender for services'),
    // A table row's other cell: the amount's cell is unchanged.
    (t) => t.replace('| Annual budget |', '| Minimum annual turnover required |'),
    // The paragraph after an unchanged one gives the reason.
    (t) => t.replace('Other matters are set out below.', 'This is because one provider must hold the whole pathway.'),
    // A list item nested under the one before: the same text at another column.
    (t) => t.replace('- We ran 40 sessions', '  - We ran 40 sessions'),
    // A quotation no longer quoted: the same text at another column.
    (t) => t.replace('> We reached', 'We reached'),
    (t) => t.replace('# Invitation to tender for services', '# Invitation to tender'),
    // Words added above and the emphasis moved in an unchanged text: the block moves, its markup changes.
    (t) => t.replace('# Invitation to tender', '# Invitation to tender now').replace('We answered **95** calls', 'We answered 95 **calls**'),
  ];

  it('reads the start as the edits assume', () => {
    const facts = lintDocument(parseMarkdown(start, 'tender.md', 'markdown'), config, rules).facts;
    expect(facts.proportionality.reporting.map((r) => r.frequency)).toEqual(['monthly', 'weekly']);
    expect(facts.proportionality.lots.notDivided).not.toBeNull();
    expect(facts.response.paragraphs.some((p) => p.evidence.length > 2)).toBe(true);
  });

  it('gives the findings and facts of a fresh check after each edit', () => {
    expectEditsMatchFreshChecks(start, edits);
  });

  it('gives a bidder paragraph the facts of the template setting it is checked with', () => {
    const body = ['', '# Our answer', '', 'We will keep the fee at [insert fee, for example £5,000] a year, 10% below the current cost.', ''].join('\n');
    // Front matter of the same length: only the setting differs, nothing moves.
    const same = [(t: string) => t.replace('template: false', 'template: true '), (t: string) => t.replace('template: true ', 'template: false')];
    expectEditsMatchFreshChecks(`---\ntenderlint:\n  template: false\n---\n${body}`, same);
    // Front matter one character shorter: every block moves as well.
    const moved = [(t: string) => t.replace('template: false', 'template: true'), (t: string) => t.replace('template: true', 'template: false')];
    expectEditsMatchFreshChecks(`---\ntenderlint:\n  template: false\n---\n${body}`, moved);
    // The setting changes what the paragraph carries.
    const markers = (text: string) => lintDocument(parseMarkdown(text, 'tender.md', 'markdown'), config, rules).facts.response.paragraphs.map((p) => p.evidence.map((e) => e.kind));
    expect(markers(`---\ntenderlint:\n  template: true \n---\n${body}`)).not.toEqual(markers(`---\ntenderlint:\n  template: false\n---\n${body}`));
  });
});
