// The adversarial document generator of the fuzz suite: the pathological rows of docs/reliability.md (from
// bench/adversarial.mjs) and seeded mutations of the examples and test fixtures — a table cut mid-row, front
// matter left open or doubled, mixed line endings, NUL bytes, invalid UTF-8 bytes, a byte-order mark and bidi
// controls, deep nesting and bracket runs pasted into a tender, a huge blank run, everything on one line, blocks
// shuffled, random slices cut out, and a tender repeated to a given size (10 MB in the long run). Plain
// JavaScript so the test (`test/fuzz/documents.test.ts`) and `npm run fuzz` (`scripts/fuzz.mjs`) share it.
// The same seed always gives the same documents.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from '../../bench/corpus.mjs';
import { inputs as rows } from '../../bench/adversarial.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Markdown sources mutated: the examples and the test fixtures (not the `.fixed.md` outputs). */
export function sources() {
  const list = (dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));
  return [...list('examples'), ...list('test/fixtures')];
}

const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const at = (rnd, text) => int(rnd, 0, text.length);
const insert = (text, i, s) => text.slice(0, i) + s + text.slice(i);
/** An offset at the start of a line. */
function lineStart(rnd, text) {
  const i = at(rnd, text);
  const nl = text.lastIndexOf('\n', i - 1);
  return nl + 1;
}

/**
 * Mutations: each takes the text, a seeded random source and a size scale, and returns a string or (for invalid
 * UTF-8) a Buffer. `scale` 1 makes the nested and repeated shapes as big as the rows of docs/reliability.md.
 */
export const mutations = {
  'truncated-table': (text, rnd) => {
    const lines = text.split('\n');
    const rowsAt = lines.map((l, i) => (/^\s*\|/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!rowsAt.length) return `${text}\n| Criterion | Weighting |\n| --- | --- |\n| Quality | 6`;
    const i = pick(rnd, rowsAt);
    const cut = lines[i].slice(0, int(rnd, 1, Math.max(1, lines[i].length - 1)));
    // The rest of the table is lost, as a careless paste leaves it; the text after the table stays.
    let end = i + 1;
    while (end < lines.length && /^\s*\|/.test(lines[end])) end++;
    return [...lines.slice(0, i), cut, ...(rnd() < 0.5 ? lines.slice(end) : [])].join('\n');
  },
  'unbalanced-front-matter': (text, rnd) => {
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    if (m && rnd() < 0.5) return text.slice(0, m[0].length - 4) + text.slice(m[0].length); // closing fence removed
    if (m) return `---\n${text}`; // a second opening fence before the front matter
    return rnd() < 0.5 ? `---\ntitle: never closed\n${text}` : `---\n${text}`;
  },
  'mixed-line-endings': (text, rnd) => text.replace(/\r?\n/g, () => pick(rnd, ['\n', '\r\n', '\r', '\n\r', '\u2028'])),
  'nul-bytes': (text, rnd) => {
    let out = text;
    // Half the time only past the first 8,000 bytes (the text repeated to get there), where a file is no longer
    // refused as binary and the parser sees them.
    const from = rnd() < 0.5 ? 8192 : 0;
    if (from) while (out.length < from * 2) out += `\n\n${text}`;
    for (let k = int(rnd, 1, 20); k > 0; k--) out = insert(out, int(rnd, from, out.length), '\0'.repeat(int(rnd, 1, 3)));
    return out;
  },
  'invalid-utf8': (text, rnd) => {
    const bytes = Buffer.from(text, 'utf8');
    const bad = [[0xff], [0xfe], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80]];
    const parts = [];
    let last = 0;
    const cuts = Array.from({ length: int(rnd, 1, 12) }, () => int(rnd, 0, bytes.length)).sort((a, b) => a - b);
    for (const c of cuts) {
      parts.push(bytes.subarray(last, c), Buffer.from(pick(rnd, bad)));
      last = c;
    }
    parts.push(bytes.subarray(last));
    return Buffer.concat(parts);
  },
  'bom-and-controls': (text, rnd) => {
    let out = `\ufeff${text}`;
    for (let k = int(rnd, 1, 10); k > 0; k--) out = insert(out, at(rnd, out), pick(rnd, ['\u202e', '\u200b', '\ufeff', '\u0007', '\u001b[31m', '\ufffd', '\ud800', '\udfff', '\u00ad']));
    return out;
  },
  'deep-nesting': (text, rnd, scale) => {
    const depth = Math.max(50, Math.round(int(rnd, 1000, 3000) * scale));
    const shape = pick(rnd, ['list', 'quote', 'mixed']);
    let block;
    if (shape === 'quote') block = `${'>'.repeat(depth * 5)} quoted £5,000\n`;
    else {
      const lines = [];
      for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i * 2)}${shape === 'mixed' && i % 2 ? '> ' : '- '}item ${i} within ${i % 30} days`);
      block = `${lines.join('\n')}\n`;
    }
    return insert(text, lineStart(rnd, text), `\n${block}\n`);
  },
  'bracket-run': (text, rnd, scale) => {
    const n = Math.max(100, Math.round(int(rnd, 20_000, 100_000) * scale));
    const open = pick(rnd, ['[', '(', '{', '<', '*', '_', '`', '![']);
    const close = { '[': ']', '(': ')', '{': '}', '<': '>', '*': '*', _: '_', '`': '`', '![': ']' }[open];
    return insert(text, at(rnd, text), `${open.repeat(n)}insert${rnd() < 0.5 ? close.repeat(n) : ''}`);
  },
  'blank-run': (text, rnd, scale) => insert(text, lineStart(rnd, text), pick(rnd, ['\n', '\r\n', ' \n', '\t\n']).repeat(Math.max(1000, Math.round(200_000 * scale)))),
  'one-line': (text) => text.replace(/\s*\r?\n\s*/g, ' '),
  'shuffled-blocks': (text, rnd) => {
    const blocks = text.split(/\n\s*\n/);
    for (let i = blocks.length - 1; i > 0; i--) {
      const j = int(rnd, 0, i);
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
    return blocks.join('\n\n');
  },
  'slices-cut': (text, rnd) => {
    let out = text;
    for (let k = int(rnd, 1, 8); k > 0 && out.length > 2; k--) {
      const s = at(rnd, out);
      out = out.slice(0, s) + out.slice(Math.min(out.length, s + int(rnd, 1, 400)));
    }
    return out;
  },
  'unclosed-constructs': (text, rnd) => insert(text, lineStart(rnd, text), `${pick(rnd, ['```', '~~~', '<!--', '<pre>', '<div>', '$$', '[^1]: ', '[ref]: <'])}\n`),
  repeated: (text, rnd, scale) => {
    const target = Math.max(text.length * 2, Math.round(10 * 1024 * 1024 * scale));
    return text.repeat(Math.ceil(target / Math.max(1, text.length))).slice(0, target);
  },
};

/**
 * `count` adversarial documents for `seed`: first the rows of docs/reliability.md (at `scale`), then mutations of
 * the sources, one to three mutations each. Each: `{ name, ext, data }` with `data` a string or a Buffer.
 */
export function generateDocuments({ seed = 1, count = 20, scale = 1, includeRows = true } = {}) {
  const rnd = random(seed);
  const docs = [];
  if (includeRows) for (const row of rows) docs.push({ name: `row-${row.name}`, ext: '.md', data: row.text(scale) });
  const files = sources();
  const names = Object.keys(mutations);
  for (let i = 0; docs.length < count; i++) {
    const source = pick(rnd, files);
    const applied = [];
    let data = source.text;
    for (let k = int(rnd, 1, 3); k > 0; k--) {
      const name = pick(rnd, names);
      // Invalid UTF-8 is a byte-level change: apply it last.
      if (name === 'invalid-utf8') continue;
      applied.push(name);
      data = mutations[name](data, rnd, scale);
    }
    if (rnd() < 0.2) {
      applied.push('invalid-utf8');
      data = mutations['invalid-utf8'](data, rnd, scale);
    }
    if (!applied.length) {
      applied.push('slices-cut');
      data = mutations['slices-cut'](data, rnd, scale);
    }
    const base = source.name.split('/').pop().replace(/\.md$/, '');
    docs.push({ name: `${String(i).padStart(3, '0')}-${base}-${applied.join('+')}`, ext: rnd() < 0.1 ? '.txt' : '.md', data });
  }
  return docs;
}
