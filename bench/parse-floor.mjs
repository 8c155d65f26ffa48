// The parse floor: one process that reads each Markdown file and parses it with the same parser stack as
// tenderlint's Markdown adapter, and does nothing else. No checker built on that stack can be faster on the
// same files.
//   node bench/parse-floor.mjs [--remark-gfm] FILE_OR_DIR...
// The stack mirrors core/model/markdown.ts (keep the two in step): unified + remark-parse, the GFM table,
// strikethrough, footnote and task-list extensions without remark-gfm's autolink-literal pass, and
// remark-frontmatter for YAML, with `processor.parse` only. --remark-gfm uses the whole remark-gfm plugin
// instead, to show what the autolink-literal pass costs. A folder is searched for *.md / *.markdown.
// Prints one line: how many files, bytes and top-level mdast nodes it parsed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/** GFM without autolink literals, as in core/model/markdown.ts. */
function gfmForTenders() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

function* markdownFiles(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (/\.(md|markdown)$/i.test(entry.name)) yield full;
  }
}

const args = process.argv.slice(2);
const fullGfm = args.includes('--remark-gfm');
const paths = args.filter((a) => a !== '--remark-gfm');
if (paths.length === 0) {
  console.error('usage: node bench/parse-floor.mjs [--remark-gfm] FILE_OR_DIR...');
  process.exit(2);
}
const processor = unified()
  .use(remarkParse)
  .use(fullGfm ? remarkGfm : gfmForTenders)
  .use(remarkFrontmatter, ['yaml']);

let files = 0;
let bytes = 0;
let nodes = 0;
for (const path of paths) {
  for (const file of markdownFiles(path)) {
    const text = readFileSync(file, 'utf8');
    nodes += processor.parse(text).children.length;
    files++;
    bytes += Buffer.byteLength(text);
  }
}
console.log(`parse-floor: ${files} files, ${bytes} bytes, ${nodes} top-level nodes${fullGfm ? ' (remark-gfm)' : ''}`);
