// The generated benchmark corpus: deterministic, seeded tender-sized Markdown documents with headings, a
// timetable table, an evaluation table, requirement lists and prose that carries money, dates, durations and
// percentages. Written at bench time, never committed.
//   node bench/corpus.mjs OUT_DIR [--count 1000] [--words W] [--seed 1]
// Without --words, lengths follow a log-normal spread clipped to 1,000–20,000 words (mean about 6,000).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded generator, so the same seed always writes the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const SERVICES = [
  'community wellbeing service', 'housing-related support service', 'advice and advocacy service',
  'carers support service', 'young people’s mental health service', 'domestic abuse refuge service',
  'employment support programme', 'social prescribing service', 'day opportunities service',
  'substance misuse recovery service', 'befriending service for older people', 'homelessness prevention service',
];
const AUTHORITIES = [
  'Northshire County Council', 'Eastbridge City Council', 'the Westvale Integrated Care Board',
  'Southmoor Borough Council', 'the Greater Fenland Combined Authority', 'Highcliff District Council',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SECTIONS = [
  'Background', 'Scope of the Service', 'Service Users', 'Outcomes', 'Service Model', 'Staffing', 'Safeguarding',
  'Partnership Working', 'Performance and Monitoring', 'Quality Standards', 'Information Governance',
  'Equality and Diversity', 'Mobilisation', 'Exit and Handover', 'Complaints', 'Premises', 'Training',
  'Volunteering', 'Service User Involvement', 'Referrals and Access', 'Records and Reporting', 'Continuous Improvement',
];
const SUBJECTS = [
  'The Provider', 'The Service', 'The Authority', 'Each member of staff', 'The contract manager', 'The lead organisation',
  'Every referral', 'The outcomes framework', 'The mobilisation plan', 'The safeguarding lead', 'Service users',
];
const VERBS = [
  'will work with', 'shall maintain', 'must report on', 'is expected to improve', 'will agree with the Authority',
  'should take account of', 'will review', 'shall ensure the quality of', 'will co-produce', 'must keep a record of',
];
const OBJECTS = [
  'the outcomes agreed at the quarterly review', 'local voluntary and community organisations',
  'the needs of people who use the service', 'referral pathways with primary care', 'a waiting list of no more than six weeks',
  'the monthly data return', 'training for volunteers', 'the safeguarding policy', 'accessible information for service users',
  'the service specification', 'its business continuity plan', 'the views of carers and families',
];
const TAILS = [
  'within 10 working days', 'every three months', 'by the end of each quarter', 'throughout the contract period',
  'in line with the Authority’s policies', 'for at least 5% of cases each month', 'where it is reasonable to do so',
  'at no additional cost to the Authority', 'within 28 days of a request', 'subject to the annual budget of £{money}',
];
const CRITERIA = [
  'Service delivery and outcomes', 'Safeguarding', 'Staffing and volunteers', 'Partnership working', 'Mobilisation',
  'Social value', 'Quality assurance', 'Price',
];

function money(rnd) {
  return (int(rnd, 2, 90) * 5_000).toLocaleString('en-GB');
}

function date(rnd, year) {
  return `${int(rnd, 1, 28)} ${pick(rnd, MONTHS)} ${year}`;
}

function sentence(rnd) {
  const tail = pick(rnd, TAILS).replace('{money}', money(rnd));
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${tail}.`;
}

function paragraph(rnd) {
  const n = int(rnd, 3, 7);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(rnd));
  return out.join(' ');
}

function count(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One tender of about `targetWords` words. */
export function generateDocument(seed, targetWords) {
  const rnd = random(seed);
  const service = pick(rnd, SERVICES);
  const authority = pick(rnd, AUTHORITIES);
  const year = 2027;
  const value = int(rnd, 8, 240) * 10_000;
  const years = int(rnd, 2, 5);
  const parts = [
    `# Invitation to Tender: ${service[0].toUpperCase()}${service.slice(1)}`,
    `${authority} (the Authority) invites tenders for a ${service}. The estimated contract value is £${value.toLocaleString('en-GB')} over ${years} years, with an option to extend for a further 12 months. Tenders are welcome from small organisations, voluntary sector providers and consortia.`,
    '## 1. Timetable',
    '| Stage | Date |\n| --- | --- |\n' +
      [
        ['Tender notice published', `${int(rnd, 1, 9)} March ${year}`],
        ['Clarification questions close', `${int(rnd, 10, 19)} April ${year}`],
        ['Tender return deadline', `${int(rnd, 20, 28)} April ${year}, 12 noon`],
        ['Contract award', `${int(rnd, 1, 28)} June ${year}`],
        ['Service start', `1 October ${year}`],
      ].map(([a, b]) => `| ${a} | ${b} |`).join('\n'),
    '## 2. Evaluation',
    'Tenders will be evaluated on quality and price using the weightings below.',
  ];
  const chosen = CRITERIA.slice(0, int(rnd, 4, 7));
  let left = 100;
  const rows = chosen.map((c, i) => {
    const w = i === chosen.length - 1 ? left : Math.min(left - (chosen.length - 1 - i) * 5, int(rnd, 1, 5) * 5);
    left -= w;
    return `| ${c} | ${w}% |`;
  });
  parts.push(`| Criterion | Weighting |\n| --- | --- |\n${rows.join('\n')}`);
  let section = 3;
  let words = count(parts.join('\n'));
  while (words < targetWords) {
    const block = [`## ${section}. ${pick(rnd, SECTIONS)}`];
    const paragraphs = int(rnd, 2, 5);
    for (let i = 0; i < paragraphs; i++) {
      if (rnd() < 0.25) {
        const items = int(rnd, 3, 6);
        const list = [];
        const numbered = rnd() < 0.5;
        for (let j = 0; j < items; j++) list.push(`${numbered ? `${j + 1}.` : '-'} ${sentence(rnd)}`);
        block.push(list.join('\n'));
      } else if (rnd() < 0.08) {
        block.push(`| Measure | Target | Reported |\n| --- | --- | --- |\n${Array.from({ length: int(rnd, 3, 8) }, () => `| ${pick(rnd, OBJECTS)} | ${int(rnd, 60, 99)}% | ${pick(rnd, ['Monthly', 'Quarterly', 'Annually'])} |`).join('\n')}`);
      } else if (rnd() < 0.05) {
        block.push(`### ${section}.${i + 1} Key dates\n\nThe first review meeting will be held on ${date(rnd, year + 1)} and the annual report is due by ${date(rnd, year + 1)}.`);
      } else {
        block.push(paragraph(rnd));
      }
    }
    const text = block.join('\n\n');
    parts.push(text);
    words += count(text);
    section++;
  }
  return `${parts.join('\n\n')}\n`;
}

/** Log-normal lengths, median 5,200 words, clipped to 1,000–20,000: the mean comes out near 6,000. */
export function documentLength(rnd) {
  const u1 = Math.max(rnd(), 1e-9);
  const u2 = rnd();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.round(Math.min(20_000, Math.max(1_000, 5_200 * Math.exp(0.55 * z))));
}

/**
 * Writes `count` documents into `dir` (emptied first). Returns the paths, total bytes and words.
 * With `words`, every document has about that many words; otherwise lengths are drawn by `documentLength`.
 */
export function writeCorpus(dir, { count: n = 1000, seed = 1, words } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const files = [];
  let bytes = 0;
  let totalWords = 0;
  for (let i = 0; i < n; i++) {
    const target = words ?? documentLength(rnd);
    const text = generateDocument(seed * 100_003 + i, target);
    const file = join(dir, `tender-${String(i + 1).padStart(4, '0')}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    totalWords += count(text);
  }
  return { dir, files, bytes, words: totalWords };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir) {
    console.error('usage: node bench/corpus.mjs OUT_DIR [--count N] [--words W] [--seed S]');
    process.exit(2);
  }
  const flag = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const result = writeCorpus(dir, { count: flag('count') ?? 1000, seed: flag('seed') ?? 1, words: flag('words') });
  console.log(`${result.files.length} documents, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.words.toLocaleString('en-GB')} words (mean ${Math.round(result.words / result.files.length).toLocaleString('en-GB')}) in ${dir}`);
}
