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
 * The handlers of the mdast compiler (`mdast-compile.ts`): the node each token opens, and what its exit sets on the
 * node, as in mdast-util-from-markdown 2.1.0, step for step; `this` is the one compile context of the parse.
 */
import type { CompileContext, CompileData, Handle, OnEnterError, OnExitError, Token } from 'mdast-util-from-markdown';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { stringifyPosition } from 'unist-util-stringify-position';

/**
 * Nodes as the handlers build them: fields are set and deleted by name on nodes of several types, as in the
 * original JavaScript, so they are not typed node by node here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = { [key: string]: any };
type Context = CompileContext;

export function top(self: Context, depth = 1): Loose {
  return self.stack[self.stack.length - depth] as unknown as Loose;
}

export function point(d: { line: number; column: number; offset?: number | undefined }): Point {
  return { line: d.line, column: d.column, offset: d.offset };
}

export function opener(create: (token: Token) => Loose, and?: Handle): Handle {
  return function open(this: Context, token: Token) {
    enter.call(this, create(token) as never, token);
    if (and) and.call(this, token);
  };
}

export function closer(and?: Handle): Handle {
  return function close(this: Context, token: Token) {
    if (and) and.call(this, token);
    exit.call(this, token);
  };
}

export function buffer(this: Context): undefined {
  this.stack.push({ type: 'fragment', children: [] });
}

export function enter(this: Context, node: Loose, token: Token, errorHandler?: OnEnterError): undefined {
  const parent = top(this);
  const siblings = parent['children'] as Loose[];
  siblings.push(node);
  this.stack.push(node as never);
  this.tokenStack.push([token, errorHandler || undefined]);
  node['position'] = { start: point(token.start), end: undefined };
}

export function exit(this: Context, token: Token, onExitError?: OnExitError): undefined {
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

export function resume(this: Context): string {
  return toString(this.stack.pop());
}

export function onenterlistordered(this: Context): undefined {
  this.data.expectingFirstListItemValue = true;
}

export function onenterlistitemvalue(this: Context, token: Token): undefined {
  if (this.data.expectingFirstListItemValue) {
    top(this, 2)['start'] = Number.parseInt(this.sliceSerialize(token), 10);
    this.data.expectingFirstListItemValue = undefined;
  }
}

/** A handler setting `field` of the node on top to the text of the fragment just closed. */
export function resumeInto(field: string): Handle {
  return function (this: Context) {
    const data = this.resume();
    top(this)[field] = data;
  };
}

export function onexitcodefencedfence(this: Context): undefined {
  if (this.data.flowCodeInside) return;
  this.buffer();
  this.data.flowCodeInside = true;
}

export function onexitcodefenced(this: Context): undefined {
  const data = this.resume();
  top(this)['value'] = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  this.data.flowCodeInside = undefined;
}

export function onexitcodeindented(this: Context): undefined {
  const data = this.resume();
  top(this)['value'] = data.replace(/(\r?\n|\r)$/g, '');
}

export function onexitdefinitionlabelstring(this: Context, token: Token): undefined {
  const label = this.resume();
  const node = top(this);
  node['label'] = label;
  node['identifier'] = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
}

export function onexitatxheadingsequence(this: Context, token: Token): undefined {
  const node = top(this);
  if (!node['depth']) node['depth'] = this.sliceSerialize(token).length;
}

export function onexitsetextheadingtext(this: Context): undefined {
  this.data.setextHeadingSlurpLineEnding = true;
}

export function onexitsetextheadinglinesequence(this: Context, token: Token): undefined {
  top(this)['depth'] = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
}

export function onexitsetextheading(this: Context): undefined {
  this.data.setextHeadingSlurpLineEnding = undefined;
}

export function onenterdata(this: Context, token: Token): undefined {
  const siblings = top(this)['children'] as Loose[];
  let tail = siblings[siblings.length - 1];
  if (!tail || tail['type'] !== 'text') {
    tail = text();
    tail['position'] = { start: point(token.start), end: undefined };
    siblings.push(tail);
  }
  this.stack.push(tail as never);
}

export function onexitdata(this: Context, token: Token): undefined {
  const tail = this.stack.pop() as unknown as Loose;
  tail['value'] += this.sliceSerialize(token);
  tail['position'].end = point(token.end);
}

export function onexitlineending(this: Context, token: Token): undefined {
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

export function onexithardbreak(this: Context): undefined {
  this.data.atHardBreak = true;
}

/** Exit of a link or an image: a reference one when a label was read and no resource followed. */
export function onexitlinkorimage(this: Context): undefined {
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

export function onexitlabeltext(this: Context, token: Token): undefined {
  const string = this.sliceSerialize(token);
  const ancestor = top(this, 2);
  ancestor['label'] = decodeString(string);
  ancestor['identifier'] = normalizeIdentifier(string).toLowerCase();
}

export function onexitlabel(this: Context): undefined {
  const fragment = top(this);
  const value = this.resume();
  const node = top(this);
  this.data.inReference = true;
  if (node['type'] === 'link') node['children'] = fragment['children'];
  else node['alt'] = value;
}

export function onexitresource(this: Context): undefined {
  this.data.inReference = undefined;
}

export function onenterreference(this: Context): undefined {
  this.data.referenceType = 'collapsed';
}

export function onexitreferencestring(this: Context, token: Token): undefined {
  const label = this.resume();
  const node = top(this);
  node['label'] = label;
  node['identifier'] = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  this.data.referenceType = 'full';
}

export function onexitcharacterreferencemarker(this: Context, token: Token): undefined {
  this.data.characterReferenceType = token.type as CompileData['characterReferenceType'];
}

export function onexitcharacterreferencevalue(this: Context, token: Token): undefined {
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

export function onexitcharacterreference(this: Context, token: Token): undefined {
  const tail = this.stack.pop() as unknown as Loose;
  tail['position'].end = point(token.end);
}

export function onexitautolinkprotocol(this: Context, token: Token): undefined {
  onexitdata.call(this, token);
  top(this)['url'] = this.sliceSerialize(token);
}

export function onexitautolinkemail(this: Context, token: Token): undefined {
  onexitdata.call(this, token);
  top(this)['url'] = 'mailto:' + this.sliceSerialize(token);
}

export const blockQuote = (): Loose => ({ type: 'blockquote', children: [], position: undefined });
export const codeFlow = (): Loose => ({ type: 'code', lang: null, meta: null, value: '', position: undefined });
export const codeText = (): Loose => ({ type: 'inlineCode', value: '', position: undefined });
export const definition = (): Loose => ({ type: 'definition', identifier: '', label: null, title: null, url: '', position: undefined });
export const emphasis = (): Loose => ({ type: 'emphasis', children: [], position: undefined });
export const heading = (): Loose => ({ type: 'heading', depth: 0, children: [], position: undefined });
export const hardBreak = (): Loose => ({ type: 'break', position: undefined });
export const html = (): Loose => ({ type: 'html', value: '', position: undefined });
export const image = (): Loose => ({ type: 'image', title: null, url: '', alt: null, position: undefined });
export const link = (): Loose => ({ type: 'link', title: null, url: '', children: [], position: undefined });
export const list = (token: Token): Loose => ({ type: 'list', ordered: token.type === 'listOrdered', start: null, spread: token._spread, children: [], position: undefined });
export const listItem = (token: Token): Loose => ({ type: 'listItem', spread: token._spread, checked: null, children: [], position: undefined });
export const paragraph = (): Loose => ({ type: 'paragraph', children: [], position: undefined });
export const strong = (): Loose => ({ type: 'strong', children: [], position: undefined });
export const text = (): Loose => ({ type: 'text', value: '', position: undefined });
export const thematicBreak = (): Loose => ({ type: 'thematicBreak', position: undefined });

export function defaultOnError(this: Omit<Context, 'sliceSerialize'>, left: Token | undefined, right: Token): undefined {
  if (left) {
    throw new Error(
      'Cannot close `' + left.type + '` (' + stringifyPosition({ start: left.start, end: left.end }) + '): a different token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is open',
    );
  }
  throw new Error('Cannot close document, a token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is still open');
}
