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
 * compares them with `fromMarkdown`'s on documents of every construct).
 */
import type { CompileContext, CompileData, Extension, Handle, Handles, OnEnterError, OnExitError, Token } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import type { Event } from 'micromark-util-types';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { stringifyPosition } from 'unist-util-stringify-position';

/** The handler table of mdast-util-from-markdown with extensions merged in (`CompileContext['config']`). */
export type CompileConfig = CompileContext['config'];

/**
 * Nodes as the handlers build them: fields are set and deleted by name on nodes of several types, as in the
 * original JavaScript, so they are not typed node by node here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = { [key: string]: any };
type Context = CompileContext;

const own = {}.hasOwnProperty;

function top(self: Context, depth = 1): Loose {
  return self.stack[self.stack.length - depth] as unknown as Loose;
}

function point(d: { line: number; column: number; offset?: number | undefined }): Point {
  return { line: d.line, column: d.column, offset: d.offset };
}

function opener(create: (token: Token) => Loose, and?: Handle): Handle {
  return function open(this: Context, token: Token) {
    enter.call(this, create(token) as never, token);
    if (and) and.call(this, token);
  };
}

function closer(and?: Handle): Handle {
  return function close(this: Context, token: Token) {
    if (and) and.call(this, token);
    exit.call(this, token);
  };
}

function buffer(this: Context): undefined {
  this.stack.push({ type: 'fragment', children: [] });
}

function enter(this: Context, node: Loose, token: Token, errorHandler?: OnEnterError): undefined {
  const parent = top(this);
  const siblings = parent['children'] as Loose[];
  siblings.push(node);
  this.stack.push(node as never);
  this.tokenStack.push([token, errorHandler || undefined]);
  node['position'] = { start: point(token.start), end: undefined };
}

function exit(this: Context, token: Token, onExitError?: OnExitError): undefined {
  const node = this.stack.pop() as unknown as Loose;
  const open = this.tokenStack.pop();
  if (!open) {
    throw new Error('Cannot close `' + token.type + '` (' + stringifyPosition({ start: token.start, end: token.end }) + '): it’s not open');
  }
  if (open[0].type !== token.type) {
    if (onExitError) {
      onExitError.call(this, token, open[0]);
    } else {
      const handler = open[1] || defaultOnError;
      handler.call(this, token, open[0]);
    }
  }
  node['position'].end = point(token.end);
}

function resume(this: Context): string {
  return toString(this.stack.pop());
}

function onenterlistordered(this: Context): undefined {
  this.data.expectingFirstListItemValue = true;
}

function onenterlistitemvalue(this: Context, token: Token): undefined {
  if (this.data.expectingFirstListItemValue) {
    top(this, 2)['start'] = Number.parseInt(this.sliceSerialize(token), 10);
    this.data.expectingFirstListItemValue = undefined;
  }
}

/** A handler setting `field` of the node on top to the text of the fragment just closed. */
function resumeInto(field: string): Handle {
  return function (this: Context) {
    const data = this.resume();
    top(this)[field] = data;
  };
}

function onexitcodefencedfence(this: Context): undefined {
  if (this.data.flowCodeInside) return;
  this.buffer();
  this.data.flowCodeInside = true;
}

function onexitcodefenced(this: Context): undefined {
  const data = this.resume();
  top(this)['value'] = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  this.data.flowCodeInside = undefined;
}

function onexitcodeindented(this: Context): undefined {
  const data = this.resume();
  top(this)['value'] = data.replace(/(\r?\n|\r)$/g, '');
}

function onexitdefinitionlabelstring(this: Context, token: Token): undefined {
  const label = this.resume();
  const node = top(this);
  node['label'] = label;
  node['identifier'] = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
}

function onexitatxheadingsequence(this: Context, token: Token): undefined {
  const node = top(this);
  if (!node['depth']) node['depth'] = this.sliceSerialize(token).length;
}

function onexitsetextheadingtext(this: Context): undefined {
  this.data.setextHeadingSlurpLineEnding = true;
}

function onexitsetextheadinglinesequence(this: Context, token: Token): undefined {
  top(this)['depth'] = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
}

function onexitsetextheading(this: Context): undefined {
  this.data.setextHeadingSlurpLineEnding = undefined;
}

function onenterdata(this: Context, token: Token): undefined {
  const siblings = top(this)['children'] as Loose[];
  let tail = siblings[siblings.length - 1];
  if (!tail || tail['type'] !== 'text') {
    tail = text();
    tail['position'] = { start: point(token.start), end: undefined };
    siblings.push(tail);
  }
  this.stack.push(tail as never);
}

function onexitdata(this: Context, token: Token): undefined {
  const tail = this.stack.pop() as unknown as Loose;
  tail['value'] += this.sliceSerialize(token);
  tail['position'].end = point(token.end);
}

function onexitlineending(this: Context, token: Token): undefined {
  const context = top(this);
  if (this.data.atHardBreak) {
    const tail = context['children'][context['children'].length - 1] as Loose;
    tail['position'].end = point(token.end);
    this.data.atHardBreak = undefined;
    return;
  }
  if (!this.data.setextHeadingSlurpLineEnding && this.config.canContainEols.includes(context['type'])) {
    onenterdata.call(this, token);
    onexitdata.call(this, token);
  }
}

function onexithardbreak(this: Context): undefined {
  this.data.atHardBreak = true;
}

/** Exit of a link or an image: a reference one when a label was read and no resource followed. */
function onexitlinkorimage(this: Context): undefined {
  const node = top(this);
  if (this.data.inReference) {
    const referenceType = this.data.referenceType || 'shortcut';
    node['type'] += 'Reference';
    node['referenceType'] = referenceType;
    delete node['url'];
    delete node['title'];
  } else {
    delete node['identifier'];
    delete node['label'];
  }
  this.data.referenceType = undefined;
}

function onexitlabeltext(this: Context, token: Token): undefined {
  const string = this.sliceSerialize(token);
  const ancestor = top(this, 2);
  ancestor['label'] = decodeString(string);
  ancestor['identifier'] = normalizeIdentifier(string).toLowerCase();
}

function onexitlabel(this: Context): undefined {
  const fragment = top(this);
  const value = this.resume();
  const node = top(this);
  this.data.inReference = true;
  if (node['type'] === 'link') node['children'] = fragment['children'];
  else node['alt'] = value;
}

function onexitresource(this: Context): undefined {
  this.data.inReference = undefined;
}

function onenterreference(this: Context): undefined {
  this.data.referenceType = 'collapsed';
}

function onexitreferencestring(this: Context, token: Token): undefined {
  const label = this.resume();
  const node = top(this);
  node['label'] = label;
  node['identifier'] = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  this.data.referenceType = 'full';
}

function onexitcharacterreferencemarker(this: Context, token: Token): undefined {
  this.data.characterReferenceType = token.type as CompileData['characterReferenceType'];
}

function onexitcharacterreferencevalue(this: Context, token: Token): undefined {
  const data = this.sliceSerialize(token);
  const type = this.data.characterReferenceType;
  let value: string | false;
  if (type) {
    value = decodeNumericCharacterReference(data, type === 'characterReferenceMarkerNumeric' ? 10 : 16);
    this.data.characterReferenceType = undefined;
  } else {
    value = decodeNamedCharacterReference(data);
  }
  top(this)['value'] += value;
}

function onexitcharacterreference(this: Context, token: Token): undefined {
  const tail = this.stack.pop() as unknown as Loose;
  tail['position'].end = point(token.end);
}

function onexitautolinkprotocol(this: Context, token: Token): undefined {
  onexitdata.call(this, token);
  top(this)['url'] = this.sliceSerialize(token);
}

function onexitautolinkemail(this: Context, token: Token): undefined {
  onexitdata.call(this, token);
  top(this)['url'] = 'mailto:' + this.sliceSerialize(token);
}

const blockQuote = (): Loose => ({ type: 'blockquote', children: [], position: undefined });
const codeFlow = (): Loose => ({ type: 'code', lang: null, meta: null, value: '', position: undefined });
const codeText = (): Loose => ({ type: 'inlineCode', value: '', position: undefined });
const definition = (): Loose => ({ type: 'definition', identifier: '', label: null, title: null, url: '', position: undefined });
const emphasis = (): Loose => ({ type: 'emphasis', children: [], position: undefined });
const heading = (): Loose => ({ type: 'heading', depth: 0, children: [], position: undefined });
const hardBreak = (): Loose => ({ type: 'break', position: undefined });
const html = (): Loose => ({ type: 'html', value: '', position: undefined });
const image = (): Loose => ({ type: 'image', title: null, url: '', alt: null, position: undefined });
const link = (): Loose => ({ type: 'link', title: null, url: '', children: [], position: undefined });
const list = (token: Token): Loose => ({ type: 'list', ordered: token.type === 'listOrdered', start: null, spread: token._spread, children: [], position: undefined });
const listItem = (token: Token): Loose => ({ type: 'listItem', spread: token._spread, checked: null, children: [], position: undefined });
const paragraph = (): Loose => ({ type: 'paragraph', children: [], position: undefined });
const strong = (): Loose => ({ type: 'strong', children: [], position: undefined });
const text = (): Loose => ({ type: 'text', value: '', position: undefined });
const thematicBreak = (): Loose => ({ type: 'thematicBreak', position: undefined });

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

function defaultOnError(this: Omit<Context, 'sliceSerialize'>, left: Token | undefined, right: Token): undefined {
  if (left) {
    throw new Error(
      'Cannot close `' + left.type + '` (' + stringifyPosition({ start: left.start, end: left.end }) + '): a different token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is open',
    );
  }
  throw new Error('Cannot close document, a token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is still open');
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
