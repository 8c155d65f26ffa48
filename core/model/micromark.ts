/**
 * Parsing a chunk's text to an mdast tree as a unified processor with remark-parse does (`processor.parse(text)`),
 * with the processor's syntax extensions combined once and the tree compiler's handler table built once. remark-parse
 * calls `fromMarkdown` for every text, which combines micromark's constructs with the extensions and builds the
 * compiler's table again each time: for a tender cut into a few dozen chunks, checked in a batch of hundreds, that
 * was a few percent of all the memory allocated, and the compiler copied its context object for every event too
 * (see `mdast-compile.ts`).
 *
 * micromark keeps the state of one parse on its parser: the definitions met so far (`defined`), which lines are lazy
 * continuations (`lazy`), and what extensions add (GFM footnotes keep the footnote labels defined, `gfmFootnotes`).
 * The parser is kept between parses and that state is cleared before each: `defined` and `lazy` made new, anything
 * added to the parser since it was made removed. Everything else micromark reads from it (the combined constructs,
 * the tokenizer factories) is never written to during a parse.
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Extension as SyntaxExtension, ParseContext } from 'micromark-util-types';
import type { Extension as TreeExtension } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { compileConfig, compileEvents, type CompileConfig } from './mdast-compile';

/** A parser of Markdown to mdast with fixed syntax and tree extensions, reused from one text to the next. */
export class MarkdownParser {
  private readonly parser: ParseContext;
  /** The parser's own fields when made: any other is state an extension added during a parse. */
  private readonly fields: ReadonlySet<string>;
  private readonly config: CompileConfig;

  constructor(extensions: SyntaxExtension[], treeExtensions: Array<TreeExtension | TreeExtension[]>) {
    this.parser = parse({ extensions });
    this.fields = new Set(Object.keys(this.parser));
    this.config = compileConfig(treeExtensions);
  }

  /** The tree of `text`, as `fromMarkdown(text, { extensions, mdastExtensions })` gives it. */
  parse(text: string): Root {
    const parser = this.parser;
    parser.defined = [];
    parser.lazy = {};
    for (const key of Object.keys(parser)) if (!this.fields.has(key)) delete (parser as unknown as Record<string, unknown>)[key];
    const events = postprocess(parser.document().write(preprocess()(text, undefined, true)));
    return compileEvents(events, this.config);
  }
}

/** What is read of a unified processor: its data, once frozen. */
export interface ProcessorData {
  freeze(): unknown;
  data(key: 'micromarkExtensions' | 'fromMarkdownExtensions'): unknown;
}

const parsers = new WeakMap<ProcessorData, MarkdownParser>();

/**
 * Parses `text` as `processor.parse(text)` does when the processor's parser is remark-parse: with the micromark and
 * mdast extensions its plugins put in its data (`micromarkExtensions`, `fromMarkdownExtensions`), read once when
 * the processor is first seen here (which freezes it). remark-parse's own options and the `settings` data are not
 * read: no option of `fromMarkdown` but the extensions changes a tree.
 */
export function parseWithProcessor(processor: ProcessorData, text: string): Root {
  let parser = parsers.get(processor);
  if (!parser) {
    processor.freeze();
    const extensions = (processor.data('micromarkExtensions') ?? []) as SyntaxExtension[];
    const treeExtensions = (processor.data('fromMarkdownExtensions') ?? []) as Array<TreeExtension | TreeExtension[]>;
    parser = new MarkdownParser(extensions, treeExtensions);
    parsers.set(processor, parser);
  }
  return parser.parse(text);
}
