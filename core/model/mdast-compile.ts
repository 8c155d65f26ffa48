/*
 * Adapted from mdast-util-from-markdown 2.1.0 (lib/index.js), under its licence:
 *
 * (The MIT License)
 *
 * Copyright (c) Titus Wormer <tituswormer@gmail.com>
 *
 * Permission is hereby granted, free of charge, to any person obtaining
 * a copy of this software and associated documentation files (the
 * 'Software'), to deal in the Software without restriction, including
 * without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to
 * the following conditions:
 *
 * The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
 * EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
 * IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
 * CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
 * TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
 * SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

/**
 * micromark events to an mdast tree: the compiler of mdast-util-from-markdown 2.1.0 (MIT licence, © Titus Wormer),
 * which that package does not export on its own, brought here so that its configuration (the handler table with the
 * syntax extensions' handlers merged in) is built once rather than for every parse, and so that each handler is
 * called with one context whose `sliceSerialize` is set per event, where the original spreads a new context object
 * for every event. Otherwise it is the original step for step, and the trees are the same (`test/model-micromark.test.ts`
 * compares them with `fromMarkdown`'s on documents of every construct). The handlers themselves are in
 * `mdast-handlers.ts`.
 */
import type { CompileContext, CompileData, Extension, Handle, Handles, Token } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import type { Event } from 'micromark-util-types';
import {
  point, opener, closer, buffer, enter, exit, resume, onenterlistordered, onenterlistitemvalue, resumeInto,
  onexitcodefencedfence, onexitcodefenced, onexitcodeindented, onexitdefinitionlabelstring,
  onexitatxheadingsequence, onexitsetextheadingtext, onexitsetextheadinglinesequence, onexitsetextheading,
  onenterdata, onexitdata, onexitlineending, onexithardbreak, onexitlinkorimage, onexitlabeltext, onexitlabel,
  onexitresource, onenterreference, onexitreferencestring, onexitcharacterreferencemarker,
  onexitcharacterreferencevalue, onexitcharacterreference, onexitautolinkprotocol, onexitautolinkemail,
  blockQuote, codeFlow, codeText, definition, emphasis, heading, hardBreak, html, image, link, list, listItem,
  paragraph, strong, thematicBreak, defaultOnError, type Loose,
} from './mdast-handlers';

/** The handler table of mdast-util-from-markdown with extensions merged in (`CompileContext['config']`). */
export type CompileConfig = CompileContext['config'];

type Context = CompileContext;

const own = {}.hasOwnProperty;

/** The handler table with `extensions` merged in, as `fromMarkdown` builds it for every parse. */
export function compileConfig(extensions: Array<Extension | Extension[]>): CompileConfig {
  const config: CompileConfig = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ['emphasis', 'fragment', 'heading', 'paragraph', 'strong'],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list, onenterlistordered),
      listUnordered: opener(list),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak),
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: resumeInto('lang'),
      codeFencedFenceMeta: resumeInto('meta'),
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(resumeInto('value')),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: resumeInto('url'),
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: resumeInto('title'),
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(resumeInto('value')),
      htmlFlowData: onexitdata,
      htmlText: closer(resumeInto('value')),
      htmlTextData: onexitdata,
      image: closer(onexitlinkorimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlinkorimage),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: resumeInto('url'),
      resourceTitleString: resumeInto('title'),
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer(),
    },
  };
  configure(config, extensions);
  return config;
}

function configure(combined: CompileConfig, extensions: Array<Extension | Extension[]>): void {
  for (const value of extensions) {
    if (Array.isArray(value)) configure(combined, value);
    else extension(combined, value);
  }
}

function extension(combined: CompileConfig, ext: Extension): void {
  for (const key in ext) {
    if (!own.call(ext, key)) continue;
    switch (key) {
      case 'canContainEols':
      case 'transforms': {
        const right = ext[key];
        if (right) (combined[key] as unknown[]).push(...right);
        break;
      }
      case 'afterExit':
      case 'beforeEnter': {
        const right = ext[key];
        if (right) combined[key].push(right);
        break;
      }
      case 'enter':
      case 'exit': {
        const right = ext[key];
        if (right) Object.assign(combined[key], right);
        break;
      }
    }
  }
}


/** The mdast tree of a whole parse's events (after `postprocess`), with the handlers of `config`. */
export function compileEvents(events: Event[], config: CompileConfig): Root {
  let tree: Root = { type: 'root', children: [], position: undefined };
  const data: CompileData = {};
  // One context for every handler, its `sliceSerialize` set per event (the original spreads a copy per event).
  const context = {
    stack: [tree],
    tokenStack: [],
    config,
    enter,
    exit,
    buffer,
    resume,
    data,
    sliceSerialize: undefined as unknown as Context['sliceSerialize'],
  } as unknown as Context;
  const listStack: number[] = [];
  const prepared: Event[] = [];
  // Add `listItem` tokens and infer spread; each list is prepared while it is last in `prepared`.
  for (const event of events) {
    prepared.push(event);
    if (event[1].type === 'listOrdered' || event[1].type === 'listUnordered') {
      if (event[0] === 'enter') listStack.push(prepared.length - 1);
      else prepareList(prepared, listStack.pop()!);
    }
  }
  events = prepared;
  for (const event of events) {
    const handlers: Handles = config[event[0]];
    context.sliceSerialize = event[2].sliceSerialize;
    if (event[0] === 'enter' && config.beforeEnter.length > 0) callListeners(config.beforeEnter, context, event[1]);
    if (own.call(handlers, event[1].type)) handlers[event[1].type]!.call(context, event[1]);
    if (event[0] === 'exit' && config.afterExit.length > 0) callListeners(config.afterExit, context, event[1]);
  }
  // Tokens still open.
  if (context.tokenStack.length > 0) {
    const tail = context.tokenStack[context.tokenStack.length - 1]!;
    const handler = tail[1] || defaultOnError;
    handler.call(context, undefined, tail[0]);
  }
  tree.position = {
    start: point(events.length > 0 ? events[0]![1].start : { line: 1, column: 1, offset: 0 }),
    end: point(events.length > 0 ? events[events.length - 2]![1].end : { line: 1, column: 1, offset: 0 }),
  };
  for (const transform of config.transforms) tree = transform(tree) || tree;
  return tree;
}

function callListeners(listeners: Handle[], context: Context, token: Token): void {
  for (const listener of listeners) listener.call(context, token);
}

function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let index = start - 1;
  let containerBalance = -1;
  let listSpread = false;
  let listItem: Token | undefined;
  let lineIndex: number | undefined;
  let firstBlankLineIndex: number | undefined;
  let atMarker: boolean | undefined;
  const insertions: Array<{ at: number; event: Event }> = [];
  while (++index <= end) {
    const event = events[index]!;
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote':
        if (event[0] === 'enter') containerBalance++;
        else containerBalance--;
        atMarker = undefined;
        break;
      case 'lineEndingBlank':
        if (event[0] === 'enter') {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index;
          atMarker = undefined;
        }
        break;
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break;
      default:
        atMarker = undefined;
    }
    if (
      (!containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix') ||
      (containerBalance === -1 && event[0] === 'exit' && (event[1].type === 'listUnordered' || event[1].type === 'listOrdered'))
    ) {
      if (listItem) {
        let tailIndex = index;
        lineIndex = undefined;
        while (tailIndex--) {
          const tailEvent = events[tailIndex]!;
          const type = tailEvent[1].type;
          if (type === 'lineEnding' || type === 'lineEndingBlank') {
            if (tailEvent[0] === 'exit') continue;
            if (lineIndex) {
              events[lineIndex]![1].type = 'lineEndingBlank';
              listSpread = true;
            }
            tailEvent[1].type = 'lineEnding';
            lineIndex = tailIndex;
          } else if (type === 'linePrefix' || type === 'blockQuotePrefix' || type === 'blockQuotePrefixWhitespace' || type === 'blockQuoteMarker' || type === 'listItemIndent') {
            // Empty.
          } else {
            break;
          }
        }
        if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) listItem._spread = true;
        listItem.end = Object.assign({}, lineIndex ? events[lineIndex]![1].start : event[1].end);
        insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] });
      }
      if (event[1].type === 'listItemPrefix') {
        const item = { type: 'listItem', _spread: false, start: Object.assign({}, event[1].start), end: undefined } as unknown as Token;
        listItem = item;
        insertions.push({ at: index, event: ['enter', item, event[2]] });
        firstBlankLineIndex = undefined;
        atMarker = true;
      }
    }
  }
  const listEvents = events.splice(start);
  let insertion = 0;
  index = -1;
  while (++index < listEvents.length) {
    while (insertion < insertions.length && insertions[insertion]!.at === start + index) events.push(insertions[insertion++]!.event);
    events.push(listEvents[index]!);
  }
  events[start]![1]._spread = listSpread;
}
