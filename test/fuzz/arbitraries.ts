/**
 * Generators (fast-check arbitraries) for the fuzz suite: hostile strings, sentences that state facts, unrelated
 * filler that states none, and Markdown documents with and without headings built from the constructs tenders use
 * and the ones that trip parsers (truncated tables, unbalanced front matter and fences, reference definitions in
 * containers, mixed line endings, NUL bytes, lone surrogates).
 */
import fc from 'fast-check';

/** Run settings: a fixed seed and a short budget by default; `FUZZ_SEED` and `FUZZ_RUNS` scale a long run. */
export function fuzzSettings(defaultRuns: number): { seed: number; numRuns: number } {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201;
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1;
  return { seed, numRuns: Math.max(1, Math.round(defaultRuns * scale)) };
}

/** Characters and fragments that stress the extractors and the parser. */
const TRICKY = [
  '\0', '\r', '\n', '\r\n', '\t', ' ', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udc00', '\udfff', '\ud83d\ude00',
  '£', '$', '€', '%', ',', '.', ':', ';', '-', '–', '—', '(', ')', '[', ']', '#', '|', '>', '*', '_', '`', '~', '<', '!', '&', '\\', '/', '+',
];
const FRAGMENTS = [
  '£1,000', '£2.5m', '£10 million', 'GBP 5,000', '50,000 pounds', 'five hundred pounds', 'per annum', 'inc. VAT', 'excluding VAT', '+ VAT',
  'over three years', 'in total', '10%', '12.5 %', 'ten per cent', 'thirty (30) per cent', 'between 5% and 20%', '10-75%',
  '1 March 2027', 'March 1, 2027', '01/03/2027', '2027-03-01', 'Friday 5 March 2027', '12:00', 'noon', '5pm', '8–12 February 2027', 'to',
  '30 days', '10 working days', '2 + 1 + 1 years', 'six months', 'weeks', 'year', 'aged 18 years',
  '1,000,000,000,000,000,000', '0.5', '.5', '1e9', '999999999999999999999', 'million', 'billion', 'k', 'and', 'the', 'Authority',
  '[^1]', '[x]', '[x]: https://example.org', '<!-- tenderlint-disable -->', '<!--', '-->', '```', '~~~', '---', '# ', '## ', '- ', '1. ', '> ', '| a | b |', '|---|---|',
];

/** One UTF-16 code unit anywhere in the range, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Strings mixing arbitrary code units, tricky characters and fragments of facts and markup. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: codeUnit },
      { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.nat({ max: 99_999_999 }).map(String) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------------------
// Sentences that state facts, and filler that states none
// ---------------------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const thousands = (n: number) => n.toLocaleString('en-GB');

const money = fc.oneof(
  fc.nat({ max: 50_000_000 }).map((n) => `£${thousands(n)}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('k', 'm', ' million', ' thousand')).map(([n, m]) => `£${n}${m}`),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => `£${thousands(n)}.${String(n % 100).padStart(2, '0')}`),
);
const moneyQualifier = fc.constantFrom('', ' excluding VAT', ' including VAT', ' per annum', ' over three years', ' in total', ' + VAT');
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2024, max: 2031 }), fc.boolean())
  .map(([d, m, y, us]) => (us ? `${MONTHS[m]} ${d}, ${y}` : `${d} ${MONTHS[m]} ${y}`));
const time = fc.constantFrom('', ' at 12:00', ' at 5pm', ' by noon', ' at 14:30');
const duration = fc
  .tuple(fc.integer({ min: 1, max: 120 }), fc.constantFrom('days', 'working days', 'calendar days', 'weeks', 'months', 'years'))
  .map(([n, u]) => `${n} ${u}`);
const percent = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n} per cent`),
  fc.integer({ min: 0, max: 999 }).map((n) => `${n / 10}%`),
);

/** A sentence stating one to three facts, in the words a tender uses. */
export const factSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(money, moneyQualifier).map(([m, q]) => `The estimated contract value is ${m}${q}.`),
  fc.tuple(date, time).map(([d, t]) => `Tenders must be returned by ${d}${t}.`),
  duration.map((d) => `The Supplier shall respond within ${d} of the request.`),
  percent.map((p) => `Price carries ${p} of the total score.`),
  fc.tuple(money, duration, date).map(([m, d, dt]) => `A budget of ${m} is available for ${d} from ${dt}.`),
  fc.tuple(percent, money).map(([p, m]) => `Social value is weighted at ${p} and the annual fee is capped at ${m} per annum.`),
);

const FILLER = [
  'The Authority welcomes questions from small organisations.',
  'Bidders should read this part with care.',
  'Clarification questions are answered through the portal.',
  'The service supports people in their own homes.',
  'Please keep answers clear and concise.',
  'Each response is read by a panel of officers.',
  'The Provider works with partners across the borough.',
  'Nothing in this document forms an offer.',
];

/**
 * A sentence of made-up words of consonant-vowel syllables from letters that spell no number, unit, month or
 * currency word ("Bado lumo parozu.").
 */
const syllable = fc.tuple(fc.constantFrom(...'bdgklmprz'), fc.constantFrom(...'aou')).map(([c, v]) => c + v);
const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const nonsense = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => `${w.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));

/** Prose that states no fact and ends its sentence: text that can be added anywhere without changing a fact. */
export const filler: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...FILLER), nonsense), { minLength: 1, maxLength: 4 })
  .map((s) => s.join(' '));

// ---------------------------------------------------------------------------------------------------------
// Markdown documents
// ---------------------------------------------------------------------------------------------------------

const prose = fc.array(fc.oneof(factSentence, filler), { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const inline = fc.oneof(prose, prose.map((p) => `**${p}**`), prose.map((p) => p.replace(' ', ' _emphasis_ ')), prose.map((p) => `${p}[^1]`), prose.map((p) => `${p} [see][ref]`));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.option(fc.constantFrom('1.', '2.3', 'Section 4:', 'A.'), { nil: undefined }), filler).map(
  ([depth, number, title]) => `${'#'.repeat(depth)} ${number ? `${number} ` : ''}${title.replace(/\.$/, '')}`,
);
const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean(), inline), { minLength: 1, maxLength: 5 })
  .map((items) => {
    let prev = 0;
    return items
      .map(([depth, ordered, text], i) => {
        const d = Math.min(depth, prev + 1);
        prev = d;
        return `${'   '.repeat(d)}${ordered ? `${i + 1}.` : '-'} ${text}`;
      })
      .join('\n');
  });
const cell = fc.oneof(filler.map((f) => f.slice(0, 30)), percent, money, date, fc.constant(''));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 4 }), fc.boolean())
  .map(([columns, rows, truncate]) => {
    const row = (cells: string[]) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ?? '').replace(/\|/g, '/')).join(' | ')} |`;
    const lines = [row(['Criterion', 'Weighting', 'Notes', 'Date']), `|${' --- |'.repeat(columns)}`, ...rows.map(row)];
    const text = lines.join('\n');
    // A table cut mid-row, as a careless paste leaves it.
    return truncate && text.length > 10 ? text.slice(0, Math.floor(text.length * 0.8)) : text;
  });
const quote = inline.map((t) => `> ${t}\n> ${t.slice(0, 20)}`);
const fence = fc.tuple(fc.constantFrom('```', '~~~', '````'), prose, fc.boolean()).map(([f, body, closed]) => `${f}\n${body}\n# not a heading\n${closed ? f : ''}`);
const html = fc.constantFrom('<!-- tenderlint-disable -->', '<!-- tenderlint-enable -->', '<!--\n\n# hidden\n-->', '<div>\nraw £5,000\n</div>', '<pre>\n\n# kept\n</pre>', '<!-- open comment');
const definitions = fc.constantFrom('[ref]: https://example.org', '[^1]: A note with £1,000 in it.', '> [ref]: https://example.org', '- [ref]: https://example.org', '[^1]:\n    Indented note text.');
const frontMatter = fc.constantFrom(
  '---\ntitle: Tender\nkind: itt\n---',
  '---\nkind: itt\n# a comment\n\nregime: pa2023\n---',
  '---\ntitle: unbalanced front matter',
  '---\n: : not yaml [\n---',
  '---\n---',
  '+++\ntitle = "toml"\n+++',
);
const rule = fc.constantFrom('---', '***', '___', '- - -');
const setext = filler.map((f) => `${f}\n${'='.repeat(3)}`);

const blockWithoutHeading = fc.oneof(
  { weight: 6, arbitrary: inline },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: definitions },
  { weight: 1, arbitrary: rule },
  { weight: 1, arbitrary: setext },
  // Numbered clauses as contracts write them, with no heading at all.
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 }), prose).map(([a, b, p]) => `${a}.${b} ${p}`) },
);
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\n\t\n');

export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Changes a document's line endings; `mixed` changes each one at random (by `picks`). */
export function withLineEndings(text: string, endings: LineEndings, picks: number[] = []): string {
  if (endings === 'lf') return text;
  if (endings === 'crlf') return text.replace(/\n/g, '\r\n');
  if (endings === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][(picks[i++ % Math.max(1, picks.length)] ?? 0) % 3]!);
}

export interface DocOptions {
  /** Whether the document has headings at all (contracts and Word text often have none). */
  headings: boolean;
  /** Allow CR and CRLF line endings, NUL bytes and lone surrogates. */
  hostile?: boolean;
}

/** Markdown documents of up to `maxBlocks` blocks, with or without headings. */
export function markdownDoc(options: DocOptions, maxBlocks = 14): fc.Arbitrary<string> {
  const block = options.headings ? fc.oneof({ weight: 3, arbitrary: heading }, { weight: 10, arbitrary: blockWithoutHeading }) : blockWithoutHeading;
  const body = fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: maxBlocks }).map((parts) => parts.map(([b, s]) => b + s).join(''));
  const base = fc.tuple(fc.option(frontMatter, { nil: undefined, freq: 4 }), body).map(([fm, b]) => (fm ? `${fm}\n${b}` : b));
  if (!options.hostile) return base;
  return fc
    .tuple(base, fc.constantFrom<LineEndings>('lf', 'crlf', 'cr', 'mixed'), fc.array(fc.nat(2), { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('\0', '\ud800', '\udc00', '\r', '\ufffd', '\u2028')), { maxLength: 3 }))
    .map(([text, endings, picks, inserts]) => {
      let out = withLineEndings(text, endings, picks);
      for (const [at, ch] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + ch + out.slice(i);
      }
      return out;
    });
}
